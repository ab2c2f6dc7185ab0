package org.agora.learning;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.agora.Personas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Community managers create, edit and run cohorts; everyone else sees only the cohorts that concern them. */
@SpringBootTest
@AutoConfigureMockMvc
class CohortPlanningIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Value("${agora.time-zone:UTC}")
	ZoneId zone;

	LearningFixtures fixtures;

	CohortPeople people;

	@BeforeEach
	void setUp() {
		fixtures = new LearningFixtures(jdbc);
		people = new CohortPeople(jdbc);
	}

	@Test
	void aManagerCreatesACohortAndSeesItListed() throws Exception {
		var course = fixtures.course();

		var created = mvc.perform(post("/learning/cohorts").with(csrf()).with(as(Personas.MANAGER))
			.param("courseId", String.valueOf(course.courseId()))
			.param("name", "Spring <b>cohort</b>")
			.param("startsOn", "2027-03-01")
			.param("endsOn", "2027-06-30")
			.param("status", "PLANNED"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/learning/cohorts/*"))
			.andReturn();
		long id = idIn(created.getResponse().getRedirectedUrl());

		assertThat(jdbc.sql("select name, starts_on, ends_on, status from learning_cohort where id = :id").param("id", id)
			.query((rs, n) -> rs.getString(1) + "|" + rs.getObject(2, LocalDate.class) + "|"
					+ rs.getObject(3, LocalDate.class) + "|" + rs.getString(4))
			.single()).isEqualTo("Spring <b>cohort</b>|2027-03-01|2027-06-30|PLANNED");
		mvc.perform(get("/learning/cohorts").with(as(Personas.MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/learning/cohorts/" + id + "\" dir=\"auto\">Spring &lt;b&gt;cohort&lt;/b&gt;</a>")));
	}

	@Test
	void aCohortThatEndsBeforeItStartsIsRefusedKeepingWhatWasTyped() throws Exception {
		var course = fixtures.course();
		long before = cohortCount();

		mvc.perform(post("/learning/cohorts").with(csrf()).with(as(Personas.MANAGER))
			.param("courseId", String.valueOf(course.courseId()))
			.param("name", "Autumn cohort")
			.param("startsOn", "2027-03-01")
			.param("endsOn", "2027-02-01")
			.param("status", "RUNNING"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The cohort cannot end before it starts.")))
			.andExpect(content().string(containsString("id=\"endsOn\" name=\"endsOn\" value=\"2027-02-01\"")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(containsString("value=\"Autumn cohort\"")))
			.andExpect(content().string(containsString("<option value=\"RUNNING\" selected>")));
		assertThat(cohortCount()).as("nothing is half-written").isEqualTo(before);
	}

	@Test
	void aCohortNeedsANameAndDates() throws Exception {
		var course = fixtures.course();

		mvc.perform(post("/learning/cohorts").with(csrf()).with(as(Personas.MANAGER))
			.param("courseId", String.valueOf(course.courseId()))
			.param("name", "  ")
			.param("startsOn", "2027-03-01")
			.param("endsOn", "2027-06-30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Name the cohort in up to 120 characters.")))
			.andExpect(content().string(containsString("value=\"2027-06-30\"")));
		mvc.perform(post("/learning/cohorts").with(csrf()).with(as(Personas.MANAGER))
			.param("courseId", String.valueOf(course.courseId()))
			.param("name", "No dates")
			.param("startsOn", "someday"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give the date the cohort starts.")))
			.andExpect(content().string(containsString("value=\"someday\"")));
	}

	@Test
	void aManagerEditsACohortAndChangesItsStatus() throws Exception {
		long cohort = fixtures.cohort(fixtures.course().courseId(), CohortStatus.PLANNED);

		mvc.perform(get("/learning/cohorts/" + cohort + "/edit").with(as(Personas.MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"2026-10-01\"")));
		mvc.perform(post("/learning/cohorts/" + cohort).with(csrf()).with(as(Personas.MANAGER))
			.param("name", "Renamed")
			.param("startsOn", "2026-10-01")
			.param("endsOn", "2026-09-01")
			.param("status", "RUNNING")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The cohort cannot end before it starts.")))
			.andExpect(content().string(containsString("value=\"Renamed\"")));
		assertThat(name(cohort)).isEqualTo("Test cohort");

		mvc.perform(post("/learning/cohorts/" + cohort).with(csrf()).with(as(Personas.MANAGER))
			.param("name", "Renamed")
			.param("startsOn", "2026-10-01")
			.param("endsOn", "2027-02-28")
			.param("status", "RUNNING")
			.param("version", "0"))
			.andExpect(redirectedUrl("/learning/cohorts/" + cohort));
		assertThat(name(cohort)).isEqualTo("Renamed");

		mvc.perform(post("/learning/cohorts/" + cohort).with(csrf()).with(as(Personas.MANAGER))
			.param("name", "Stale edit")
			.param("startsOn", "2026-10-01")
			.param("endsOn", "2027-02-28")
			.param("status", "RUNNING")
			.param("version", "0"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else saved this cohort while you were editing it.")))
			.andExpect(content().string(containsString("value=\"Stale edit\"")));
		assertThat(name(cohort)).isEqualTo("Renamed");

		mvc.perform(post("/learning/cohorts/" + cohort + "/status").with(csrf()).with(as(Personas.MANAGER))
			.param("status", "CLOSED"))
			.andExpect(redirectedUrl("/learning/cohorts/" + cohort));
		assertThat(jdbc.sql("select status from learning_cohort where id = :id").param("id", cohort).query(String.class)
			.single()).isEqualTo("CLOSED");
	}

	@Test
	void onlyManagersPlanCohorts() throws Exception {
		var course = fixtures.course();
		long cohort = fixtures.cohort(course.courseId(), CohortStatus.PLANNED);
		for (String who : new String[] { Personas.LEADER, Personas.EMPLOYEE, Personas.GUEST }) {
			mvc.perform(get("/learning/cohorts/new").with(as(who))).andExpect(status().isForbidden());
			mvc.perform(post("/learning/cohorts").with(csrf()).with(as(who))
				.param("courseId", String.valueOf(course.courseId()))
				.param("name", "Mine")
				.param("startsOn", "2027-01-01")
				.param("endsOn", "2027-02-01"))
				.andExpect(status().isForbidden());
			mvc.perform(post("/learning/cohorts/" + cohort + "/status").with(csrf()).with(as(who)).param("status", "CLOSED"))
				.andExpect(status().isForbidden());
			mvc.perform(post("/learning/cohorts/" + cohort + "/sessions").with(csrf()).with(as(who)).param("title", "x"))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/learning/cohorts/new").with(as(Personas.ADMIN))).andExpect(status().isOk());
	}

	@Test
	void eachRoleSeesTheCohortPageItMaySee() throws Exception {
		long cohort = fixtures.cohort(fixtures.course().courseId(), CohortStatus.RUNNING);
		var facilitator = people.leader("Fay Facilitator");
		fixtures.facilitator(cohort, facilitator.id());
		var invited = people.employee("Ivan Invited");
		invite(cohort, invited.id());
		String page = "/learning/cohorts/" + cohort;

		mvc.perform(get(page).with(as(Personas.MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"progress-link\"")))
			.andExpect(content().string(containsString("id=\"facilitator-form\"")))
			.andExpect(content().string(containsString("Ivan Invited")));
		mvc.perform(get(page).with(facilitator.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"progress-link\"")))
			.andExpect(content().string(not(containsString("id=\"facilitator-form\""))));
		mvc.perform(get(page).with(as(Personas.LEADER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"enrol-button\"")))
			.andExpect(content().string(not(containsString("id=\"progress-link\""))))
			.andExpect(content().string(not(containsString("Ivan Invited"))));
		mvc.perform(get(page).with(invited.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"enrol-button\"")));
		mvc.perform(get(page).with(as(Personas.EMPLOYEE))).andExpect(status().isForbidden());
		mvc.perform(get(page).with(as(Personas.GUEST))).andExpect(status().isForbidden());
		mvc.perform(get("/learning/cohorts/999999999").with(as(Personas.MANAGER))).andExpect(status().isNotFound());

		for (var who : new RequestPostProcessor[] { as(Personas.LEADER), as(Personas.EMPLOYEE), as(Personas.GUEST),
				invited.signedIn() }) {
			mvc.perform(get(page + "/progress").with(who)).andExpect(status().isForbidden());
			mvc.perform(get(page + "/reviews").with(who)).andExpect(status().isForbidden());
		}
		mvc.perform(get(page + "/progress").with(facilitator.signedIn())).andExpect(status().isOk());
		mvc.perform(get(page + "/reviews").with(as(Personas.MANAGER))).andExpect(status().isOk());
	}

	@Test
	void theListShowsEachPersonTheCohortsThatConcernThem() throws Exception {
		long open = fixtures.cohort(fixtures.course().courseId(), CohortStatus.PLANNED);
		long closed = fixtures.cohort(fixtures.course().courseId(), CohortStatus.CLOSED);
		var invited = people.employee("Ina Invited");
		invite(closed, invited.id());

		mvc.perform(get("/learning/cohorts").with(as(Personas.LEADER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/learning/cohorts/" + open + "\"")))
			.andExpect(content().string(not(containsString("/learning/cohorts/" + closed + "\""))));
		mvc.perform(get("/learning/cohorts").with(invited.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/learning/cohorts/" + closed + "\"")))
			.andExpect(content().string(not(containsString("/learning/cohorts/" + open + "\""))));
		mvc.perform(get("/learning/cohorts").with(as(Personas.GUEST)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"no-cohorts\"")));
	}

	@Test
	void liveSessionsAreTypedInTheOrganizationsZoneAndKeptAsInstants() throws Exception {
		long cohort = fixtures.cohort(fixtures.course().courseId(), CohortStatus.RUNNING);

		mvc.perform(post("/learning/cohorts/" + cohort + "/sessions").with(csrf()).with(as(Personas.MANAGER))
			.param("title", "Kick-off")
			.param("startsAt", "2026-12-15T16:00")
			.param("endsAt", "2026-12-15T15:00")
			.param("location", "Room 2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The session must end after it starts.")))
			.andExpect(content().string(containsString("value=\"2026-12-15T15:00\"")))
			.andExpect(content().string(containsString("value=\"Kick-off\"")));
		mvc.perform(post("/learning/cohorts/" + cohort + "/sessions").with(csrf()).with(as(Personas.MANAGER))
			.param("title", "Kick-off")
			.param("startsAt", "2026-12-15T16:00")
			.param("endsAt", "2026-12-15T17:30")
			.param("location", "https://meet.example.org/kick-off"))
			.andExpect(redirectedUrl("/learning/cohorts/" + cohort));

		var startsAt = jdbc.sql("select starts_at from learning_session where cohort_id = :c").param("c", cohort)
			.query(Timestamp.class)
			.single()
			.toInstant();
		assertThat(startsAt).isEqualTo(LocalDateTime.of(2026, 12, 15, 16, 0).atZone(zone).toInstant());
		mvc.perform(get("/learning/cohorts/" + cohort).with(as(Personas.LEADER)))
			.andExpect(content().string(containsString("<a href=\"https://meet.example.org/kick-off\"")));
	}

	@Test
	void facilitatorsAreManagersOrLeaders() throws Exception {
		long cohort = fixtures.cohort(fixtures.course().courseId(), CohortStatus.RUNNING);
		var employee = people.employee("Emil Employee");
		var leader = people.leader("Lena Leader");

		mvc.perform(post("/learning/cohorts/" + cohort + "/facilitators").with(csrf()).with(as(Personas.MANAGER))
			.param("facilitatorId", String.valueOf(employee.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a community manager or knowledge leader to facilitate.")));
		mvc.perform(post("/learning/cohorts/" + cohort + "/facilitators").with(csrf()).with(as(Personas.MANAGER))
			.param("facilitatorId", String.valueOf(leader.id())))
			.andExpect(redirectedUrl("/learning/cohorts/" + cohort));
		mvc.perform(get("/learning/cohorts/" + cohort + "/progress").with(leader.signedIn())).andExpect(status().isOk());

		mvc.perform(post("/learning/cohorts/" + cohort + "/facilitators/" + leader.id() + "/remove").with(csrf())
			.with(as(Personas.MANAGER)))
			.andExpect(redirectedUrl("/learning/cohorts/" + cohort));
		mvc.perform(get("/learning/cohorts/" + cohort + "/progress").with(leader.signedIn()))
			.andExpect(status().isForbidden());
	}

	private void invite(long cohort, long person) {
		jdbc.sql("insert into learning_invitation (cohort_id, person_id, invited_at) values (:c, :p, current_timestamp)")
			.param("c", cohort)
			.param("p", person)
			.update();
	}

	private String name(long cohort) {
		return jdbc.sql("select name from learning_cohort where id = :id").param("id", cohort).query(String.class).single();
	}

	private long cohortCount() {
		return jdbc.sql("select count(*) from learning_cohort").query(Long.class).single();
	}

	private RequestPostProcessor as(String email) {
		return Personas.as(users, email);
	}

	private static long idIn(String url) {
		return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
	}
}
