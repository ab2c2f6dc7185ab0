package org.agora.learning;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Completes an enrolment once every required lesson of its course is done: stamps the completion time, issues a
 * certificate code and publishes {@link CourseCompleted}, exactly once per enrolment.
 */
@Component
class Completion {

	private final JdbcClient jdbc;

	private final Enrolments enrolments;

	private final Catalog catalog;

	private final Progress progress;

	private final CertificateCodes codes;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Completion(JdbcClient jdbc, Enrolments enrolments, Catalog catalog, Progress progress, CertificateCodes codes,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.enrolments = enrolments;
		this.catalog = catalog;
		this.progress = progress;
		this.codes = codes;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Runs right after the lesson's transaction commits, in a transaction of its own, on the same thread. Not
	 * inside the publishing transaction, because two lessons finished at the same moment (a reading marked done
	 * while a facilitator accepts an exercise) would each miss the other's uncommitted row, and the course would
	 * never be completed; after commit, the later of the two sees both. Not asynchronous either, so that the
	 * learner's next page already shows the certificate. The event publication registry keeps the event until this
	 * returns, so a failure here is retried when the application restarts, and {@link #check} is safe to repeat.
	 * An event published outside any transaction is handled at once.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(LessonCompleted event) {
		jdbc.sql("select id from learning_enrolment where cohort_id = :cohort and person_id = :person")
			.param("cohort", event.cohortId())
			.param("person", event.personId())
			.query(Long.class)
			.optional()
			.ifPresent(this::check);
	}

	/**
	 * A lesson archived, deleted or made optional may leave learners with everything required done; they are
	 * completed here, after the edit commits.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(CourseContentChanged event) {
		jdbc.sql("""
				select e.id from learning_enrolment e join learning_cohort c on c.id = e.cohort_id
				where c.course_id = :course and c.status <> 'CLOSED' and e.completed_at is null""")
			.param("course", event.courseId())
			.query(Long.class)
			.list()
			.forEach(this::check);
	}

	/**
	 * Completes the enrolment if its course is complete and it was not completed before.
	 *
	 * @return the new certificate code, or empty when nothing changed
	 */
	@Transactional
	Optional<String> check(long enrolmentId) {
		var enrolment = enrolments.find(enrolmentId).orElse(null);
		if (enrolment == null || enrolment.completedAt() != null) {
			return Optional.empty();
		}
		var course = catalog.course(enrolment.courseId()).orElse(null);
		if (course == null || course.lessons().isEmpty()
				|| !Progress.complete(course, progress.doneLessons(enrolmentId))) {
			return Optional.empty();
		}
		String code = codes.next();
		// the guard on completed_at makes a concurrent second check a no-op instead of a second certificate
		int updated = jdbc.sql("""
				update learning_enrolment set completed_at = :now, certificate_code = :code
				where id = :id and completed_at is null""")
			.param("now", Timestamp.from(clock.instant()))
			.param("code", code)
			.param("id", enrolmentId)
			.update();
		if (updated == 0) {
			return Optional.empty();
		}
		events.publishEvent(new CourseCompleted(enrolment.personId(), enrolment.courseId(), enrolment.cohortId(), code));
		return Optional.of(code);
	}
}
