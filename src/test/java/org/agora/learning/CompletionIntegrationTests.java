package org.agora.learning;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.agora.Personas;
import org.agora.platform.security.AccountUser;
import org.agora.platform.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * A course is completed when the last required lesson is done, whichever kind it is: the enrolment gets its
 * completion time and certificate code, and {@link CourseCompleted} is published, once.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class CompletionIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Completion completion;

	@Autowired
	ApplicationEvents events;

	LearningFixtures fixtures;

	LearningFixtures.TestCourse course;

	long cohort;

	long learner;

	long enrolment;

	@BeforeEach
	void enrolTheLeader() {
		fixtures = new LearningFixtures(jdbc);
		course = fixtures.course();
		cohort = fixtures.cohort(course.courseId(), CohortStatus.RUNNING);
		learner = Personas.user(users, Personas.LEADER).personId();
		enrolment = fixtures.enrol(cohort, learner);
	}

	@Test
	void theLastRequiredLessonCompletesTheCourseAndASecondEventChangesNothing() {
		read(jdbc, enrolment, course.reading());
		passQuiz(jdbc, enrolment, course.quiz());
		acceptExercise(jdbc, enrolment, course.exercise());
		lessonCompleted(course.exerciseLesson());

		assertThat(completedAt(enrolment)).as("a required reading lesson is still open").isNull();
		assertThat(events.stream(CourseCompleted.class)).isEmpty();

		read(jdbc, enrolment, course.reading2());
		lessonCompleted(course.reading2());

		assertThat(completedAt(enrolment)).as("the optional lesson is not needed").isNotNull();
		String code = certificateCode(enrolment);
		assertThat(code).matches("KLF-[0-9A-HJKMNP-TV-Z]{10}");
		assertThat(events.stream(CourseCompleted.class))
			.containsExactly(new CourseCompleted(learner, course.courseId(), cohort, code));

		lessonCompleted(course.reading2());
		lessonCompleted(course.reading());

		assertThat(certificateCode(enrolment)).isEqualTo(code);
		assertThat(events.stream(CourseCompleted.class)).hasSize(1);
		assertThat(jdbc.sql("select count(*) from event_publication where listener_id like :listener and completion_date is null")
			.param("listener", Completion.class.getName() + ".on(%")
			.query(Long.class)
			.single()).as("the publication registry saw every event handled").isZero();
	}

	@Test
	void aFailedQuizAttemptOrAnExerciseStillInReviewDoesNotCount() {
		read(jdbc, enrolment, course.reading());
		read(jdbc, enrolment, course.reading2());
		jdbc.sql("insert into learning_attempt (enrolment_id, quiz_id, attempt_no, score_percent, passed, answers, submitted_at)"
				+ " values (:e, :q, 1, 20, false, '', current_timestamp)")
			.param("e", enrolment).param("q", course.quiz()).update();
		jdbc.sql("insert into learning_submission (enrolment_id, exercise_id, text_answer, submitted_at, status)"
				+ " values (:e, :x, 'Draft', current_timestamp, 'SUBMITTED')")
			.param("e", enrolment).param("x", course.exercise()).update();

		lessonCompleted(course.reading2());

		assertThat(completedAt(enrolment)).isNull();
		assertThat(certificateCode(enrolment)).isNull();
		assertThat(events.stream(CourseCompleted.class)).isEmpty();
	}

	@Test
	void nothingIsCompletedWhenTheLessonsTransactionRollsBack() {
		finishEveryRequiredLesson(jdbc, course, enrolment);

		transactions.executeWithoutResult(status -> {
			publisher.publishEvent(new LessonCompleted(learner, course.reading2(), cohort));
			status.setRollbackOnly();
		});

		assertThat(completedAt(enrolment)).isNull();
		assertThat(events.stream(CourseCompleted.class)).isEmpty();
	}

	@Test
	void anEventPublishedOutsideATransactionIsHandledAtOnce() {
		finishEveryRequiredLesson(jdbc, course, enrolment);

		publisher.publishEvent(new LessonCompleted(learner, course.reading2(), cohort));

		assertThat(certificateCode(enrolment)).isNotNull();
		assertThat(events.stream(CourseCompleted.class)).hasSize(1);
	}

	@Test
	void anEnrolmentCanBeCheckedAgainDirectlyAndIsCompletedOnlyOnce() {
		assertThat(completion.check(enrolment)).isEmpty();

		finishEveryRequiredLesson(jdbc, course, enrolment);
		var code = completion.check(enrolment);

		assertThat(code).isPresent();
		assertThat(certificateCode(enrolment)).isEqualTo(code.get());
		assertThat(completion.check(enrolment)).isEmpty();
		assertThat(events.stream(CourseCompleted.class)).hasSize(1);
	}

	@Test
	void eachCertificateHasItsOwnCode() {
		finishEveryRequiredLesson(jdbc, course, enrolment);
		long other = fixtures.enrol(cohort, Personas.user(users, Personas.EMPLOYEE).personId());
		finishEveryRequiredLesson(jdbc, course, other);

		assertThat(completion.check(enrolment)).isPresent();
		assertThat(completion.check(other)).isPresent();

		assertThat(certificateCode(other)).isNotEqualTo(certificateCode(enrolment));
	}

	/** Records every required lesson of the fixtures' course as done: reading, a passed quiz, an accepted exercise. */
	static void finishEveryRequiredLesson(JdbcClient jdbc, LearningFixtures.TestCourse course, long enrolment) {
		read(jdbc, enrolment, course.reading());
		passQuiz(jdbc, enrolment, course.quiz());
		acceptExercise(jdbc, enrolment, course.exercise());
		read(jdbc, enrolment, course.reading2());
	}

	/** A new person, with an email no other test uses, and their account as a signed-in principal. */
	static AccountUser person(JdbcClient jdbc, String name, String locale, Role role) {
		String email = "learner-" + UUID.randomUUID() + "@agora.example";
		var key = new GeneratedKeyHolder();
		jdbc.sql("insert into people_person (email, full_name, locale, active, created_at) values (:email, :name, :locale, true, :now)")
			.param("email", email)
			.param("name", name)
			.param("locale", locale)
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		long id = key.getKeyAs(Long.class);
		jdbc.sql("insert into people_person_role (person_id, role) values (:id, :role)").param("id", id)
			.param("role", role.name())
			.update();
		return new AccountUser(id, email, name, Set.of(role), "", true);
	}

	static RequestPostProcessor signedIn(AccountUser user) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private void lessonCompleted(long lessonId) {
		transactions.executeWithoutResult(status -> publisher.publishEvent(new LessonCompleted(learner, lessonId, cohort)));
	}

	static void read(JdbcClient jdbc, long enrolment, long lesson) {
		jdbc.sql("insert into learning_completion (enrolment_id, lesson_id, completed_at) values (:e, :l, current_timestamp)")
			.param("e", enrolment).param("l", lesson).update();
	}

	static void passQuiz(JdbcClient jdbc, long enrolment, long quiz) {
		jdbc.sql("insert into learning_attempt (enrolment_id, quiz_id, attempt_no, score_percent, passed, answers, submitted_at)"
				+ " values (:e, :q, 2, 100, true, '', current_timestamp)")
			.param("e", enrolment).param("q", quiz).update();
	}

	static void acceptExercise(JdbcClient jdbc, long enrolment, long exercise) {
		jdbc.sql("insert into learning_submission (enrolment_id, exercise_id, text_answer, submitted_at, status)"
				+ " values (:e, :x, 'My map', current_timestamp, 'ACCEPTED')")
			.param("e", enrolment).param("x", exercise).update();
	}

	private Object completedAt(long enrolment) {
		return jdbc.sql("select completed_at from learning_enrolment where id = :id").param("id", enrolment)
			.query((rs, n) -> rs.getTimestamp(1))
			.list()
			.get(0);
	}

	private String certificateCode(long enrolment) {
		return jdbc.sql("select certificate_code from learning_enrolment where id = :id").param("id", enrolment)
			.query((rs, n) -> rs.getString(1))
			.list()
			.get(0);
	}
}
