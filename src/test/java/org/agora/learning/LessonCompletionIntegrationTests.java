package org.agora.learning;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
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

/** Marking a reading lesson done: once for good, and only for learners of an open cohort. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class LessonCompletionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	LearningFixtures fixtures;

	LearningFixtures.TestCourse course;

	LearnerAccounts.Learner learner;

	@BeforeEach
	void aCourseAndALeader() {
		fixtures = new LearningFixtures(jdbc);
		course = fixtures.course();
		learner = new LearnerAccounts(jdbc).leader();
	}

	@Test
	void markingALessonDoneTwiceRecordsItOnceAndTellsOtherModulesOnce() throws Exception {
		long cohort = fixtures.cohort(course.courseId(), CohortStatus.RUNNING);
		long enrolment = fixtures.enrol(cohort, learner.id());

		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/learning/lessons/" + course.reading() + "/completion").with(csrf()).with(learner.signedIn()))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/learning/lessons/" + course.reading()));
		}
		mvc.perform(post("/api/v1/lessons/" + course.reading() + "/completion").with(csrf()).with(learner.signedIn()))
			.andExpect(status().isNoContent());

		assertThat(completions(enrolment)).isEqualTo(1);
		assertThat(events.stream(LessonCompleted.class))
			.containsExactly(new LessonCompleted(learner.id(), course.reading(), cohort));
		mvc.perform(get("/learning/lessons/" + course.reading()).with(learner.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"lesson-done\"")))
			.andExpect(content().string(not(containsString("id=\"mark-done\""))));
	}

	@Test
	void aLeaderWhoIsNotEnrolledIsToldSoAndNothingIsRecorded() throws Exception {
		mvc.perform(post("/learning/lessons/" + course.reading() + "/completion").with(csrf()).with(learner.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You are not enrolled in this course.")));
		mvc.perform(post("/api/v1/lessons/" + course.reading() + "/completion").with(csrf()).with(learner.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("enrolment"))
			.andExpect(jsonPath("$.errors[0].message").value("You are not enrolled in this course."));

		assertThat(jdbc.sql("select count(*) from learning_completion where lesson_id = :lesson")
			.param("lesson", course.reading()).query(Long.class).single()).isZero();
		assertThat(events.stream(LessonCompleted.class)).isEmpty();
	}

	@Test
	void aLearnerOfAClosedCohortIsToldItIsClosed() throws Exception {
		long enrolment = fixtures.enrol(fixtures.cohort(course.courseId(), CohortStatus.CLOSED), learner.id());

		mvc.perform(post("/learning/lessons/" + course.reading() + "/completion").with(csrf()).with(learner.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This cohort is closed.")));
		mvc.perform(post("/api/v1/lessons/" + course.reading() + "/completion").with(csrf()).with(learner.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("This cohort is closed."));

		assertThat(completions(enrolment)).isZero();
	}

	@Test
	void aQuizOrExerciseLessonIsNotMarkedDoneByHand() throws Exception {
		long enrolment = fixtures.enrol(fixtures.cohort(course.courseId(), CohortStatus.RUNNING), learner.id());

		mvc.perform(post("/api/v1/lessons/" + course.quizLesson() + "/completion").with(csrf()).with(learner.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lesson"));

		assertThat(completions(enrolment)).isZero();
	}

	@Test
	void peopleOutsideTheProgrammeMayNotAndMissingLessonsAreNotFound() throws Exception {
		var employee = new LearnerAccounts(jdbc).employee();
		mvc.perform(post("/api/v1/lessons/" + course.reading() + "/completion").with(csrf()).with(employee.signedIn()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/lessons/999999999/completion").with(csrf()).with(learner.signedIn()))
			.andExpect(status().isNotFound());
	}

	private long completions(long enrolment) {
		return jdbc.sql("select count(*) from learning_completion where enrolment_id = :e").param("e", enrolment)
			.query(Long.class)
			.single();
	}
}
