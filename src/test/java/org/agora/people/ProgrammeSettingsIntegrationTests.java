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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The community manager configures the selection criteria and appointment defaults; admins name the installation. */
@SpringBootTest
@AutoConfigureMockMvc
class ProgrammeSettingsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNewCriterionAppearsInTheReviewOfEveryNomination() throws Exception {
		String label = "Mentors newcomers " + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post("/programme/criteria").with(csrf()).with(Personas.as(users, Personas.MANAGER))
			.param("labelEn", label).param("labelHe", "חונך עובדים חדשים").param("active", "true"))
			.andExpect(status().is3xxRedirection());

		long nomination = jdbc.sql("select id from people_nomination where status = 'PENDING' order by id fetch first 1 rows only")
			.query(Long.class).single();
		mvc.perform(get("/nominations/" + nomination).with(Personas.as(users, Personas.MANAGER)))
			.andExpect(content().string(containsString(label)));
		mvc.perform(get("/nominations/" + nomination).param("lang", "he").with(Personas.as(users, Personas.MANAGER)))
			.andExpect(content().string(containsString("חונך עובדים חדשים")));
	}

	@Test
	void aCriterionWithoutAHebrewNameIsRefusedKeepingTheEnglishOne() throws Exception {
		mvc.perform(post("/programme/criteria").with(csrf()).with(Personas.as(users, Personas.MANAGER))
			.param("labelEn", "Kept as typed").param("labelHe", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Name the criterion in Hebrew")))
			.andExpect(content().string(containsString("value=\"Kept as typed\"")));
		assertThat(jdbc.sql("select count(*) from people_selection_criterion where label_en = 'Kept as typed'")
			.query(Long.class).single()).isZero();
	}

	@Test
	void appointmentDefaultsFillTheDecisionForm() throws Exception {
		mvc.perform(post("/programme/defaults").with(csrf()).with(Personas.as(users, Personas.MANAGER))
			.param("termMonths", "18").param("hoursPerMonth", "6"))
			.andExpect(status().is3xxRedirection());
		long nomination = jdbc.sql("select id from people_nomination where status = 'PENDING' order by id fetch first 1 rows only")
			.query(Long.class).single();
		mvc.perform(get("/nominations/" + nomination).with(Personas.as(users, Personas.MANAGER)))
			.andExpect(content().string(containsString("id=\"termMonths\" name=\"termMonths\" value=\"18\"")));

		mvc.perform(post("/programme/defaults").with(csrf()).with(Personas.as(users, Personas.MANAGER))
			.param("termMonths", "0").param("hoursPerMonth", "6"))
			.andExpect(content().string(containsString("The term is between 1 and 60 months.")));
		mvc.perform(post("/programme/defaults").with(csrf()).with(Personas.as(users, Personas.MANAGER))
			.param("termMonths", "24").param("hoursPerMonth", "8"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void adminsNameTheOrganizationShownOnEveryPage() throws Exception {
		mvc.perform(post("/admin/settings").with(csrf()).with(Personas.as(users, Personas.ADMIN))
			.param("organizationName", "National Water & Energy"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/login")).andExpect(content().string(containsString("National Water &amp; Energy")));
		mvc.perform(post("/admin/settings").with(csrf()).with(Personas.as(users, Personas.ADMIN))
			.param("organizationName", DemoCommunity.ORGANIZATION));
		mvc.perform(post("/admin/settings").with(csrf()).with(Personas.as(users, Personas.MANAGER))
			.param("organizationName", "Taken over"))
			.andExpect(status().isForbidden());
	}
}
