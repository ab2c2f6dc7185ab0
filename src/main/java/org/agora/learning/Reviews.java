package org.agora.learning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facilitators review the exercises their cohort's learners submit: accept one, which completes its lesson, or ask
 * for a revision with feedback. Each submission is reviewed once; a revision comes back as a new submission.
 */
@Service
@Transactional(readOnly = true)
class Reviews {

	static final String SUBMITTED = "SUBMITTED";

	static final String ACCEPTED = "ACCEPTED";

	static final String REVISION_REQUESTED = "REVISION_REQUESTED";

	static final int FEEDBACK_MAX = 4000;

	/**
	 * A submission waiting for review.
	 *
	 * @param earlierFeedback the feedback on the learner's previous try at the exercise, if it was sent back
	 */
	record Pending(long id, long personId, String learner, long lessonId, Bilingual lessonTitle, String text,
			String fileName, Instant submittedAt, String earlierFeedback) {
	}

	/** A learner's own submission and what became of it. */
	record Outcome(long id, long lessonId, Bilingual lessonTitle, String status, Instant submittedAt,
			String feedback, Instant reviewedAt) {
	}

	/** @param decision {@code accept} or {@code revise} */
	record ReviewForm(String decision, String feedback) {

		boolean accept() {
			return "accept".equals(decision);
		}
	}

	private record Submission(long id, String status, long personId, long cohortId, long lessonId, Bilingual lessonTitle) {
	}

	private final JdbcClient jdbc;

	private final LearningPolicy policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Reviews(JdbcClient jdbc, LearningPolicy policy, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	/** The cohort's submissions waiting for review, the oldest first. */
	List<Pending> queue(long cohortId) {
		return jdbc.sql("""
				select s.id, e.person_id, p.full_name, l.id as lesson_id, l.title_en, l.title_he, s.text_answer, s.file_name,
				       s.submitted_at,
				       (select s2.feedback from learning_submission s2
				        where s2.enrolment_id = s.enrolment_id and s2.exercise_id = s.exercise_id and s2.id < s.id
				          and s2.status = 'REVISION_REQUESTED' order by s2.id desc limit 1) as earlier_feedback
				from learning_submission s
				join learning_enrolment e on e.id = s.enrolment_id
				join people_person p on p.id = e.person_id
				join learning_exercise x on x.id = s.exercise_id
				join learning_lesson l on l.id = x.lesson_id
				where e.cohort_id = :cohort and s.status = 'SUBMITTED'
				order by s.submitted_at, s.id""")
			.param("cohort", cohortId)
			.query((rs, n) -> new Pending(rs.getLong("id"), rs.getLong("person_id"), rs.getString("full_name"),
					rs.getLong("lesson_id"), title(rs), rs.getString("text_answer"), rs.getString("file_name"),
					rs.getTimestamp("submitted_at").toInstant(), rs.getString("earlier_feedback")))
			.list();
	}

	/** The learner's submissions in the enrolment, the latest first. */
	List<Outcome> of(long enrolmentId) {
		return jdbc.sql("""
				select s.id, l.id as lesson_id, l.title_en, l.title_he, s.status, s.submitted_at, s.feedback, s.reviewed_at
				from learning_submission s
				join learning_exercise x on x.id = s.exercise_id
				join learning_lesson l on l.id = x.lesson_id
				where s.enrolment_id = :enrolment order by s.submitted_at desc, s.id desc""")
			.param("enrolment", enrolmentId)
			.query((rs, n) -> new Outcome(rs.getLong("id"), rs.getLong("lesson_id"), title(rs), rs.getString("status"),
					rs.getTimestamp("submitted_at").toInstant(), rs.getString("feedback"),
					rs.getTimestamp("reviewed_at") == null ? null : rs.getTimestamp("reviewed_at").toInstant()))
			.list();
	}

	/** The cohort of the submission's learner. */
	Optional<Long> cohortOf(long submissionId) {
		return submission(submissionId).map(Submission::cohortId);
	}

	@Transactional
	void review(AgoraPrincipal viewer, long submissionId, ReviewForm form) {
		var submission = submission(submissionId).orElseThrow(() -> new NotFoundException("Submission"));
		if (!policy.mayFacilitate(viewer, submission.cohortId()) || submission.personId() == viewer.personId()) {
			throw new AccessDeniedException("Only the cohort's facilitators review its exercises, and not their own");
		}
		if (!"accept".equals(form.decision()) && !"revise".equals(form.decision())) {
			throw new InvalidInputException("decision", "reviews.error.decision", "Accept the exercise or ask for a revision.");
		}
		String feedback = form.feedback() == null ? "" : form.feedback().strip();
		if (!form.accept() && feedback.isEmpty()) {
			throw new InvalidInputException("feedback", "reviews.error.feedbackRequired",
					"Say what to revise: feedback is required when you ask for a revision.");
		}
		if (feedback.length() > FEEDBACK_MAX) {
			throw new InvalidInputException("feedback", "reviews.error.feedbackLength",
					"Keep the feedback to 4000 characters.");
		}
		if (!SUBMITTED.equals(submission.status()) || !decide(submissionId, form.accept(), feedback, viewer.personId())) {
			throw new InvalidInputException("decision", "reviews.error.alreadyReviewed",
					"This submission has already been reviewed.");
		}
		if (form.accept()) {
			events.publishEvent(new LessonCompleted(submission.personId(), submission.lessonId(), submission.cohortId()));
		}
		events.publishEvent(new ExerciseReviewed(submission.personId(), submissionId, submission.lessonId(),
				submission.cohortId(), form.accept(), submission.lessonTitle().in("en"), submission.lessonTitle().in("he"),
				viewer.personId()));
	}

	/** Records the decision unless someone else reviewed the submission first. */
	private boolean decide(long submissionId, boolean accept, String feedback, long reviewer) {
		return jdbc.sql("""
				update learning_submission set status = :status, feedback = :feedback, reviewed_by = :reviewer,
				       reviewed_at = :now
				where id = :id and status = 'SUBMITTED'""")
			.param("status", accept ? ACCEPTED : REVISION_REQUESTED)
			.param("feedback", new SqlParameterValue(Types.VARCHAR, feedback.isEmpty() ? null : feedback))
			.param("reviewer", reviewer)
			.param("now", Timestamp.from(clock.instant()))
			.param("id", submissionId)
			.update() == 1;
	}

	private Optional<Submission> submission(long submissionId) {
		return jdbc.sql("""
				select s.id, s.status, e.person_id, e.cohort_id, l.id as lesson_id, l.title_en, l.title_he
				from learning_submission s
				join learning_enrolment e on e.id = s.enrolment_id
				join learning_exercise x on x.id = s.exercise_id
				join learning_lesson l on l.id = x.lesson_id
				where s.id = :id""")
			.param("id", submissionId)
			.query((rs, n) -> new Submission(rs.getLong("id"), rs.getString("status"), rs.getLong("person_id"),
					rs.getLong("cohort_id"), rs.getLong("lesson_id"), title(rs)))
			.optional();
	}

	private static Bilingual title(ResultSet rs) throws SQLException {
		return new Bilingual(rs.getString("title_en"), rs.getString("title_he"));
	}
}
