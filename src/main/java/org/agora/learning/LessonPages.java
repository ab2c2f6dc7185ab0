package org.agora.learning;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A lesson as its page shows it to the viewer: content, their standing in the course, and what they may do. */
@Component
@Transactional(readOnly = true)
class LessonPages {

	/** The viewer's relation to the lesson's course. */
	enum Standing {

		/** Reading the course as a reference; nothing is recorded. */
		NOT_ENROLLED,

		/** Enrolled in an open cohort: may mark done, attempt and submit. */
		ENROLLED,

		/** Enrolled in a cohort that is closed: their record stays, nothing more is taken. */
		CLOSED
	}

	/**
	 * @param attemptsLeft attempts the viewer may still make, 0 once passed
	 * @param marks per question, whether the latest attempt answered it right
	 */
	record QuizState(Quizzes.Quiz quiz, List<Quizzes.Attempt> attempts, boolean passed, int attemptsLeft,
			Map<Long, Boolean> marks) {

		Quizzes.Attempt latest() {
			return attempts.isEmpty() ? null : attempts.get(attempts.size() - 1);
		}

		/** The correct options are shown only once they can no longer help with an attempt. */
		boolean revealAnswers() {
			return passed || attemptsLeft == 0;
		}
	}

	record ExerciseState(Exercises.Exercise exercise, List<Exercises.Submission> history, boolean maySubmit) {
	}

	/**
	 * @param quiz the quiz and the viewer's attempts, for a quiz lesson
	 * @param exercise the exercise and the viewer's submissions, for an exercise lesson
	 */
	record View(Lessons.InCourse at, List<Lessons.Link> links, List<Lessons.Attachment> attachments, Standing standing,
			boolean done, QuizState quiz, ExerciseState exercise) {

		Catalog.Lesson lesson() {
			return at.lesson();
		}

		boolean mayAct() {
			return standing == Standing.ENROLLED;
		}
	}

	private final Lessons lessons;

	private final Enrolments enrolments;

	private final Progress progress;

	private final Quizzes quizzes;

	private final Exercises exercises;

	LessonPages(Lessons lessons, Enrolments enrolments, Progress progress, Quizzes quizzes, Exercises exercises) {
		this.lessons = lessons;
		this.enrolments = enrolments;
		this.progress = progress;
		this.quizzes = quizzes;
		this.exercises = exercises;
	}

	View view(AgoraPrincipal viewer, long lessonId) {
		var at = lessons.load(viewer, lessonId);
		var lesson = at.lesson();
		var enrolment = enrolments.of(viewer.personId(), at.course().id()).orElse(null);
		var standing = enrolment == null ? Standing.NOT_ENROLLED : enrolment.open() ? Standing.ENROLLED : Standing.CLOSED;
		Set<Long> done = enrolment == null ? Set.of() : progress.doneLessons(enrolment.id());
		QuizState quiz = null;
		if (lesson.quizId() != null) {
			var content = quizzes.find(lesson.quizId()).orElseThrow();
			var attempts = enrolment == null ? List.<Quizzes.Attempt>of() : quizzes.attempts(enrolment.id(), content.id());
			boolean passed = attempts.stream().anyMatch(Quizzes.Attempt::passed);
			int left = passed ? 0 : Math.max(0, content.maxAttempts() - attempts.size());
			quiz = new QuizState(content, attempts, passed, left,
					attempts.isEmpty() ? Map.of() : QuizGrading.marks(content, attempts.get(attempts.size() - 1).answers()));
		}
		ExerciseState exercise = null;
		if (lesson.exerciseId() != null) {
			var content = exercises.find(lesson.exerciseId()).orElseThrow();
			var history = enrolment == null ? List.<Exercises.Submission>of() : exercises.history(enrolment.id(), content.id());
			exercise = new ExerciseState(content, history, Exercises.maySubmit(history));
		}
		return new View(at, lessons.links(lessonId), lessons.attachments(lessonId), standing,
				done.contains(lessonId), quiz, exercise);
	}
}
