package org.agora.people;

import java.util.UUID;

import org.agora.Personas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Nominate → review → appoint, through the pages and the API, with each role's permissions. */
@SpringBootTest
@AutoConfigureMockMvc
class LeaderProgrammeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anEmployeeNominatesAndTheCommunityManagerAppoints() throws Exception {
		long unit = newUnit();
		long nominee = newPerson(unit);
		assertThat(covered(unit)).isFalse();

		var sent = mvc.perform(post("/nominations").with(csrf()).with(as(Personas.EMPLOYEE))
			.param("nomineeId", String.valueOf(nominee))
			.param("reason", "Runs the <b>after-action</b> reviews of the whole team"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/nominations/*"))
			.andReturn();
		long nomination = Long.parseLong(sent.getResponse().getRedirectedUrl().replace("/nominations/", ""));

		mvc.perform(get("/nominations/" + nomination).with(as(Personas.MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Runs the &lt;b&gt;after-action&lt;/b&gt; reviews")))
			.andExpect(content().string(containsString("Accept and appoint")));
		mvc.perform(get("/nominations/" + nomination).with(as(Personas.LEADER))).andExpect(status().isNotFound());

		mvc.perform(post("/nominations/" + nomination + "/decision").with(csrf()).with(as(Personas.MANAGER))
			.param("outcome", "accept")
			.param("criterion.excellence", "on")
			.param("criterion.sharing", "on")
			.param("startDate", "2026-12-01")
			.param("termMonths", "24")
			.param("cohortLabel", "Cohort 2027 A")
			.param("hoursPerMonth", "8"))
			.andExpect(status().is3xxRedirection());

		assertThat(jdbc.sql("select leader_status from people_person where id = :id").param("id", nominee)
			.query(String.class).single()).isEqualTo("ACTIVE");
		assertThat(jdbc.sql("select count(*) from people_person_role where person_id = :id and role = 'KNOWLEDGE_LEADER'")
			.param("id", nominee).query(Long.class).single()).isEqualTo(1);
		assertThat(covered(unit)).isTrue();
		mvc.perform(get("/leaders/coverage").with(as(Personas.MANAGER)))
			.andExpect(content().string(containsString("data-unit=\"" + unitCode(unit) + "\"")));
	}

	@Test
	void aDecisionWithBadInputKeepsWhatTheManagerTyped() throws Exception {
		long nominee = newPerson(null);
		long nomination = nominate(nominee);

		mvc.perform(post("/nominations/" + nomination + "/decision").with(csrf()).with(as(Personas.MANAGER))
			.param("outcome", "accept")
			.param("startDate", "2026-12-01")
			.param("termMonths", "99")
			.param("cohortLabel", "Cohort kept as typed")
			.param("hoursPerMonth", "8"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The term is between 1 and 60 months.")))
			.andExpect(content().string(containsString("Cohort kept as typed")));
		assertThat(jdbc.sql("select status from people_nomination where id = :id").param("id", nomination)
			.query(String.class).single()).isEqualTo("PENDING");
	}

	@Test
	void aNominationWithoutAReasonIsRefusedAndNothingIsSaved() throws Exception {
		long nominee = newPerson(null);
		mvc.perform(post("/nominations").with(csrf()).with(as(Personas.EMPLOYEE))
			.param("nomineeId", String.valueOf(nominee))
			.param("reason", "  "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Say why this colleague should be a knowledge leader.")));
		assertThat(jdbc.sql("select count(*) from people_nomination where nominee_id = :id").param("id", nominee)
			.query(Long.class).single()).isZero();
	}

	@Test
	void onlyManagersDecide() throws Exception {
		long nomination = nominate(newPerson(null));
		for (String who : new String[] { Personas.EMPLOYEE, Personas.LEADER, Personas.GUEST }) {
			mvc.perform(post("/nominations/" + nomination + "/decision").with(csrf()).with(as(who))
				.param("outcome", "decline"))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void theApiNominatesDecidesAndNamesInvalidFields() throws Exception {
		long nominee = newPerson(null);
		mvc.perform(post("/api/v1/nominations").with(csrf()).with(as(Personas.LEADER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"nomineeId\": " + nominee + ", \"reason\": \"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("reason"));

		var created = mvc.perform(post("/api/v1/nominations").with(csrf()).with(as(Personas.LEADER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"nomineeId\": " + nominee + ", \"reason\": \"Mentors every new engineer\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andReturn();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.id"))
			.longValue();

		mvc.perform(post("/api/v1/nominations/" + id + "/decision").with(csrf()).with(as(Personas.MANAGER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"accept\": true, \"startDate\": \"2026-12-01\", \"termMonths\": 24, \"hoursPerMonth\": 0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("hoursPerMonth"));
		mvc.perform(post("/api/v1/nominations/" + id + "/decision").with(csrf()).with(as(Personas.MANAGER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"accept\": false, \"note\": \"Next cohort\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECLINED"));
		mvc.perform(post("/api/v1/nominations/" + id + "/decision").with(csrf()).with(as(Personas.EMPLOYEE))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"accept\": true}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/nominations/999999").with(as(Personas.MANAGER))).andExpect(status().isNotFound());
	}

	@Test
	void theDirectorySearchesAndFiltersWithTotals() throws Exception {
		mvc.perform(get("/api/v1/people").param("role", "KNOWLEDGE_LEADER").with(as(Personas.EMPLOYEE)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").isNumber())
			.andExpect(jsonPath("$.items[0].roles").isArray());
		mvc.perform(get("/people").param("q", "manager@agora").with(as(Personas.EMPLOYEE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 person")));
		mvc.perform(get("/people").param("q", "zzz-nobody").header("HX-Request", "true").with(as(Personas.EMPLOYEE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nobody matches")))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(get("/people").with(as(Personas.GUEST))).andExpect(status().isForbidden());
	}

	private long nominate(long nominee) throws Exception {
		var sent = mvc.perform(post("/nominations").with(csrf()).with(as(Personas.EMPLOYEE))
			.param("nomineeId", String.valueOf(nominee))
			.param("reason", "Always documents what the team learns"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return Long.parseLong(sent.getResponse().getRedirectedUrl().replace("/nominations/", ""));
	}

	private long newUnit() throws Exception {
		String code = "T-" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/units").with(csrf()).with(as(Personas.ADMIN))
			.param("code", code).param("name", "Test team " + code).param("kind", "TEAM"))
			.andExpect(status().is3xxRedirection());
		return jdbc.sql("select id from people_unit where code = :code").param("code", code).query(Long.class).single();
	}

	private long newPerson(Long unit) throws Exception {
		String email = "p-" + UUID.randomUUID() + "@agora.example";
		var request = post("/admin/users").with(csrf()).with(as(Personas.ADMIN))
			.param("email", email).param("fullName", "Test Person").param("roles", "EMPLOYEE");
		if (unit != null) {
			request.param("unitId", String.valueOf(unit));
		}
		mvc.perform(request).andExpect(status().is3xxRedirection());
		return jdbc.sql("select id from people_person where email = :email").param("email", email).query(Long.class).single();
	}

	private boolean covered(long unit) {
		return jdbc.sql("select count(*) from people_person where unit_id = :unit and leader_status = 'ACTIVE'")
			.param("unit", unit).query(Long.class).single() > 0;
	}

	private String unitCode(long unit) {
		return jdbc.sql("select code from people_unit where id = :id").param("id", unit).query(String.class).single();
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String email) {
		return Personas.as(users, email);
	}
}
