package org.agora.people;

import org.agora.Personas;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/** The nomination list shows each person exactly the nominations the policy lets them open. */
@SpringBootTest
@AutoConfigureMockMvc
class NominationVisibilityIntegrationTests {

	@Autowired
	NominationViews views;

	@Autowired
	Nominations nominations;

	@Autowired
	PeoplePolicy policy;

	@Autowired
	UserDetailsService users;

	@ParameterizedTest
	@ValueSource(strings = { Personas.ADMIN, Personas.MANAGER, Personas.LEADER, Personas.EMPLOYEE })
	void theListAndThePolicyAgree(String email) {
		var viewer = Personas.user(users, email);

		var listed = views.visibleTo(viewer, null).stream().map(NominationViews.View::id).toList();
		var allowed = nominations.findAll().stream().filter(n -> policy.maySeeNomination(viewer, n)).map(n -> n.id).toList();

		assertThat(listed).containsExactlyInAnyOrderElementsOf(allowed);
	}
}
