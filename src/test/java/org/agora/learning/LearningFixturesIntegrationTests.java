package org.agora.learning;

import org.agora.Personas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog reads a course in order, and progress counts reading, passed quizzes and accepted exercises. */
@SpringBootTest
@AutoConfigureMockMvc
class LearningFixturesIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Catalog catalog;

	@Autowired
	Progress progress;

	@Autowired
	UserDetailsService users;

	@Test
	void aCourseIsReadInOrderAndProgressCountsEveryKindOfLesson() {
		var fixtures = new LearningFixtures(jdbc);
		var course = fixtures.course();
		long cohort = fixtures.cohort(course.courseId(), CohortStatus.RUNNING);
		long enrolment = fixtures.enrol(cohort, Personas.user(users, Personas.LEADER).personId());

		var read = catalog.course(course.courseId()).orElseThrow();
		assertThat(read.modules()).hasSize(2);
		assertThat(read.lessons()).extracting(Catalog.Lesson::id)
			.containsExactly(course.reading(), course.quizLesson(), course.exerciseLesson(), course.reading2(),
					course.optionalReading());
		assertThat(read.lesson(course.quizLesson()).orElseThrow().quizId()).isEqualTo(course.quiz());

		jdbc.sql("insert into learning_completion (enrolment_id, lesson_id, completed_at) values (:e, :l, current_timestamp)")
			.param("e", enrolment).param("l", course.reading()).update();
		jdbc.sql("insert into learning_attempt (enrolment_id, quiz_id, attempt_no, score_percent, passed, answers, submitted_at)"
				+ " values (:e, :q, 1, 100, true, '', current_timestamp)")
			.param("e", enrolment).param("q", course.quiz()).update();
		assertThat(Progress.complete(read, progress.doneLessons(enrolment))).isFalse();

		jdbc.sql("insert into learning_submission (enrolment_id, exercise_id, text_answer, submitted_at, status)"
				+ " values (:e, :x, 'My map', current_timestamp, 'ACCEPTED')")
			.param("e", enrolment).param("x", course.exercise()).update();
		jdbc.sql("insert into learning_completion (enrolment_id, lesson_id, completed_at) values (:e, :l, current_timestamp)")
			.param("e", enrolment).param("l", course.reading2()).update();

		var done = progress.doneLessons(enrolment);
		assertThat(done).containsExactlyInAnyOrder(course.reading(), course.quizLesson(), course.exerciseLesson(),
				course.reading2());
		assertThat(Progress.complete(read, done)).as("the optional lesson is not needed").isTrue();
		assertThat(Progress.next(read, done).id()).isEqualTo(course.optionalReading());
	}

	@Test
	void aQuizStillWithoutQuestionsHoldsNobodyBack() {
		var course = new LearningFixtures(jdbc).course();
		jdbc.sql("delete from learning_option where question_id in (select id from learning_question where quiz_id = :q)")
			.param("q", course.quiz()).update();
		jdbc.sql("delete from learning_question where quiz_id = :q").param("q", course.quiz()).update();

		var read = catalog.course(course.courseId()).orElseThrow();

		assertThat(read.lesson(course.quizLesson()).orElseThrow().required()).isFalse();
		assertThat(read.lesson(course.reading()).orElseThrow().required()).isTrue();
	}
}
