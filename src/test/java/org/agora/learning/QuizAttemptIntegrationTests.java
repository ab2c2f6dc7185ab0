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
import org.springframework.test.web.servlet.ResultActions;

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

/**
 * Quiz attempts are graded on the server, within the attempt limit, until passed; an attempt that does not fit
 * the quiz records nothing. The fixture quiz has a pass mark of 50 % and two attempts.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class QuizAttemptIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	LearningFixtures.TestCourse course;

	LearnerAccounts.Learner learner;

	long cohort;

	long enrolment;

	@BeforeEach
	void aLearnerInARunningCohort() {
		var fixtures = new LearningFixtures(jdbc);
		course = fixtures.course();
		learner = new LearnerAccounts(jdbc).leader();
		cohort = fixtures.cohort(course.courseId(), CohortStatus.RUNNING);
		enrolment = fixtures.enrol(cohort, learner.id());
	}

	@Test
	void aFailedAttemptIsGradedPerQuestionWithoutGivingAwayTheAnswers() throws Exception {
		mvc.perform(post("/learning/quizzes/" + course.quiz() + "/attempts").with(csrf()).with(learner.signedIn())
			.param("answer." + course.question1(), String.valueOf(course.q1Wrong()))
			.param("answer." + course.question2(), String.valueOf(course.q2RightA())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/learning/lessons/" + course.quizLesson() + "#quiz-result"));

		assertThat(jdbc.sql("select score_percent from learning_attempt where enrolment_id = :e").param("e", enrolment)
			.query(Integer.class).single()).isZero();
		mvc.perform(get("/learning/lessons/" + course.quizLesson()).with(learner.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Score: 0%")))
			.andExpect(content().string(containsString("Not passed")))
			.andExpect(content().string(containsString("You have one attempt left.")))
			.andExpect(content().string(containsString("Wrong")))
			.andExpect(content().string(not(containsString("class=\"correct-option\""))))
			.andExpect(content().string(containsString("id=\"quiz-form\"")));
		assertThat(events.stream(LessonCompleted.class)).isEmpty();
	}

	@Test
	void aPassingAttemptCompletesTheLessonAndFurtherAttemptsAreRefused() throws Exception {
		attempt("{\"" + course.question1() + "\": [" + course.q1Right() + "], \"" + course.question2() + "\": ["
				+ course.q2RightA() + ", " + course.q2RightB() + "]}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.attempt").value(1))
			.andExpect(jsonPath("$.score").value(100))
			.andExpect(jsonPath("$.passed").value(true))
			.andExpect(jsonPath("$.attemptsLeft").value(0))
			.andExpect(jsonPath("$.questions[0].right").value(true));
		assertThat(events.stream(LessonCompleted.class))
			.containsExactly(new LessonCompleted(learner.id(), course.quizLesson(), cohort));

		attempt("{\"" + course.question1() + "\": [" + course.q1Right() + "]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("quiz"))
			.andExpect(jsonPath("$.errors[0].message").value("You have already passed this quiz."));
		assertThat(attempts()).isEqualTo(1);
		mvc.perform(get("/learning/lessons/" + course.quizLesson()).with(learner.signedIn()))
			.andExpect(content().string(containsString("You have passed this quiz.")))
			.andExpect(content().string(containsString("class=\"correct-option\"")))
			.andExpect(content().string(not(containsString("id=\"quiz-form\""))));
	}

	@Test
	void noMoreAttemptsThanTheQuizAllows() throws Exception {
		String wrong = "{\"" + course.question1() + "\": [" + course.q1Wrong() + "]}";
		attempt(wrong).andExpect(status().isCreated()).andExpect(jsonPath("$.attemptsLeft").value(1));
		attempt(wrong).andExpect(status().isCreated()).andExpect(jsonPath("$.attemptsLeft").value(0));

		attempt(wrong).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("You have used all 2 attempts at this quiz."));
		assertThat(attempts()).isEqualTo(2);
		mvc.perform(get("/learning/lessons/" + course.quizLesson()).with(learner.signedIn()))
			.andExpect(content().string(containsString("You have no attempts left.")))
			.andExpect(content().string(containsString("class=\"correct-option\"")))
			.andExpect(content().string(not(containsString("id=\"quiz-form\""))));
	}

	@Test
	void anOptionOfAnotherQuestionIsRefusedAndNothingIsRecorded() throws Exception {
		attempt("{\"" + course.question1() + "\": [" + course.q2RightA() + "]}")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("answers." + course.question1()))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("is not an answer to question")));

		mvc.perform(post("/learning/quizzes/" + course.quiz() + "/attempts").with(csrf()).with(learner.signedIn())
			.param("answer." + course.question1(), String.valueOf(course.q1Right()), String.valueOf(course.q1Wrong()))
			.param("answer." + course.question2(), String.valueOf(course.q2RightB())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This question takes one answer only.")))
			.andExpect(content().string(containsString("id=\"answers." + course.question1() + "-error\"")))
			.andExpect(content().string(containsString("value=\"" + course.q2RightB() + "\" checked")));

		assertThat(attempts()).isZero();
	}

	@Test
	void badlyFormedAnswersAreRefusedNamingTheField() throws Exception {
		attempt("{\"first\": [1]}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("answers.first"));
		attempt("{}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("answers"));
		attempt("{\"999999999\": [1]}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("answers.999999999"));
		assertThat(attempts()).isZero();
	}

	@Test
	void onlyLearnersOfAnOpenCohortAttempt() throws Exception {
		jdbc.sql("update learning_cohort set status = 'CLOSED' where id = :id").param("id", cohort).update();
		attempt("{\"" + course.question1() + "\": [" + course.q1Right() + "]}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("This cohort is closed."));

		var stranger = new LearnerAccounts(jdbc).leader();
		mvc.perform(post("/api/v1/quizzes/" + course.quiz() + "/attempts").with(csrf()).with(stranger.signedIn())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answers\": {}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("You are not enrolled in this course."));
		assertThat(attempts()).isZero();
	}

	private ResultActions attempt(String answers) throws Exception {
		return mvc.perform(post("/api/v1/quizzes/" + course.quiz() + "/attempts").with(csrf()).with(learner.signedIn())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answers\": " + answers + "}"));
	}

	private long attempts() {
		return jdbc.sql("select count(*) from learning_attempt where enrolment_id = :e").param("e", enrolment)
			.query(Long.class)
			.single();
	}
}
