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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Facilitators accept a submitted exercise, which completes its lesson, or send it back with feedback. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ReviewIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationEvents events;

	LearningFixtures.TestCourse course;

	long cohort;

	CohortPeople.Person learner;

	CohortPeople.Person facilitator;

	long submission;

	@BeforeEach
	void setUp() {
		var fixtures = new LearningFixtures(jdbc);
		var people = new CohortPeople(jdbc);
		course = fixtures.course();
		cohort = fixtures.cohort(course.courseId(), CohortStatus.RUNNING);
		learner = people.leader("Lea <Learner>");
		facilitator = people.leader("Fadi Facilitator");
		fixtures.facilitator(cohort, facilitator.id());
		long enrolment = fixtures.enrol(cohort, learner.id());
		submission = submit(enrolment, "Critical skill: valve maintenance.\nWho holds it: <b>Yossi</b>.", "map.pdf");
	}

	@Test
	void theQueueShowsTheSubmissionAsTextWithItsLineBreaksAndTheFile() throws Exception {
		mvc.perform(get(queue()).with(facilitator.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"<div class=\"text-pre border rounded p-2 mb-2\" dir=\"auto\">Critical skill: valve maintenance.\nWho holds it: &lt;b&gt;Yossi&lt;/b&gt;.</div>")))
			.andExpect(content().string(containsString("href=\"/learning/submissions/" + submission + "/file\"")))
			.andExpect(content().string(containsString("Lea &lt;Learner&gt;")))
			.andExpect(content().string(containsString("Map one critical skill")));
	}

	@Test
	void theFacilitatorsHomePageLeadsToTheQueue() throws Exception {
		mvc.perform(get("/").with(facilitator.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"<a href=\"" + queue() + "\">One exercise waits for your review in Test cohort.</a>")));
	}

	@Test
	void acceptingCompletesTheLessonAndTellsTheLearner() throws Exception {
		mvc.perform(post(review(submission)).with(csrf()).with(facilitator.signedIn()).param("decision", "accept"))
			.andExpect(redirectedUrl(queue()));

		assertThat(jdbc.sql("select status, reviewed_by, reviewed_at is not null from learning_submission where id = :id")
			.param("id", submission)
			.query((rs, n) -> rs.getString(1) + "|" + rs.getLong(2) + "|" + rs.getBoolean(3))
			.single()).isEqualTo("ACCEPTED|" + facilitator.id() + "|true");
		assertThat(events.stream(LessonCompleted.class))
			.containsExactly(new LessonCompleted(learner.id(), course.exerciseLesson(), cohort));
		assertThat(events.stream(ExerciseReviewed.class)).singleElement()
			.satisfies(e -> assertThat(e.accepted()).isTrue())
			.satisfies(e -> assertThat(e.lessonTitleEn()).isEqualTo("Map one critical skill"));
		await().atMost(Duration.ofSeconds(10)).until(() -> notifications("learning.exercise.accepted") == 1);
		mvc.perform(get(queue()).with(facilitator.signedIn()))
			.andExpect(content().string(containsString("id=\"queue-empty\"")));
	}

	@Test
	void aRevisionNeedsFeedbackWhichTheLearnerThenReads() throws Exception {
		mvc.perform(post(review(submission)).with(csrf()).with(facilitator.signedIn()).param("decision", "revise")
			.param("feedback", "  "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("feedback is required when you ask for a revision")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		mvc.perform(post(review(submission)).with(csrf()).with(facilitator.signedIn()).param("decision", "revise")
			.param("feedback", "x".repeat(4001)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Keep the feedback to 4000 characters.")))
			.andExpect(content().string(containsString("x".repeat(4001) + "</textarea>")));
		assertThat(statusOf(submission)).as("nothing is half-written").isEqualTo("SUBMITTED");

		mvc.perform(post(review(submission)).with(csrf()).with(facilitator.signedIn()).param("decision", "revise")
			.param("feedback", "Name who holds it today,\nand add a date."))
			.andExpect(redirectedUrl(queue()));

		assertThat(statusOf(submission)).isEqualTo("REVISION_REQUESTED");
		assertThat(events.stream(LessonCompleted.class)).isEmpty();
		assertThat(events.stream(ExerciseReviewed.class)).singleElement()
			.satisfies(e -> assertThat(e.accepted()).isFalse());
		await().atMost(Duration.ofSeconds(10)).until(() -> notifications("learning.exercise.revision") == 1);
		mvc.perform(get("/learning/cohorts/" + cohort).with(learner.signedIn()))
			.andExpect(content().string(containsString("Revision requested")))
			.andExpect(content().string(containsString("<div class=\"text-pre mt-1\" dir=\"auto\">Name who holds it today,\nand add a date.</div>")));
	}

	@Test
	void aSubmissionIsReviewedOnce() throws Exception {
		mvc.perform(post(review(submission)).with(csrf()).with(as(Personas.MANAGER)).param("decision", "accept"))
			.andExpect(redirectedUrl(queue()));

		mvc.perform(post(review(submission)).with(csrf()).with(facilitator.signedIn()).param("decision", "revise")
			.param("feedback", "Too late"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("This submission has already been reviewed.")));
		assertThat(statusOf(submission)).isEqualTo("ACCEPTED");
		assertThat(events.stream(LessonCompleted.class)).hasSize(1);
	}

	@Test
	void onlyTheCohortsFacilitatorsAndManagersReview() throws Exception {
		for (var who : new RequestPostProcessor[] { as(Personas.LEADER), as(Personas.EMPLOYEE), as(Personas.GUEST),
				learner.signedIn() }) {
			mvc.perform(post(review(submission)).with(csrf()).with(who).param("decision", "accept"))
				.andExpect(status().isForbidden());
		}
		mvc.perform(post(review(999_999_999)).with(csrf()).with(as(Personas.MANAGER)).param("decision", "accept"))
			.andExpect(status().isNotFound());
		assertThat(statusOf(submission)).isEqualTo("SUBMITTED");
		mvc.perform(get("/learning/cohorts/" + cohort).with(facilitator.signedIn()))
			.andExpect(content().string(containsString("Exercises to review (1)")))
			.andExpect(content().string(not(containsString("id=\"facilitator-form\""))));
	}

	private long submit(long enrolment, String text, String fileName) {
		jdbc.sql("""
				insert into learning_submission (enrolment_id, exercise_id, text_answer, file_name, file_type, file_data,
				                                 submitted_at, status)
				values (:e, :x, :text, :file, 'application/pdf', :data, current_timestamp, 'SUBMITTED')""")
			.param("e", enrolment)
			.param("x", course.exercise())
			.param("text", text)
			.param("file", fileName)
			.param("data", new byte[] { 1, 2, 3 })
			.update();
		return jdbc.sql("select max(id) from learning_submission").query(Long.class).single();
	}

	private String statusOf(long id) {
		return jdbc.sql("select status from learning_submission where id = :id").param("id", id).query(String.class)
			.single();
	}

	private long notifications(String kind) {
		return jdbc.sql("""
				select count(*) from notifications_notification where person_id = :p and kind = :kind and link = :link""")
			.param("p", learner.id())
			.param("kind", kind)
			.param("link", "/learning/lessons/" + course.exerciseLesson() + "#exercise")
			.query(Long.class)
			.single();
	}

	private String queue() {
		return "/learning/cohorts/" + cohort + "/reviews";
	}

	private static String review(long submission) {
		return "/learning/submissions/" + submission + "/review";
	}

	private RequestPostProcessor as(String email) {
		return Personas.as(users, email);
	}
}
