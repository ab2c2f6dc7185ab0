package org.agora.learning;

import java.util.List;
import java.util.Map;

import org.agora.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Grading on the server: a question is right when the chosen set is exactly the correct set. */
class QuizGradingTests {

	// question 1 (single choice): option 11 is right, 12 is wrong; question 2 (multiple): 21 and 22 right, 23 wrong
	static final Quizzes.Quiz QUIZ = new Quizzes.Quiz(1, 100, 50, 2, List.of(
			new Quizzes.Question(1, text("Tacit knowledge lives in…"), false,
					List.of(option(11, true), option(12, false))),
			new Quizzes.Question(2, text("Ways to share knowledge"), true,
					List.of(option(21, true), option(22, true), option(23, false)))));

	@Test
	void everyQuestionRightScoresAHundredAndPasses() {
		var graded = QuizGrading.grade(QUIZ, Map.of(1L, List.of(11L), 2L, List.of(22L, 21L)));

		assertThat(graded.score()).isEqualTo(100);
		assertThat(graded.passed()).isTrue();
		assertThat(graded.right()).containsExactly(Map.entry(1L, true), Map.entry(2L, true));
	}

	@Test
	void aMultipleChoiceQuestionNeedsEveryCorrectOptionAndNoWrongOne() {
		assertThat(QuizGrading.grade(QUIZ, Map.of(2L, List.of(21L))).right()).containsEntry(2L, false);
		assertThat(QuizGrading.grade(QUIZ, Map.of(2L, List.of(21L, 22L, 23L))).right()).containsEntry(2L, false);
		assertThat(QuizGrading.grade(QUIZ, Map.of(2L, List.of(21L, 22L, 22L))).right())
			.as("naming an option twice is choosing it once").containsEntry(2L, true);
	}

	@Test
	void halfRightReachesAFiftyPercentPassMark() {
		var graded = QuizGrading.grade(QUIZ, Map.of(1L, List.of(11L), 2L, List.of(23L)));

		assertThat(graded.score()).isEqualTo(50);
		assertThat(graded.passed()).isTrue();
		assertThat(graded.right()).containsExactly(Map.entry(1L, true), Map.entry(2L, false));
	}

	@Test
	void belowThePassMarkFails() {
		var strict = new Quizzes.Quiz(1, 100, 80, 2, QUIZ.questions());

		var graded = QuizGrading.grade(strict, Map.of(1L, List.of(11L), 2L, List.of(21L)));

		assertThat(graded.score()).isEqualTo(50);
		assertThat(graded.passed()).isFalse();
	}

	@Test
	void anUnansweredQuestionIsWrong() {
		var graded = QuizGrading.grade(QUIZ, Map.of(2L, List.of(21L, 22L)));

		assertThat(graded.right()).containsExactly(Map.entry(1L, false), Map.entry(2L, true));
		assertThat(graded.score()).isEqualTo(50);
	}

	@Test
	void anAttemptAnsweringNothingIsRefused() {
		assertThatThrownBy(() -> QuizGrading.grade(QUIZ, Map.of(1L, List.of())))
			.isInstanceOf(InvalidInputException.class)
			.extracting(e -> ((InvalidInputException) e).field())
			.isEqualTo("answers");
	}

	@Test
	void scoresAreRoundedDown() {
		var three = new Quizzes.Quiz(1, 100, 67, 2, List.of(
				new Quizzes.Question(1, text("a"), false, List.of(option(11, true))),
				new Quizzes.Question(2, text("b"), false, List.of(option(21, true))),
				new Quizzes.Question(3, text("c"), false, List.of(option(31, true), option(32, false)))));

		var graded = QuizGrading.grade(three, Map.of(1L, List.of(11L), 2L, List.of(21L), 3L, List.of(32L)));

		assertThat(graded.score()).isEqualTo(66);
		assertThat(graded.passed()).as("66 is below a pass mark of 67").isFalse();
	}

	@Test
	void anOptionOfAnotherQuestionIsRefusedNamingTheQuestion() {
		assertThatThrownBy(() -> QuizGrading.grade(QUIZ, Map.of(1L, List.of(21L))))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("Option 21")
			.extracting(e -> ((InvalidInputException) e).field())
			.isEqualTo("answers.1");
	}

	@Test
	void aSecondOptionOnASingleChoiceQuestionIsRefused() {
		assertThatThrownBy(() -> QuizGrading.grade(QUIZ, Map.of(1L, List.of(11L, 12L))))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("one answer")
			.extracting(e -> ((InvalidInputException) e).field())
			.isEqualTo("answers.1");
	}

	@Test
	void aQuestionOfAnotherQuizIsRefused() {
		assertThatThrownBy(() -> QuizGrading.grade(QUIZ, Map.of(1L, List.of(11L), 99L, List.of(11L))))
			.isInstanceOf(InvalidInputException.class)
			.extracting(e -> ((InvalidInputException) e).field())
			.isEqualTo("answers.99");
	}

	@Test
	void marksOfAnEarlierAttemptIgnoreOptionsThatNoLongerExist() {
		assertThat(QuizGrading.marks(QUIZ, Map.of(1L, List.of(11L), 2L, List.of(21L, 99L))))
			.containsExactly(Map.entry(1L, true), Map.entry(2L, false));
	}

	private static Bilingual text(String en) {
		return new Bilingual(en, en);
	}

	private static Quizzes.Option option(long id, boolean correct) {
		return new Quizzes.Option(id, text("option " + id), correct);
	}
}
