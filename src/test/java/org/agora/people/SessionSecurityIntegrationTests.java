package org.agora.people;

import java.util.Set;
import java.util.UUID;

import org.agora.Personas;
import org.agora.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import jakarta.servlet.http.Cookie;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sessions follow the account, and nominations stay between the nominator and the community managers. */
@SpringBootTest
@AutoConfigureMockMvc
class SessionSecurityIntegrationTests {

	static final String PASSWORD = "a-strong-password-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AdminUsers admin;

	@Autowired
	Accounts accounts;

	@Autowired
	LeaderProgramme programme;

	@Test
	void aDisabledAccountLosesItsOpenSession() throws Exception {
		var person = newPerson(Role.EMPLOYEE);
		var session = signIn(person.email);
		mvc.perform(get("/people").cookie(session)).andExpect(status().isOk());

		admin.setActive(Personas.user(users, Personas.ADMIN), person.id, false);

		mvc.perform(get("/people").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void changedRolesTakeEffectWithoutSigningInAgain() throws Exception {
		var person = newPerson(Role.EMPLOYEE);
		var session = signIn(person.email);
		mvc.perform(get("/admin/users").cookie(session)).andExpect(status().isForbidden());

		admin.setRoles(Personas.user(users, Personas.ADMIN), person.id, Set.of(Role.EMPLOYEE, Role.ADMIN));

		mvc.perform(get("/admin/users").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void aPasswordChangeEndsOtherSessionsButKeepsTheOneThatMadeIt() throws Exception {
		var person = newPerson(Role.EMPLOYEE);
		var other = signIn(person.email);
		var mine = signIn(person.email);

		mvc.perform(post("/me/password").cookie(mine).with(csrf())
			.param("current", PASSWORD).param("password", "another-password-2").param("confirm", "another-password-2"))
			.andExpect(redirectedUrl("/me"));

		mvc.perform(get("/me").cookie(mine)).andExpect(status().isOk());
		mvc.perform(get("/me").cookie(other)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aPasswordLongerThanBcryptReadsIsRefusedWithAMessage() throws Exception {
		var person = newPerson(Role.EMPLOYEE);
		var session = signIn(person.email);
		String hebrew = "סיסמה ארוכה מאוד מאוד מאוד שלא נגמרת לעולם ועד";
		mvc.perform(post("/me/password").cookie(session).with(csrf())
			.param("current", PASSWORD).param("password", hebrew).param("confirm", hebrew))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("too long")));
	}

	@Test
	void onlyManagersSeeThatSomeoneIsNominated() throws Exception {
		var nominee = newPerson(Role.EMPLOYEE);
		programme.nominate(Personas.user(users, Personas.LEADER),
				new LeaderProgramme.NominateCommand(nominee.id, "Keeps the team wiki alive"));

		mvc.perform(get("/api/v1/people/" + nominee.id).with(Personas.as(users, Personas.EMPLOYEE)))
			.andExpect(jsonPath("$.leaderStatus").doesNotExist());
		mvc.perform(get("/people/" + nominee.id).with(Personas.as(users, Personas.EMPLOYEE)))
			.andExpect(content().string(not(containsString("Nominee"))));
		mvc.perform(get("/api/v1/people/" + nominee.id).with(Personas.as(users, Personas.MANAGER)))
			.andExpect(jsonPath("$.leaderStatus").value("NOMINEE"));
	}

	@Test
	void twoColleaguesMayNominateTheSamePersonAndOneDecisionAnswersBoth() throws Exception {
		var nominee = newPerson(Role.EMPLOYEE);
		var first = programme.nominate(Personas.user(users, Personas.LEADER),
				new LeaderProgramme.NominateCommand(nominee.id, "Runs our lessons-learned sessions"));
		var second = programme.nominate(Personas.user(users, Personas.EMPLOYEE),
				new LeaderProgramme.NominateCommand(nominee.id, "Helped me with onboarding"));

		mvc.perform(post("/api/v1/nominations/" + first.id + "/decision").with(csrf())
			.with(Personas.as(users, Personas.MANAGER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"accept\": true, \"startDate\": \"2026-12-01\", \"termMonths\": 24, \"hoursPerMonth\": 8}"))
			.andExpect(status().isOk());

		mvc.perform(get("/api/v1/nominations/" + second.id).with(Personas.as(users, Personas.MANAGER)))
			.andExpect(jsonPath("$.status").value("ACCEPTED"));
	}

	@Test
	void guestsAndOneselfCannotBeNominated() throws Exception {
		long guest = users.loadUserByUsername(Personas.GUEST) instanceof org.agora.platform.security.AccountUser u
				? u.personId() : -1;
		mvc.perform(post("/api/v1/nominations").with(csrf()).with(Personas.as(users, Personas.EMPLOYEE))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"nomineeId\": " + guest + ", \"reason\": \"Great partner\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("nomineeId"));
		long me = Personas.user(users, Personas.EMPLOYEE).personId();
		mvc.perform(post("/api/v1/nominations").with(csrf()).with(Personas.as(users, Personas.EMPLOYEE))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"nomineeId\": " + me + ", \"reason\": \"I am great\"}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aManagerDoesNotDecideTheirOwnNomination() throws Exception {
		var manager = newPerson(Role.COMMUNITY_MANAGER);
		var nomination = programme.nominate(Personas.user(users, Personas.EMPLOYEE),
				new LeaderProgramme.NominateCommand(manager.id, "Leads by example"));
		var session = signIn(manager.email);

		mvc.perform(post("/api/v1/nominations/" + nomination.id + "/decision").cookie(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"accept\": false}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void unknownCriteriaAreRefused() throws Exception {
		var nominee = newPerson(Role.EMPLOYEE);
		var nomination = programme.nominate(Personas.user(users, Personas.EMPLOYEE),
				new LeaderProgramme.NominateCommand(nominee.id, "Documents everything"));
		mvc.perform(post("/api/v1/nominations/" + nomination.id + "/decision").with(csrf())
			.with(Personas.as(users, Personas.MANAGER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"accept\": false, \"criteria\": {\"no-such-criterion\": true}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("criteria"));
	}

	@Test
	void pagesAnswerUnknownThingsWithTheErrorPageNotJson() throws Exception {
		mvc.perform(get("/people/999999").with(Personas.as(users, Personas.EMPLOYEE)))
			.andExpect(status().isNotFound());
		var page = mvc.perform(get("/error").accept(MediaType.TEXT_HTML).requestAttr("jakarta.servlet.error.status_code", 404)
			.with(Personas.as(users, Personas.EMPLOYEE)))
			.andReturn().getResponse();
		assertThat(page.getContentType()).startsWith("text/html");
		assertThat(page.getContentAsString()).contains("This page does not exist.");
	}

	@Test
	void anUnusableUploadGetsTheFriendlyErrorPage() throws Exception {
		mvc.perform(post("/me/avatar").with(csrf()).with(Personas.as(users, Personas.EMPLOYEE)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The request was not understood.")));
	}

	private Person newPerson(Role role) {
		var person = admin.create(Personas.user(users, Personas.ADMIN), new AdminUsers.NewPerson(
				"s-" + UUID.randomUUID() + "@agora.example", "Session Tester", null, Set.of(role)));
		accounts.changePassword(person.id, PASSWORD);
		return person;
	}

	/** Signs in through the form and returns the session cookie, as a browser would keep it. */
	private Cookie signIn(String email) throws Exception {
		var result = mvc.perform(post("/login").with(csrf()).param("username", email).param("password", PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		return result.getResponse().getCookie("SESSION");
	}
}
