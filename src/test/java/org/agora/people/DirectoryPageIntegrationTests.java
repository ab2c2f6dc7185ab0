package org.agora.people;

import java.util.UUID;

import org.agora.Personas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The directory and profile pages as htmx, guests, admins and links with odd characters meet them. */
@SpringBootTest
@AutoConfigureMockMvc
class DirectoryPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anHtmxSearchGetsOnlyTheResultsAndCachesAreToldTheAnswerVaries() throws Exception {
		mvc.perform(get("/people").param("q", "manager@agora").header("HX-Request", "true").with(as(Personas.EMPLOYEE)))
			.andExpect(status().isOk())
			.andExpect(header().stringValues("Vary", hasItem("HX-Request")))
			.andExpect(content().string(containsString("id=\"result-count\"")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void anHtmxHistoryRestoreGetsTheWholePage() throws Exception {
		mvc.perform(get("/people").param("q", "manager@agora")
			.header("HX-Request", "true")
			.header("HX-History-Restore-Request", "true")
			.with(as(Personas.EMPLOYEE)))
			.andExpect(status().isOk())
			.andExpect(header().stringValues("Vary", hasItem("HX-Request")))
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("id=\"results\"")))
			.andExpect(content().string(containsString("id=\"result-count\"")));
	}

	@Test
	void expertiseLinksEncodeTheTag() throws Exception {
		long person = newPerson();
		addExpertise(person, "r&d");
		addExpertise(person, "c#");

		mvc.perform(get("/people/" + person).with(as(Personas.EMPLOYEE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/people?expertise=r%26d\"")))
			.andExpect(content().string(containsString("href=\"/people?expertise=c%23\"")));
	}

	@Test
	void afterAPasswordFormErrorTheLanguageSwitchLeadsToThePageTheFormWasOn() throws Exception {
		mvc.perform(post("/me/password").with(csrf())
			.with(as(Personas.EMPLOYEE))
			.header("Referer", "http://localhost/me")
			.param("current", "not-the-password")
			.param("password", "short")
			.param("confirm", "other"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"current-error\"")))
			.andExpect(content().string(containsString("href=\"/me?lang=he\" lang=\"he\" id=\"language-switch\"")))
			.andExpect(content().string(not(containsString("href=\"/me/password?lang=he\""))));
	}

	@Test
	void aGuestsOwnPageDoesNotLinkToTheDirectoryTheyMayNotOpen() throws Exception {
		mvc.perform(get("/me").with(as(Personas.GUEST)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/people/"))));
		mvc.perform(get("/me").with(as(Personas.EMPLOYEE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/people/")));
	}

	@Test
	void onlyAnAdminSeesTheFormThatMovesAPersonToAnotherUnit() throws Exception {
		long person = newPerson();

		mvc.perform(get("/people/" + person).with(as(Personas.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("action=\"/admin/users/" + person + "/unit\"")));
		mvc.perform(get("/people/" + person).with(as(Personas.MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("action=\"/admin/users/" + person + "/unit\""))));
	}

	private long newPerson() throws Exception {
		String email = "d-" + UUID.randomUUID() + "@agora.example";
		mvc.perform(post("/admin/users").with(csrf())
			.with(as(Personas.ADMIN))
			.param("email", email)
			.param("fullName", "Directory Page Person")
			.param("roles", "EMPLOYEE")).andExpect(status().is3xxRedirection());
		return jdbc.sql("select id from people_person where email = :email")
			.param("email", email)
			.query(Long.class)
			.single();
	}

	private void addExpertise(long person, String tag) {
		jdbc.sql("insert into people_expertise (person_id, tag) values (:person, :tag)")
			.param("person", person)
			.param("tag", tag)
			.update();
	}

	private RequestPostProcessor as(String email) {
		return Personas.as(users, email);
	}
}
