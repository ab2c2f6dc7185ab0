package org.agora.learning;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.agora.platform.web.InvalidInputException;

/**
 * Grades a quiz attempt on the server. A question is right when the chosen options are exactly its correct ones
 * (so a single-choice question needs exactly one, and one left unanswered is wrong); an attempt answering nothing
 * is refused. The score is the share of right questions in percent, rounded down, and the attempt passes at the
 * quiz's pass mark.
 */
final class QuizGrading {

	/**
	 * @param right per question id, in the quiz's order, whether it was answered right
	 */
	record Graded(int score, boolean passed, Map<Long, Boolean> right) {
	}

	private QuizGrading() {
	}

	/** Grades the answers (option ids by question id) after checking they fit the quiz; throws when not. */
	static Graded grade(Quizzes.Quiz quiz, Map<Long, ? extends Collection<Long>> answers) {
		check(quiz, answers);
		var right = marks(quiz, answers);
		long rightCount = right.values().stream().filter(r -> r).count();
		int score = right.isEmpty() ? 100 : (int) (rightCount * 100 / right.size());
		return new Graded(score, score >= quiz.passPercent(), right);
	}

	/**
	 * Whether each question was answered right, without checking the answers: for showing an earlier attempt of a
	 * quiz that may have been edited since.
	 */
	static Map<Long, Boolean> marks(Quizzes.Quiz quiz, Map<Long, ? extends Collection<Long>> answers) {
		var right = new LinkedHashMap<Long, Boolean>();
		for (var question : quiz.questions()) {
			Collection<Long> chosen = answers.get(question.id());
			right.put(question.id(), chosen != null && new HashSet<>(chosen).equals(question.correctOptions()));
		}
		return right;
	}

	private static void check(Quizzes.Quiz quiz, Map<Long, ? extends Collection<Long>> answers) {
		if (answers.values().stream().allMatch(chosen -> chosen == null || chosen.isEmpty())) {
			throw new InvalidInputException("answers", "learner.quiz.error.noAnswers", "Answer the questions first.");
		}
		for (var answer : new TreeMap<Long, Collection<Long>>(answers).entrySet()) {
			String field = "answers." + answer.getKey();
			var question = quiz.question(answer.getKey())
				.orElseThrow(() -> new InvalidInputException(field, "learner.quiz.error.question",
						"Question " + answer.getKey() + " is not part of this quiz."));
			Set<Long> chosen = answer.getValue() == null ? Set.of() : new HashSet<>(answer.getValue());
			for (Long option : chosen) {
				if (option == null || !question.hasOption(option)) {
					throw new InvalidInputException(field, "learner.quiz.error.option",
							"Option " + option + " is not an answer to question " + question.id() + ".");
				}
			}
			if (!question.multiple() && chosen.size() > 1) {
				throw new InvalidInputException(field, "learner.quiz.error.single",
						"Question " + question.id() + " takes one answer only.");
			}
		}
	}
}
