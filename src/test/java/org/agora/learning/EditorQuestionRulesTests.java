package org.agora.learning;

import java.util.Arrays;
import java.util.Set;

import org.agora.learning.edit.EditorForms.OptionForm;
import org.agora.learning.edit.EditorForms.QuestionForm;
import org.agora.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A question is only saved in a state a learner can answer. */
class EditorQuestionRulesTests {

	@Test
	void aSingleChoiceQuestionWithTwoCorrectOptionsIsRefused() {
		var form = question(false, option("A", true), option("B", true), option("C", false));

		assertThatThrownBy(() -> QuizEditor.checked(form, Set.of()))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> {
				assertThat(e.field()).isEqualTo("options");
				assertThat(e.messageKey()).isEqualTo("editor.error.singleCorrect");
			});
	}

	@Test
	void aSingleChoiceQuestionWithoutACorrectOptionIsRefused() {
		assertThatThrownBy(() -> QuizEditor.checked(question(false, option("A", false), option("B", false)), Set.of()))
			.hasMessageContaining("exactly one correct");
	}

	@Test
	void aMultipleChoiceQuestionNeedsAtLeastOneCorrectOption() {
		assertThatThrownBy(() -> QuizEditor.checked(question(true, option("A", false), option("B", false)), Set.of()))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.messageKey()).isEqualTo("editor.error.multipleCorrect"));

		var saved = QuizEditor.checked(question(true, option("A", true), option("B", true), option("C", false)), Set.of());
		assertThat(saved.options()).extracting(QuizEditor.Option::correct).containsExactly(true, true, false);
	}

	@Test
	void blankNewRowsAreLeftOutAndAQuestionNeedsTwoOptions() {
		var blank = OptionForm.blank();
		assertThatThrownBy(() -> QuizEditor.checked(question(false, option("A", true), blank, blank), Set.of()))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.messageKey()).isEqualTo("editor.error.optionsCount"));

		var saved = QuizEditor.checked(question(false, option("A", true), blank, option("B", false)), Set.of());
		assertThat(saved.options()).extracting(QuizEditor.Option::textEn).containsExactly("A", "B");
	}

	@Test
	void anOptionWrittenInOneLanguageOnlyIsRefusedOnItsRow() {
		var half = new OptionForm(null, "Only English", "", false, false);

		assertThatThrownBy(() -> QuizEditor.checked(question(false, option("A", true), option("B", false), half), Set.of()))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("option-2"));
	}

	@Test
	void removedOptionsDoNotCountAndOptionsOfOtherQuestionsAreRefused() {
		var form = question(false, new OptionForm(11L, "A", "א", true, false), new OptionForm(12L, "B", "ב", true, true),
				new OptionForm(13L, "C", "ג", false, false));

		var saved = QuizEditor.checked(form, Set.of(11L, 12L, 13L));
		assertThat(saved.removed()).containsExactly(12L);
		assertThat(saved.options()).extracting(QuizEditor.Option::id).containsExactly(11L, 13L);

		assertThatThrownBy(() -> QuizEditor.checked(form, Set.of(11L, 13L)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.messageKey()).isEqualTo("editor.error.optionUnknown"));
	}

	@Test
	void theQuestionIsWrittenInBothLanguages() {
		var form = new QuestionForm("In English", " ", false, Arrays.asList(option("A", true), option("B", false)));

		assertThatThrownBy(() -> QuizEditor.checked(form, Set.of()))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("textHe"));
	}

	private static QuestionForm question(boolean multiple, OptionForm... options) {
		return new QuestionForm("Which?", "איזה?", multiple, Arrays.asList(options));
	}

	private static OptionForm option(String text, boolean correct) {
		return new OptionForm(null, text, text + " בעברית", correct, false);
	}
}
