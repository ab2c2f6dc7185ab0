package org.agora.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.agora.learning.edit.EditorForms.OptionForm;
import org.agora.learning.edit.EditorForms.QuestionForm;
import org.agora.learning.edit.EditorForms.QuizForm;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.agora.learning.EditorTexts.number;
import static org.agora.learning.EditorTexts.required;

/**
 * Community managers write a quiz: its pass mark, how many attempts it allows, and its questions. A question is
 * saved together with its options and only in a state a learner can answer: two options or more, exactly one
 * correct for single choice, at least one for multiple choice. Past attempts store their own score and answers,
 * so editing never changes them.
 */
@Service
class QuizEditor {

	/** An option as it will be saved; id is null for a new one. */
	record Option(Long id, String textEn, String textHe, boolean correct) {
	}

	/** A question as it will be saved, with the existing options it drops. */
	record Question(String textEn, String textHe, boolean multiple, List<Option> options, List<Long> removed) {
	}

	private final JdbcClient jdbc;

	private final EditorCourses courses;

	private final EditorPositions positions;

	QuizEditor(JdbcClient jdbc, EditorCourses courses, EditorPositions positions) {
		this.jdbc = jdbc;
		this.courses = courses;
		this.positions = positions;
	}

	@Transactional
	void saveSettings(AgoraPrincipal viewer, long quizId, QuizForm form) {
		courses.requireEditor(viewer);
		long courseId = courses.ofQuiz(quizId);
		int pass = number(form.passPercent(), 1, 100, "passPercent", "editor.error.passPercent",
				"The pass mark is a whole percentage from 1 to 100.");
		int attempts = number(form.maxAttempts(), 1, 10, "maxAttempts", "editor.error.maxAttempts",
				"Allow from 1 to 10 attempts.");
		jdbc.sql("update learning_quiz set pass_percent = :pass, max_attempts = :attempts where id = :id")
			.param("pass", pass)
			.param("attempts", attempts)
			.param("id", quizId)
			.update();
		courses.touch(courseId);
	}

	@Transactional
	long addQuestion(AgoraPrincipal viewer, long quizId, QuestionForm form) {
		courses.requireEditor(viewer);
		long courseId = courses.ofQuiz(quizId);
		var question = checked(form, Set.of());
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into learning_question (quiz_id, position, text_en, text_he, multiple) values (:quiz, :position, :en, :he, :multiple)")
			.param("quiz", quizId)
			.param("position", positions.next(EditorPositions.Siblings.QUESTIONS, quizId))
			.param("en", question.textEn())
			.param("he", question.textHe())
			.param("multiple", question.multiple())
			.update(keys, "id");
		long questionId = keys.getKey().longValue();
		saveOptions(questionId, question);
		courses.touch(courseId);
		return questionId;
	}

	/**
	 * Saves the question and its options: changed, added and removed in one go. Options that past attempts chose
	 * may be removed; those attempts keep their score.
	 *
	 * @return the question's quiz
	 */
	@Transactional
	long updateQuestion(AgoraPrincipal viewer, long questionId, QuestionForm form) {
		courses.requireEditor(viewer);
		long quizId = quizOf(questionId);
		long courseId = courses.ofQuiz(quizId);
		var existing = Set.copyOf(jdbc.sql("select id from learning_option where question_id = :id").param("id", questionId)
			.query(Long.class)
			.list());
		var question = checked(form, existing);
		jdbc.sql("update learning_question set text_en = :en, text_he = :he, multiple = :multiple where id = :id")
			.param("en", question.textEn())
			.param("he", question.textHe())
			.param("multiple", question.multiple())
			.param("id", questionId)
			.update();
		saveOptions(questionId, question);
		courses.touch(courseId);
		return quizId;
	}

	/** @return the question's quiz */
	@Transactional
	long moveQuestion(AgoraPrincipal viewer, long questionId, String direction) {
		courses.requireEditor(viewer);
		long quizId = quizOf(questionId);
		positions.move(EditorPositions.Siblings.QUESTIONS, questionId, direction);
		courses.touch(courses.ofQuiz(quizId));
		return quizId;
	}

	/** Removes the question and its options; past attempts keep their score. @return the question's quiz */
	@Transactional
	long removeQuestion(AgoraPrincipal viewer, long questionId) {
		courses.requireEditor(viewer);
		long quizId = quizOf(questionId);
		jdbc.sql("delete from learning_option where question_id = :id").param("id", questionId).update();
		jdbc.sql("delete from learning_question where id = :id").param("id", questionId).update();
		courses.touch(courses.ofQuiz(quizId));
		return quizId;
	}

	/**
	 * The question as it will be saved, or the first rule it breaks. Row errors name the row ("option-2"), so the
	 * form marks it; blank new rows are left out.
	 */
	static Question checked(QuestionForm form, Set<Long> existingOptions) {
		String en = required(form.textEn(), 1000, "textEn", "editor.error.questionEn",
				"Write the question in English, up to 1,000 characters.");
		String he = required(form.textHe(), 1000, "textHe", "editor.error.questionHe",
				"Write the question in Hebrew, up to 1,000 characters.");
		var options = new ArrayList<Option>();
		var removed = new ArrayList<Long>();
		var rows = form.rows();
		var seen = new java.util.HashSet<Long>();
		if (rows.stream().map(OptionForm::id).filter(java.util.Objects::nonNull).anyMatch(id -> !seen.add(id))) {
			throw new InvalidInputException("options", "editor.error.optionUnknown",
					"One of the options no longer belongs to this question; load the page again.");
		}
		for (int i = 0; i < rows.size(); i++) {
			OptionForm row = rows.get(i);
			if (row.id() != null && !existingOptions.contains(row.id())) {
				throw new InvalidInputException("options", "editor.error.optionUnknown",
						"One of the options no longer belongs to this question; load the page again.");
			}
			if (row.id() != null && row.isRemoved()) {
				removed.add(row.id());
				continue;
			}
			if (row.id() == null && row.isBlank()) {
				continue;
			}
			String field = "option-" + i;
			options.add(new Option(row.id(),
					required(row.textEn(), 500, field, "editor.error.optionText", "Write the option in English and in Hebrew, up to 500 characters each."),
					required(row.textHe(), 500, field, "editor.error.optionText", "Write the option in English and in Hebrew, up to 500 characters each."),
					row.isCorrect()));
		}
		if (options.size() < 2) {
			throw new InvalidInputException("options", "editor.error.optionsCount", "A question needs at least two options.");
		}
		long correct = options.stream().filter(Option::correct).count();
		if (!form.isMultiple() && correct != 1) {
			throw new InvalidInputException("options", "editor.error.singleCorrect",
					"A single-choice question has exactly one correct option.");
		}
		if (form.isMultiple() && correct < 1) {
			throw new InvalidInputException("options", "editor.error.multipleCorrect",
					"A multiple-choice question has at least one correct option.");
		}
		return new Question(en, he, form.isMultiple(), List.copyOf(options), List.copyOf(removed));
	}

	/** Removes the dropped options and saves the others in the order given. */
	private void saveOptions(long questionId, Question question) {
		for (long id : question.removed()) {
			jdbc.sql("delete from learning_option where id = :id and question_id = :question")
				.param("id", id)
				.param("question", questionId)
				.update();
		}
		int position = 1;
		for (Option option : question.options()) {
			var statement = option.id() == null
					? jdbc.sql("""
							insert into learning_option (question_id, position, text_en, text_he, correct)
							values (:question, :position, :en, :he, :correct)""")
					: jdbc.sql("""
							update learning_option set position = :position, text_en = :en, text_he = :he, correct = :correct
							where id = :id and question_id = :question""").param("id", option.id());
			statement.param("question", questionId)
				.param("position", position++)
				.param("en", option.textEn())
				.param("he", option.textHe())
				.param("correct", option.correct())
				.update();
		}
	}

	private long quizOf(long questionId) {
		return jdbc.sql("select quiz_id from learning_question where id = :id")
			.param("id", questionId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("Question"));
	}
}
