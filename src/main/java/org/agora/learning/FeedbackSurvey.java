package org.agora.learning;

import static org.agora.platform.Text.blankToNull;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The course feedback survey: once the course is completed, a learner rates each module from 1 to 5 and may say
 * what helped and what they would change, once per enrolment.
 */
@Component
class FeedbackSurvey {

	static final int MAX_TEXT = 2000;

	/** What each error says in the API, which answers in English. */
	private static final Map<String, String> PROBLEMS = Map.of("completion.feedback.rating.required",
			"choose a rating from 1 to 5 for every module", "completion.feedback.rating.range",
			"a rating is a whole number from 1 to 5", "completion.feedback.text.tooLong",
			"write at most " + MAX_TEXT + " characters");

	/**
	 * What the learner answered.
	 *
	 * @param ratings rating by module id; a module left unrated has no entry
	 */
	record Answers(Map<Long, Integer> ratings, String helped, String toChange) {

		static Answers none() {
			return new Answers(Map.of(), "", "");
		}

		/** Every problem with the answers, by field, for the modules of the course as it is now. */
		FormErrors errors(Catalog.Course course) {
			var errors = FormErrors.none();
			for (var module : course.modules()) {
				Integer rating = ratings.get(module.id());
				if (rating == null) {
					errors.add(ratingField(module.id()), "completion.feedback.rating.required");
				}
				else if (rating < 1 || rating > 5) {
					errors.add(ratingField(module.id()), "completion.feedback.rating.range");
				}
			}
			if (helped != null && helped.length() > MAX_TEXT) {
				errors.add("helped", "completion.feedback.text.tooLong");
			}
			if (toChange != null && toChange.length() > MAX_TEXT) {
				errors.add("toChange", "completion.feedback.text.tooLong");
			}
			return errors;
		}
	}

	/** The feedback was given already for this enrolment. */
	static class AlreadyGiven extends RuntimeException {

		AlreadyGiven() {
			super("Feedback was given already for this enrolment");
		}
	}

	/** The course and the learner's completed enrolment in it, which the survey is about. */
	record Subject(Catalog.Course course, Enrolments.Enrolment enrolment) {
	}

	private final JdbcClient jdbc;

	private final Catalog catalog;

	private final Enrolments enrolments;

	private final LearningPolicy policy;

	private final Clock clock;

	FeedbackSurvey(JdbcClient jdbc, Catalog catalog, Enrolments enrolments, LearningPolicy policy, Clock clock) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.enrolments = enrolments;
		this.policy = policy;
		this.clock = clock;
	}

	static String ratingField(long moduleId) {
		return "rating-" + moduleId;
	}

	/**
	 * The survey the viewer may answer: the course must exist (else 404) and the viewer must have completed it
	 * (else 403).
	 */
	Subject subject(AgoraPrincipal viewer, long courseId) {
		var course = catalog.course(courseId).orElseThrow(() -> new NotFoundException("Course"));
		// the latest completed run: someone who takes the course again still answers about the run they finished
		var enrolment = viewer == null ? null
				: enrolments.ofPerson(viewer.personId())
					.stream()
					.filter(e -> e.courseId() == courseId && e.completedAt() != null)
					.findFirst()
					.orElse(null);
		if (!policy.mayRead(viewer) || enrolment == null) {
			throw new AccessDeniedException("Only learners who completed the course give feedback on it");
		}
		return new Subject(course, enrolment);
	}

	boolean given(long enrolmentId) {
		return jdbc.sql("select count(*) from learning_feedback where enrolment_id = :enrolment")
			.param("enrolment", enrolmentId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Records the answers, all or nothing.
	 *
	 * @throws InvalidInputException naming the first field in error
	 * @throws AlreadyGiven when the enrolment has feedback already
	 */
	@Transactional
	void submit(AgoraPrincipal viewer, long courseId, Answers answers) {
		var subject = subject(viewer, courseId);
		var errors = answers.errors(subject.course());
		if (errors.any()) {
			String field = subject.course().modules().stream()
				.map(m -> ratingField(m.id()))
				.filter(errors::has)
				.findFirst()
				.orElse(errors.has("helped") ? "helped" : "toChange");
			throw new InvalidInputException(field, errors.get(field), PROBLEMS.get(errors.get(field)));
		}
		long enrolmentId = subject.enrolment().id();
		if (given(enrolmentId)) {
			throw new AlreadyGiven();
		}
		var key = new GeneratedKeyHolder();
		try {
			jdbc.sql("""
					insert into learning_feedback (enrolment_id, helped, to_change, submitted_at)
					values (:enrolment, :helped, :toChange, :now)""")
				.param("enrolment", enrolmentId)
				.param("helped", blankToNull(answers.helped()))
				.param("toChange", blankToNull(answers.toChange()))
				.param("now", Timestamp.from(clock.instant()))
				.update(key, "id");
		}
		catch (DuplicateKeyException e) {
			// the same learner sent the form twice at once; the first one counts
			throw new AlreadyGiven();
		}
		long feedbackId = key.getKeyAs(Long.class);
		for (var module : subject.course().modules()) {
			jdbc.sql("insert into learning_feedback_rating (feedback_id, module_id, rating) values (:feedback, :module, :rating)")
				.param("feedback", feedbackId)
				.param("module", module.id())
				.param("rating", answers.ratings().get(module.id()))
				.update();
		}
	}
}
