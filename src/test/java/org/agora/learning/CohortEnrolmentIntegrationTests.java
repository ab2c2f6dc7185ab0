package org.agora.learning;

import java.time.Duration;

import org.agora.Personas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Leaders and invited people enrol themselves; community managers invite people and enrol many at once. */
@SpringBootTest
@AutoConfigureMockMvc
class CohortEnrolmentIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	LearningFixtures fixtures;

	CohortPeople people;

	@BeforeEach
	void setUp() {
		fixtures = new LearningFixtures(jdbc);
		people = new CohortPeople(jdbc);
	}

	@Test
	void aLeaderTakesACourseInOneOpenCohortAtATime() throws Exception {
		long course = fixtures.course().courseId();
		long first = fixtures.cohort(course, CohortStatus.RUNNING);
		long second = fixtures.cohort(course, CohortStatus.PLANNED);
		var leader = people.leader("Yoav Twice");
		fixtures.enrol(first, leader.id());

		mvc.perform(post(enrolment(second)).with(csrf()).with(leader.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("already taking this course in another cohort")));
		assertThat(enrolled(second, leader.id())).isFalse();
	}

	@Test
	void aLeaderEnrolsOnceAndIsToldWhenTryingAgain() throws Exception {
		long cohort = fixtures.cohort(fixtures.course().courseId(), CohortStatus.RUNNING);
		var leader = people.leader("Lior Leader");

		mvc.perform(post(enrolment(cohort)).with(csrf()).with(leader.signedIn()))
			.andExpect(redirectedUrl("/learning/cohorts/" + cohort));
		assertThat(enrolled(cohort, leader.id())).isTrue();
		mvc.perform(get("/learning/cohorts/" + cohort).with(leader.signedIn()))
			.andExpect(content().string(containsString("id=\"my-progress\"")));

		mvc.perform(post(enrolment(cohort)).with(csrf()).with(leader.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("You are already enrolled in this cohort.")));
		assertThat(enrolments(cohort)).isEqualTo(1);
	}

	@Test
	void nobodyEnrolsInAClosedCohort() throws Exception {
		long cohort = fixtures.cohort(fixtures.course().courseId(), CohortStatus.CLOSED);

		mvc.perform(post(enrolment(cohort)).with(csrf()).with(as(Personas.LEADER)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("This cohort is closed; nobody can enrol in it any more.")));
		assertThat(enrolments(cohort)).isZero();
	}

	@Test
	void anInvitedEmployeeMayEnrolAndAnUninvitedOneMayNot() throws Exception {
		long cohort = fixtures.cohort(fixtures.course().courseId(), CohortStatus.PLANNED);
		var invited = people.employee("Iris Invited");
		var other = people.employee("Omer Other");

		mvc.perform(post("/learning/cohorts/" + cohort + "/invitations").with(csrf()).with(as(Personas.MANAGER))
			.param("inviteeId", String.valueOf(invited.id())))
			.andExpect(redirectedUrl("/learning/cohorts/" + cohort));

		mvc.perform(get("/").with(invited.signedIn()))
			.andExpect(content().string(containsString("<a href=\"/learning/cohorts/" + cohort
					+ "\">You are invited to Test cohort. Enrol to take the knowledge leaders’ course with it.</a>")));
		mvc.perform(post(enrolment(cohort)).with(csrf()).with(other.signedIn())).andExpect(status().isForbidden());
		mvc.perform(post(enrolment(cohort)).with(csrf()).with(as(Personas.GUEST))).andExpect(status().isForbidden());
		mvc.perform(post(enrolment(cohort)).with(csrf()).with(invited.signedIn()))
			.andExpect(redirectedUrl("/learning/cohorts/" + cohort));
		assertThat(enrolled(cohort, invited.id())).isTrue();
		assertThat(enrolled(cohort, other.id())).isFalse();
		mvc.perform(post(enrolment(999_999_999)).with(csrf()).with(as(Personas.LEADER))).andExpect(status().isNotFound());
	}

	@Test
	void anInvitationTellsThePersonWithALinkToTheCohort() throws Exception {
		long cohort = fixtures.cohort(fixtures.course().courseId(), CohortStatus.RUNNING);
		var invited = people.employee("Noga Notified");

		mvc.perform(post("/learning/cohorts/" + cohort + "/invitations").with(csrf()).with(as(Personas.MANAGER))
			.param("inviteeId", String.valueOf(invited.id())))
			.andExpect(redirectedUrl("/learning/cohorts/" + cohort));
		mvc.perform(post("/learning/cohorts/" + cohort + "/invitations").with(csrf()).with(as(Personas.MANAGER))
			.param("inviteeId", String.valueOf(invited.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This person is already invited to the cohort.")));

		await().atMost(Duration.ofSeconds(10))
			.until(() -> notifications(invited.id(), "learning.invitation", "/learning/cohorts/" + cohort) == 1);
		mvc.perform(post("/learning/cohorts/" + cohort + "/invitations").with(csrf()).with(as(Personas.LEADER))
			.param("inviteeId", String.valueOf(invited.id())))
			.andExpect(status().isForbidden());
	}

	@Test
	void aManagerEnrolsEveryoneInvitedOrTheLeadersChosen() throws Exception {
		long cohort = fixtures.cohort(fixtures.course().courseId(), CohortStatus.RUNNING);
		var first = people.employee("Ada Invited");
		var second = people.employee("Ben Invited");
		var leader = people.leader("Cleo Leader");
		var outsider = people.employee("Dov Outsider");
		invite(cohort, first.id());
		invite(cohort, second.id());

		mvc.perform(get("/learning/cohorts/" + cohort).with(as(Personas.MANAGER)))
			.andExpect(content().string(containsString("id=\"leader-" + leader.id() + "\"")))
			.andExpect(content().string(containsString("Enrol all invited (2)")));
		mvc.perform(post("/learning/cohorts/" + cohort + "/enrolments").with(csrf()).with(as(Personas.MANAGER))
			.param("invited", "true"))
			.andExpect(redirectedUrl("/learning/cohorts/" + cohort));
		assertThat(enrolled(cohort, first.id())).isTrue();
		assertThat(enrolled(cohort, second.id())).isTrue();

		mvc.perform(post("/learning/cohorts/" + cohort + "/enrolments").with(csrf()).with(as(Personas.MANAGER))
			.param("personId", String.valueOf(leader.id()), String.valueOf(outsider.id())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Only knowledge leaders and people invited to the cohort can be enrolled.")));
		assertThat(enrolled(cohort, leader.id())).as("nothing is half-written").isFalse();

		mvc.perform(post("/learning/cohorts/" + cohort + "/enrolments").with(csrf()).with(as(Personas.MANAGER))
			.param("personId", String.valueOf(leader.id()), String.valueOf(first.id())))
			.andExpect(redirectedUrl("/learning/cohorts/" + cohort));
		assertThat(enrolled(cohort, leader.id())).isTrue();
		assertThat(enrolments(cohort)).isEqualTo(3);

		mvc.perform(post("/learning/cohorts/" + cohort + "/enrolments").with(csrf()).with(as(Personas.LEADER))
			.param("invited", "true"))
			.andExpect(status().isForbidden());
	}

	private static String enrolment(long cohort) {
		return "/learning/cohorts/" + cohort + "/enrolment";
	}

	private void invite(long cohort, long person) {
		jdbc.sql("insert into learning_invitation (cohort_id, person_id, invited_at) values (:c, :p, current_timestamp)")
			.param("c", cohort)
			.param("p", person)
			.update();
	}

	private boolean enrolled(long cohort, long person) {
		return jdbc.sql("select count(*) from learning_enrolment where cohort_id = :c and person_id = :p")
			.param("c", cohort)
			.param("p", person)
			.query(Long.class)
			.single() == 1;
	}

	private long enrolments(long cohort) {
		return jdbc.sql("select count(*) from learning_enrolment where cohort_id = :c").param("c", cohort)
			.query(Long.class)
			.single();
	}

	private long notifications(long person, String kind, String link) {
		return jdbc.sql("""
				select count(*) from notifications_notification where person_id = :p and kind = :kind and link = :link""")
			.param("p", person)
			.param("kind", kind)
			.param("link", link)
			.query(Long.class)
			.single();
	}

	private RequestPostProcessor as(String email) {
		return Personas.as(users, email);
	}
}
