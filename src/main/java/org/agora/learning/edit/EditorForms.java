package org.agora.learning.edit;

import java.util.List;

/**
 * What the course editor's forms send, exactly as typed: numbers stay text until they are checked, so that a
 * refused form shows what the person wrote. Public only because the editor's templates compile into this package;
 * the package is internal to the learning module.
 */
public final class EditorForms {

	private EditorForms() {
	}

	public record CourseForm(String slug, String titleEn, String titleHe, String summaryEn, String summaryHe) {

		public static CourseForm empty() {
			return new CourseForm("", "", "", "", "");
		}
	}

	public record ModuleForm(String titleEn, String titleHe, String objectivesEn, String objectivesHe) {

		public static ModuleForm empty() {
			return new ModuleForm("", "", "", "");
		}
	}

	/**
	 * @param required an unticked checkbox sends nothing, so null means not required
	 * @param allowsFile for an exercise: whether learners may hand in a file
	 */
	public record LessonForm(String kind, String titleEn, String titleHe, String bodyEn, String bodyHe, String videoUrl,
			String minutes, Boolean required, Boolean allowsFile) {

		public static LessonForm empty() {
			return new LessonForm("READING", "", "", "", "", "", "", true, true);
		}

		public boolean isRequired() {
			return Boolean.TRUE.equals(required);
		}

		public boolean isAllowsFile() {
			return Boolean.TRUE.equals(allowsFile);
		}
	}

	public record LinkForm(String title, String url) {

		public static LinkForm empty() {
			return new LinkForm("", "");
		}
	}

	public record QuizForm(String passPercent, String maxAttempts) {
	}

	/**
	 * A question with all its options, saved together so that the question is never left with the wrong number of
	 * correct options. Rows without an id are new options; rows left blank are ignored.
	 */
	public record QuestionForm(String textEn, String textHe, Boolean multiple, List<OptionForm> options) {

		public boolean isMultiple() {
			return Boolean.TRUE.equals(multiple);
		}

		/** The rows as sent, without the gaps that skipped indexes leave. */
		public List<OptionForm> rows() {
			return options == null ? List.of() : options.stream().filter(o -> o != null).toList();
		}
	}

	/**
	 * @param id the existing option, or null for a new one
	 * @param remove ticked to remove an existing option
	 */
	public record OptionForm(Long id, String textEn, String textHe, Boolean correct, Boolean remove) {

		public static OptionForm blank() {
			return new OptionForm(null, "", "", false, false);
		}

		public boolean isCorrect() {
			return Boolean.TRUE.equals(correct);
		}

		public boolean isRemoved() {
			return Boolean.TRUE.equals(remove);
		}

		public boolean isBlank() {
			return (textEn == null || textEn.isBlank()) && (textHe == null || textHe.isBlank());
		}
	}
}
