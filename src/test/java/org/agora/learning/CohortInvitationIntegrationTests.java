package org.agora.learning;

import java.time.Duration;
import java.time.LocalDate;

import org.agora.people.LeaderAppointed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** A newly appointed leader is invited to the open cohort of the foundations course, and told so. */
@SpringBootTest
@AutoConfigureMockMvc
class CohortInvitationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Catalog catalog;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void anAppointedLeaderIsInvitedToTheNewestOpenFoundationsCohortAndMayEnrol() throws Exception {
		var fixtures = new LearningFixtures(jdbc);
		long course = foundationsCourse(fixtures);
		long older = fixtures.cohort(course, CohortStatus.RUNNING);
		long newest = fixtures.cohort(course, CohortStatus.PLANNED);
		long closedLater = fixtures.cohort(course, CohortStatus.CLOSED);
		startsOn(newest, LocalDate.of(2090, 1, 1));
		startsOn(closedLater, LocalDate.of(2091, 1, 1));
		var appointed = new CohortPeople(jdbc).employee("Aviv Appointed");

		transactions.executeWithoutResult(status -> events
			.publishEvent(new LeaderAppointed(appointed.id(), 1, 1, null, LocalDate.of(2026, 12, 1), "2026 B")));

		await().atMost(Duration.ofSeconds(10)).until(() -> invitations(newest, appointed.id()) == 1);
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
				select count(*) from notifications_notification
				where person_id = :p and kind = 'learning.invitation' and link = :link""")
			.param("p", appointed.id())
			.param("link", "/learning/cohorts/" + newest)
			.query(Long.class)
			.single() == 1);
		assertThat(invitations(older, appointed.id())).isZero();
		assertThat(invitations(closedLater, appointed.id())).isZero();

		mvc.perform(post("/learning/cohorts/" + newest + "/enrolment").with(csrf()).with(appointed.signedIn()))
			.andExpect(redirectedUrl("/learning/cohorts/" + newest));
	}

	/** The foundations course, as the content seeder writes it; a test course stands in where it is not seeded. */
	private long foundationsCourse(LearningFixtures fixtures) {
		return catalog.courseIdBySlug(CohortInvitations.FOUNDATIONS).orElseGet(() -> {
			long id = fixtures.course().courseId();
			jdbc.sql("update learning_course set slug = :slug where id = :id")
				.param("slug", CohortInvitations.FOUNDATIONS)
				.param("id", id)
				.update();
			return id;
		});
	}

	private void startsOn(long cohort, LocalDate date) {
		jdbc.sql("update learning_cohort set starts_on = :d, ends_on = :d where id = :id").param("d", date)
			.param("id", cohort)
			.update();
	}

	private long invitations(long cohort, long person) {
		return jdbc.sql("select count(*) from learning_invitation where cohort_id = :c and person_id = :p")
			.param("c", cohort)
			.param("p", person)
			.query(Long.class)
			.single();
	}
}
