package org.agora.learning;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.agora.Personas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo cohorts: a closed one whose learners all completed, and a running one with learners at every stage. */
@SpringBootTest
@AutoConfigureMockMvc
class LearningDemoIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LearningDemoWriter writer;

	@Autowired
	LearningDemo demo;

	@Autowired
	Cohorts cohorts;

	@Autowired
	CohortProgress progress;

	@Autowired
	UserDetailsService users;

	@Test
	void theDemoWritesARunningCohortWithLearnersAtEveryStage() {
		var course = new LearningFixtures(jdbc).course();
		long manager = Personas.user(users, Personas.MANAGER).personId();
		long leader = Personas.user(users, Personas.LEADER).personId();

		var written = writer.write(course.courseId());

		var running = cohorts.find(written.runningCohortId()).orElseThrow();
		assertThat(running.name()).isEqualTo("Cohort 2026 B");
		assertThat(running.status()).isEqualTo(CohortStatus.RUNNING);
		assertThat(running.startsOn()).isEqualTo(LocalDate.of(2026, 9, 1));
		assertThat(running.endsOn()).isEqualTo(LocalDate.of(2027, 1, 31));
		assertThat(cohorts.facilitators(running.id())).extracting(Cohorts.Member::personId).containsExactly(manager);
		assertThat(written.running()).isBetween(8, 10);

		var grid = progress.of(running, LocalDate.of(2026, 11, 1));
		assertThat(grid.rows()).extracting(CohortProgress.Row::personId).contains(leader);
		assertThat(grid.rows()).extracting(CohortProgress.Row::percent).contains(0).doesNotContain(100);
		assertThat(grid.rows().stream().map(CohortProgress.Row::percent).distinct().count()).isGreaterThanOrEqualTo(4);
		assertThat(grid.rows()).filteredOn(CohortProgress.Row::behind).isNotEmpty();
		assertThat(grid.rows()).filteredOn(r -> !r.behind()).isNotEmpty();

		assertThat(submissions(running.id(), "SUBMITTED")).as("the demo leader's exercise waits for review")
			.containsExactly(leader + "|null");
		assertThat(submissions(running.id(), "REVISION_REQUESTED")).singleElement()
			.satisfies(s -> assertThat(s).contains("Good start."));
		assertThat(attempts(running.id(), true)).isPositive();
		assertThat(attempts(running.id(), false)).as("some quizzes were failed once").isGreaterThanOrEqualTo(2);
		assertThat(jdbc.sql("""
				select count(*) from learning_attempt a join learning_enrolment e on e.id = a.enrolment_id
				where e.cohort_id = :c and a.answers not like '{"%'""")
			.param("c", running.id())
			.query(Long.class)
			.single()).as("answers are recorded").isZero();
		assertThat(timestamps(running.id())).allSatisfy(t -> assertThat(t).isBetween(
				Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-12-31T23:59:59Z")));

		var sessions = jdbc.sql("select starts_at from learning_session where cohort_id = :c order by starts_at")
			.param("c", running.id())
			.query(Timestamp.class)
			.list();
		assertThat(sessions).extracting(Timestamp::toInstant)
			.as("16:00 in Jerusalem, in winter time")
			.containsExactly(Instant.parse("2026-11-10T14:00:00Z"), Instant.parse("2026-12-15T14:00:00Z"));
	}

	@Test
	void theDemoWritesAClosedCohortWhoseLearnersAllCompleted() {
		var course = new LearningFixtures(jdbc).course();

		var written = writer.write(course.courseId());

		var closed = cohorts.find(written.closedCohortId()).orElseThrow();
		assertThat(closed.name()).isEqualTo("Cohort 2026 A");
		assertThat(closed.status()).isEqualTo(CohortStatus.CLOSED);
		assertThat(closed.startsOn()).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(closed.endsOn()).isEqualTo(LocalDate.of(2026, 7, 31));
		assertThat(written.closed()).isEqualTo(6);
		var enrolments = jdbc.sql("select completed_at, certificate_code from learning_enrolment where cohort_id = :c")
			.param("c", closed.id())
			.query((rs, n) -> List.of(rs.getTimestamp(1).toInstant().toString(), rs.getString(2)))
			.list();
		assertThat(enrolments).hasSize(6).allSatisfy(e -> {
			assertThat(Instant.parse(e.get(0))).isBetween(Instant.parse("2026-07-01T00:00:00Z"),
					Instant.parse("2026-07-31T23:59:59Z"));
			assertThat(CertificateCodes.normalize((String) e.get(1))).as("demo certificates verify").isEqualTo(e.get(1));
		});
		assertThat(progress.of(closed, LocalDate.of(2026, 8, 1)).rows()).allSatisfy(r -> {
			assertThat(r.percent()).isEqualTo(100);
			assertThat(r.completed()).isTrue();
		});
		var runningLearners = jdbc.sql("select person_id from learning_enrolment where cohort_id = :c")
			.param("c", written.runningCohortId())
			.query(Long.class)
			.list();
		assertThat(jdbc.sql("select person_id from learning_enrolment where cohort_id = :c").param("c", closed.id())
			.query(Long.class)
			.list()).as("different leaders in each cohort").doesNotContainAnyElementsOf(runningLearners);
	}

	@Test
	void theDemoIsWrittenOnlyWhenThereIsNoCohortYet() {
		new LearningFixtures(jdbc).cohort(new LearningFixtures(jdbc).course().courseId(), CohortStatus.PLANNED);
		long before = jdbc.sql("select count(*) from learning_cohort").query(Long.class).single();

		demo.onReady();

		assertThat(jdbc.sql("select count(*) from learning_cohort").query(Long.class).single()).isEqualTo(before);
	}

	private List<String> submissions(long cohort, String status) {
		return jdbc.sql("""
				select e.person_id, s.feedback from learning_submission s join learning_enrolment e on e.id = s.enrolment_id
				where e.cohort_id = :c and s.status = :status""")
			.param("c", cohort)
			.param("status", status)
			.query((rs, n) -> rs.getLong(1) + "|" + rs.getString(2))
			.list();
	}

	private long attempts(long cohort, boolean passed) {
		return jdbc.sql("""
				select count(*) from learning_attempt a join learning_enrolment e on e.id = a.enrolment_id
				where e.cohort_id = :c and a.passed = :passed""")
			.param("c", cohort)
			.param("passed", passed)
			.query(Long.class)
			.single();
	}

	private List<Instant> timestamps(long cohort) {
		return jdbc.sql("""
				select c.completed_at from learning_completion c join learning_enrolment e on e.id = c.enrolment_id
				where e.cohort_id = :c
				union all select a.submitted_at from learning_attempt a join learning_enrolment e on e.id = a.enrolment_id
				where e.cohort_id = :c
				union all select s.submitted_at from learning_submission s join learning_enrolment e on e.id = s.enrolment_id
				where e.cohort_id = :c
				union all select enrolled_at from learning_enrolment where cohort_id = :c""")
			.param("c", cohort)
			.query(Timestamp.class)
			.list()
			.stream()
			.map(Timestamp::toInstant)
			.toList();
	}
}
