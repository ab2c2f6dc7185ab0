package org.agora.discussions;

import java.util.List;

import org.agora.Personas;
import org.agora.platform.security.AgoraPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/** The spaces lists show exactly the spaces the policy lets each viewer see, for every kind of viewer. */
@SpringBootTest
class SpaceListingsAgreementIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SpaceListings listings;

	@Autowired
	Spaces spaces;

	@Autowired
	DiscussionsPolicy policy;

	@Autowired
	UserDetailsService users;

	@Test
	void theListsAndThePolicyAgreeForEveryViewer() {
		var fixtures = new DiscussionsTestData(jdbc);
		var closed = fixtures.space(SpaceKind.PRIVATE, "Agreement " + DiscussionsTestData.unique());
		var member = fixtures.employee("Ami Member");
		var guest = fixtures.guest("Gur Guest");
		var invited = fixtures.employee("Inbal Invited");
		var requested = fixtures.leader("Roni Requested");
		fixtures.member(closed, member);
		fixtures.member(closed, guest);
		fixtures.member(closed, invited, SpaceRole.MEMBER, MembershipStatus.INVITED);
		fixtures.member(closed, requested, SpaceRole.MEMBER, MembershipStatus.REQUESTED);
		var viewers = new java.util.ArrayList<AgoraPrincipal>(List.of(member.user(), guest.user(),
				invited.user(), requested.user(), fixtures.manager("Mia Manager").user()));
		for (String email : Personas.BY_ROLE.values()) {
			viewers.add(Personas.user(users, email));
		}

		for (var viewer : viewers) {
			var listed = listings.spaces(viewer).stream().map(s -> s.space().id()).toList();
			var allowed = spaces.all().stream().filter(s -> policy.maySee(viewer, s)).map(Space::id).toList();
			assertThat(listed).as(viewer.displayName()).containsExactlyInAnyOrderElementsOf(allowed);
		}
		assertThat(listings.spaces(member.user())).anySatisfy(s -> assertThat(s.space().id()).isEqualTo(closed.id()));
		assertThat(listings.spaces(invited.user())).noneSatisfy(s -> assertThat(s.space().id()).isEqualTo(closed.id()));
	}
}
