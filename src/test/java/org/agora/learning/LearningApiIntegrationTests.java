package org.agora.learning;

import org.agora.Personas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The learner's JSON API: the same data and the same checks as the pages, errors as problem details. */
@SpringBootTest
@AutoConfigureMockMvc
class LearningApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	LearningFixtures fixtures;

	LearningFixtures.TestCourse course;

	LearnerAccounts.Learner learner;

	long cohort;

	@BeforeEach
	void aLearnerInARunningCohort() {
		fixtures = new LearningFixtures(jdbc);
		course = fixtures.course();
		learner = new LearnerAccounts(jdbc).leader();
		cohort = fixtures.cohort(course.courseId(), CohortStatus.RUNNING);
		fixtures.enrol(cohort, learner.id());
	}

	@Test
	void coursesAreListedForReadersOnly() throws Exception {
		mvc.perform(get("/api/v1/courses").with(learner.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + course.courseId() + ")].enrolled").value(hasItem(true)))
			.andExpect(jsonPath("$[?(@.id == " + course.courseId() + ")].title.he").value(hasItem("קורס בדיקה")));
		mvc.perform(get("/api/v1/courses").with(Personas.as(users, Personas.LEADER)))
			.andExpect(jsonPath("$[?(@.id == " + course.courseId() + ")].enrolled").value(hasItem(false)));
		mvc.perform(get("/api/v1/courses").with(Personas.as(users, Personas.EMPLOYEE)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void aCourseGivesItsModulesLessonsAndTheViewersDoneFlags() throws Exception {
		mvc.perform(post("/api/v1/lessons/" + course.reading() + "/completion").with(csrf()).with(learner.signedIn()))
			.andExpect(status().isNoContent());

		mvc.perform(get("/api/v1/courses/" + course.courseId()).with(learner.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enrolment.cohortId").value(cohort))
			.andExpect(jsonPath("$.enrolment.percent").value(25))
			.andExpect(jsonPath("$.modules", hasSize(2)))
			.andExpect(jsonPath("$.modules[0].done").value(1))
			.andExpect(jsonPath("$.modules[0].required").value(3))
			.andExpect(jsonPath("$.modules[0].lessons[0].id").value(course.reading()))
			.andExpect(jsonPath("$.modules[0].lessons[0].kind").value("READING"))
			.andExpect(jsonPath("$.modules[0].lessons[0].done").value(true))
			.andExpect(jsonPath("$.modules[0].lessons[1].kind").value("QUIZ"))
			.andExpect(jsonPath("$.modules[0].lessons[1].quizId").value(course.quiz()))
			.andExpect(jsonPath("$.modules[0].lessons[1].done").value(false))
			.andExpect(jsonPath("$.modules[1].lessons[1].required").value(false));

		mvc.perform(get("/api/v1/courses/" + course.courseId()).with(Personas.as(users, Personas.EMPLOYEE)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/courses/999999999").with(learner.signedIn()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void myLearningGivesEachEnrolmentWithItsProgressAndNextLesson() throws Exception {
		mvc.perform(post("/api/v1/lessons/" + course.reading() + "/completion").with(csrf()).with(learner.signedIn()))
			.andExpect(status().isNoContent());

		mvc.perform(get("/api/v1/me/learning").with(learner.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].courseId").value(course.courseId()))
			.andExpect(jsonPath("$[0].cohortName").value("Test cohort"))
			.andExpect(jsonPath("$[0].cohortStatus").value("RUNNING"))
			.andExpect(jsonPath("$[0].percent").value(25))
			.andExpect(jsonPath("$[0].complete").value(false))
			.andExpect(jsonPath("$[0].nextLesson.id").value(course.quizLesson()))
			.andExpect(jsonPath("$[0].nextLesson.title.en").value("Check yourself"));
		mvc.perform(get("/api/v1/me/learning").with(Personas.as(users, Personas.EMPLOYEE)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void anAttemptIsCreatedAndBadInputIsAProblemNamingTheField() throws Exception {
		mvc.perform(post("/api/v1/quizzes/" + course.quiz() + "/attempts").with(csrf()).with(learner.signedIn())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answers\": {\"" + course.question1() + "\": [" + course.q1Right() + ", " + course.q1Wrong() + "]}}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Invalid input"))
			.andExpect(jsonPath("$.errors[0].field").value("answers." + course.question1()))
			.andExpect(jsonPath("$.errors[0].message").value("Question " + course.question1() + " takes one answer only."));

		mvc.perform(post("/api/v1/quizzes/" + course.quiz() + "/attempts").with(csrf()).with(learner.signedIn())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answers\": {\"" + course.question1() + "\": [" + course.q1Right() + "], \"" + course.question2()
					+ "\": [" + course.q2Wrong() + "]}}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.score").value(50))
			.andExpect(jsonPath("$.passed").value(true))
			.andExpect(jsonPath("$.passPercent").value(50))
			.andExpect(jsonPath("$.attemptsLeft").value(0))
			.andExpect(jsonPath("$.questions[1].questionId").value(course.question2()))
			.andExpect(jsonPath("$.questions[1].right").value(false));

		mvc.perform(post("/api/v1/quizzes/999999999/attempts").with(csrf()).with(learner.signedIn())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answers\": {}}"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/quizzes/" + course.quiz() + "/attempts").with(csrf())
			.with(Personas.as(users, Personas.EMPLOYEE))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answers\": {}}"))
			.andExpect(status().isForbidden());
	}
}
