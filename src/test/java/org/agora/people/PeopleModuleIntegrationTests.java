package org.agora.people;

import java.util.Set;
import java.util.UUID;

import org.agora.Personas;
import org.agora.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The people module on its own publishes the events other modules build on. */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class PeopleModuleIntegrationTests {

	@Autowired
	LeaderProgramme programme;

	@Autowired
	AdminUsers admin;

	@Autowired
	UserDetailsService users;

	@Test
	void aNominationIsAnnounced(Scenario scenario) {
		var nominee = admin.create(Personas.user(users, Personas.ADMIN), new AdminUsers.NewPerson(
				"m-" + UUID.randomUUID() + "@agora.example", "Module Nominee", null, Set.of(Role.EMPLOYEE)));
		long nominator = Personas.user(users, Personas.EMPLOYEE).personId();

		scenario.stimulate(() -> programme.nominate(Personas.user(users, Personas.EMPLOYEE),
				new LeaderProgramme.NominateCommand(nominee.id, "Shares what she learns")))
			.andWaitForEventOfType(LeaderNominated.class)
			.matching(event -> event.nomineeId() == nominee.id && event.nominatorId() == nominator)
			.toArrive();
	}

	@Test
	void aNewAccountIsAnnounced(Scenario scenario) {
		String email = "j-" + UUID.randomUUID() + "@agora.example";
		scenario.stimulate(() -> admin.create(Personas.user(users, Personas.ADMIN),
				new AdminUsers.NewPerson(email, "New Joiner", null, Set.of(Role.EMPLOYEE))))
			.andWaitForEventOfType(PersonJoined.class)
			.toArriveAndVerify((event, person) -> org.assertj.core.api.Assertions.assertThat(event.personId())
				.isEqualTo(person.id));
	}
}
