package org.agora.discussions;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Private spaces grow by invitation and by requests through the join link: moderators invite, approve and deny,
 * invitees accept or decline, members leave, and every decision is in the moderation log.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class MembershipIntegrationTests {

	private static final Pattern JOIN_LINK = Pattern.compile("/discussions/join/([A-Za-z0-9_-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents published;

	DiscussionsTestData fixtures;

	DiscussionsTestData.Person moderator;

	Space space;

	@BeforeEach
	void aPrivateSpace() {
		fixtures = new DiscussionsTestData(jdbc);
		moderator = fixtures.leader("Mor Moderator");
		space = fixtures.space(SpaceKind.PRIVATE, "Circle " + DiscussionsTestData.unique());
		fixtures.moderator(space, moderator);
	}

	@Test
	void aModeratorInvitesAndTheInviteeAcceptsFromTheOverview() throws Exception {
		var invitee = fixtures.employee("Ina Invitee");

		perform(post(space.path() + "/members/invite").param("email", invitee.email().toUpperCase())
			.with(moderator.signedIn()), 302);

		assertThat(membershipOf(invitee)).isEqualTo("INVITED");
		assertThat(published.stream(SpaceInvitationSent.class).filter(e -> e.spaceId() == space.id()))
			.singleElement()
			.satisfies(e -> assertThat(e.personId()).isEqualTo(invitee.id()));
		assertThat(perform(get(space.path() + "/members").with(moderator.signedIn()), 200)).contains("Ina Invitee",
				"1 invitation waiting");
		perform(get(space.path()).with(invitee.signedIn()), 404);
		assertThat(perform(get("/discussions").with(invitee.signedIn()), 200)).contains(space.name(),
				space.path() + "/invitation/accept");
		assertThat(perform(get("/").with(invitee.signedIn()), 200))
			.contains("You are invited to the private space " + space.name());

		perform(post(space.path() + "/invitation/accept").with(invitee.signedIn()), 302);

		assertThat(membershipOf(invitee)).isEqualTo("ACTIVE");
		perform(get(space.path()).with(invitee.signedIn()), 200);
		assertThat(log()).containsExactly("MEMBER_INVITED", "INVITATION_ACCEPTED");
		assertThat(published.stream(SpaceJoined.class).filter(e -> e.spaceId() == space.id()))
			.singleElement()
			.satisfies(e -> assertThat(e.admittedBy()).isEqualTo(invitee.id()));
	}

	@Test
	void anInviteeMayDeclineAndNobodyElseAnswersTheInvitation() throws Exception {
		var invitee = fixtures.employee("Dana Decliner");
		var stranger = fixtures.employee("Sami Stranger");
		perform(post(space.path() + "/members/invite").param("email", invitee.email()).with(moderator.signedIn()),
				302);

		perform(post(space.path() + "/invitation/accept").with(stranger.signedIn()), 404);
		perform(post(space.path() + "/invitation/decline").with(invitee.signedIn()), 302);

		assertThat(membershipOf(invitee)).isNull();
		assertThat(membershipOf(stranger)).isNull();
		perform(post(space.path() + "/invitation/accept").with(invitee.signedIn()), 404);
		assertThat(log()).containsExactly("MEMBER_INVITED", "INVITATION_DECLINED");
	}

	@Test
	void aBadInvitationIsRefusedWithTheAddressKept() throws Exception {
		String unknown = "nobody-" + DiscussionsTestData.unique() + "@agora.example";
		String page = perform(post(space.path() + "/members/invite").param("email", unknown)
			.with(moderator.signedIn()), 400);
		assertThat(page).contains("Nobody active in Agora has this email address", "value=\"" + unknown + "\"");

		var member = fixtures.employee("Already Here");
		fixtures.member(space, member);
		assertThat(perform(post(space.path() + "/members/invite").param("email", member.email())
			.with(moderator.signedIn()), 400)).contains("already a member");

		var topic = fixtures.space(SpaceKind.TOPIC, "Open topic " + DiscussionsTestData.unique());
		fixtures.moderator(topic, moderator);
		assertThat(perform(post(topic.path() + "/members/invite").param("email", member.email())
			.with(moderator.signedIn()), 400)).contains("Only private spaces have members to invite");
		assertThat(log()).isEmpty();
	}

	@Test
	void onlyModeratorsDecideOnMembers() throws Exception {
		var member = fixtures.employee("Mere Member");
		fixtures.member(space, member);
		var other = fixtures.employee("Other One");

		perform(post(space.path() + "/members/invite").param("email", other.email()).with(member.signedIn()), 403);
		perform(post(space.path() + "/members/" + other.id() + "/approve").with(member.signedIn()), 403);
		perform(post(space.path() + "/members/invite").param("email", other.email()).with(other.signedIn()), 404);
		assertThat(perform(get(space.path() + "/members").with(member.signedIn()), 200))
			.doesNotContain("id=\"invite-form\"", "id=\"join-link\"");
		assertThat(membershipOf(other)).isNull();

		perform(post(space.path() + "/members/invite").param("email", other.email())
			.with(fixtures.manager("Mana Manager").signedIn()), 302);
		assertThat(membershipOf(other)).isEqualTo("INVITED");
	}

	@Test
	void theJoinLinkShowsOnlyTheNameAndARequestWaitsForAModerator() throws Exception {
		var colleague = fixtures.employee("Coby Colleague");
		fixtures.thread(space, moderator, "Inner talk " + DiscussionsTestData.unique());
		String members = perform(get(space.path() + "/members").with(moderator.signedIn()), 200);
		var link = JOIN_LINK.matcher(members);
		assertThat(link.find()).isTrue();
		String joinPath = link.group();

		String join = perform(get(joinPath).with(colleague.signedIn()), 200);
		assertThat(join).contains(space.name(), "id=\"request-join\"").doesNotContain("Inner talk", "About ");

		perform(post(joinPath).with(colleague.signedIn()), 302);
		assertThat(membershipOf(colleague)).isEqualTo("REQUESTED");
		assertThat(published.stream(SpaceJoinRequested.class).filter(e -> e.spaceId() == space.id()))
			.singleElement()
			.satisfies(e -> assertThat(e.moderatorIds()).containsExactly(moderator.id()));
		assertThat(perform(get(joinPath).with(colleague.signedIn()), 200)).contains("id=\"join-waiting\"");
		assertThat(perform(get("/").with(moderator.signedIn()), 200)).contains("1 person asks to join " + space.name());
		perform(get(space.path()).with(colleague.signedIn()), 404);

		perform(post(space.path() + "/members/" + colleague.id() + "/approve").with(moderator.signedIn()), 302);
		assertThat(membershipOf(colleague)).isEqualTo("ACTIVE");
		perform(get(space.path()).with(colleague.signedIn()), 200);
		assertThat(published.stream(SpaceJoined.class).filter(e -> e.spaceId() == space.id()))
			.singleElement()
			.satisfies(e -> assertThat(e.admittedBy()).isEqualTo(moderator.id()));
		assertThat(log()).containsExactly("JOIN_REQUESTED", "MEMBER_APPROVED");
	}

	@Test
	void aDeniedRequestLeavesNoTraceButTheLogAndARenewedLinkEndsTheOldOne() throws Exception {
		var asker = fixtures.employee("Asa Asker");
		String members = perform(get(space.path() + "/members").with(moderator.signedIn()), 200);
		var link = JOIN_LINK.matcher(members);
		assertThat(link.find()).isTrue();
		String oldPath = link.group();
		perform(post(oldPath).with(asker.signedIn()), 302);

		perform(post(space.path() + "/members/" + asker.id() + "/deny").with(moderator.signedIn()), 302);
		assertThat(membershipOf(asker)).isNull();

		perform(post(space.path() + "/members/join-link").with(moderator.signedIn()), 302);
		perform(get(oldPath).with(asker.signedIn()), 404);
		perform(post(oldPath).with(asker.signedIn()), 404);
		perform(get("/discussions/join/" + "x".repeat(100)).with(asker.signedIn()), 404);
		assertThat(log()).containsExactly("JOIN_REQUESTED", "MEMBER_DENIED", "JOIN_LINK_RENEWED");
	}

	@Test
	void aMemberLeavesAndAModeratorRemovesAMember() throws Exception {
		var leaver = fixtures.employee("Lea Leaver");
		var removed = fixtures.employee("Rami Removed");
		fixtures.member(space, leaver);
		fixtures.member(space, removed);

		perform(post(space.path() + "/leave").with(leaver.signedIn()), 302);
		perform(get(space.path()).with(leaver.signedIn()), 404);

		perform(post(space.path() + "/members/" + removed.id() + "/remove").with(moderator.signedIn()), 302);
		perform(get(space.path()).with(removed.signedIn()), 404);
		perform(post(space.path() + "/members/" + moderator.id() + "/remove").with(moderator.signedIn()), 302);
		assertThat(membershipOf(moderator)).as("a moderator is removed in the settings").isEqualTo("ACTIVE");
		assertThat(log()).containsExactly("MEMBER_LEFT", "MEMBER_REMOVED");
	}

	@Test
	void aGuestCanBeInvitedToAPrivateSpaceAndSeesNothingElse() throws Exception {
		var guest = fixtures.guest("Greta Guest");
		perform(post(space.path() + "/members/invite").param("email", guest.email()).with(moderator.signedIn()), 302);
		perform(post(space.path() + "/invitation/accept").with(guest.signedIn()), 302);

		perform(get(space.path()).with(guest.signedIn()), 200);
		assertThat(perform(get(space.path() + "/members").with(moderator.signedIn()), 200)).contains("Greta Guest",
				"Guest");
		var topic = fixtures.space(SpaceKind.TOPIC, "Inner " + DiscussionsTestData.unique());
		perform(get(topic.path()).with(guest.signedIn()), 404);
	}

	@Test
	void theMembersPageSpeaksHebrew() throws Exception {
		assertThat(perform(get(space.path() + "/members").param("lang", "he").with(moderator.signedIn()), 200))
			.contains("dir=\"rtl\"", "הזמנת חבר/ה", "קישור הצטרפות");
	}

	private String membershipOf(DiscussionsTestData.Person person) {
		return jdbc.sql("select status from discussions_space_member where space_id = :space and person_id = :person")
			.param("space", space.id())
			.param("person", person.id())
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private List<String> log() {
		return jdbc.sql("select action from discussions_moderation_log where space_id = :space order by id")
			.param("space", space.id())
			.query(String.class)
			.list();
	}

	private String perform(MockHttpServletRequestBuilder request, int expected) throws Exception {
		return mvc.perform(request.with(csrf()))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
