package org.agora.learning.edit;

import java.time.Instant;
import java.util.List;

import org.agora.platform.web.FormErrors;

/**
 * What the course editor's pages show: a course with its archived modules and lessons too, and whether learners
 * have worked on each. Public only because the editor's templates compile into this package; the package is
 * internal to the learning module.
 */
public final class EditorPages {

	private EditorPages() {
	}

	/** The text in the reader's language: Hebrew for "he", else English. Both are required where this is used. */
	static String in(String lang, String en, String he) {
		return "he".equals(lang) ? he : en;
	}

	public record CourseRow(long id, String slug, String titleEn, String titleHe, int modules, int lessons,
			Instant updatedAt) {

		public String title(String lang) {
			return in(lang, titleEn, titleHe);
		}
	}

	/** @param runningCohorts cohorts taking the course right now, who see every change at once */
	public record Course(long id, String slug, String titleEn, String titleHe, String summaryEn, String summaryHe,
			Instant updatedAt, int runningCohorts, List<Module> modules) {

		public String title(String lang) {
			return in(lang, titleEn, titleHe);
		}
	}

	public record Module(long id, long courseId, int position, String titleEn, String titleHe, String objectivesEn,
			String objectivesHe, boolean archived, List<LessonRow> lessons) {

		public String title(String lang) {
			return in(lang, titleEn, titleHe);
		}

		/** Only an empty module may be deleted; one with lessons is archived instead. */
		public boolean deletable() {
			return lessons.isEmpty();
		}
	}

	/** @param used learners have progress, attempts or submissions on the lesson, so it can only be archived */
	public record LessonRow(long id, int position, String kind, String titleEn, String titleHe, boolean required,
			Integer minutes, boolean archived, boolean used) {

		public String title(String lang) {
			return in(lang, titleEn, titleHe);
		}
	}

	/**
	 * @param saved the lesson as saved, to fill its form
	 * @param previewEn the saved English body as the learner sees it (sanitized HTML)
	 * @param previewHe the saved Hebrew body as the learner sees it (sanitized HTML)
	 */
	public record Lesson(long id, long moduleId, long courseId, String courseTitleEn, String courseTitleHe,
			EditorForms.LessonForm saved, boolean archived, boolean used, Long quizId, List<Link> links,
			List<Attachment> attachments, String previewEn, String previewHe) {

		public String title(String lang) {
			return in(lang, saved.titleEn(), saved.titleHe());
		}

		public String courseTitle(String lang) {
			return in(lang, courseTitleEn, courseTitleHe);
		}
	}

	/** Where a new lesson goes. */
	public record ModuleRef(long id, long courseId, String titleEn, String titleHe, String courseTitleEn,
			String courseTitleHe) {

		public String title(String lang) {
			return in(lang, titleEn, titleHe);
		}

		public String courseTitle(String lang) {
			return in(lang, courseTitleEn, courseTitleHe);
		}
	}

	public record Link(long id, String title, String url) {

		/** Whether the address may be a link on the page: http or https only, as the editor saves them. */
		public boolean web() {
			String lower = url.toLowerCase(java.util.Locale.ROOT);
			return lower.startsWith("http://") || lower.startsWith("https://");
		}
	}

	public record Attachment(long id, String fileName, String contentType, int sizeBytes, Instant createdAt) {

		/** The size for people: bytes, KB or MB. */
		public String size() {
			if (sizeBytes < 1024) {
				return sizeBytes + " B";
			}
			if (sizeBytes < 1024 * 1024) {
				return (sizeBytes / 1024) + " KB";
			}
			return String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
		}
	}

	/** @param attempts attempts learners have made; they keep their own scores whatever is edited here */
	public record Quiz(long id, long lessonId, long courseId, String lessonTitleEn, String lessonTitleHe, int passPercent,
			int maxAttempts, int attempts, List<Question> questions) {

		public String lessonTitle(String lang) {
			return in(lang, lessonTitleEn, lessonTitleHe);
		}
	}

	public record Question(long id, int position, String textEn, String textHe, boolean multiple,
			List<Option> options) {

		/** The question as saved, in its form, with blank rows for new options. */
		public EditorForms.QuestionForm form(int blankRows) {
			var rows = new java.util.ArrayList<EditorForms.OptionForm>();
			options.forEach(o -> rows.add(new EditorForms.OptionForm(o.id(), o.textEn(), o.textHe(), o.correct(), false)));
			for (int i = 0; i < blankRows; i++) {
				rows.add(EditorForms.OptionForm.blank());
			}
			return new EditorForms.QuestionForm(textEn, textHe, multiple, rows);
		}
	}

	/**
	 * One question's form on the quiz page.
	 *
	 * @param id the question, or 0 for the form that adds one
	 * @param errors what was refused when this form was sent, else none
	 */
	public record QuestionPanel(long id, int position, EditorForms.QuestionForm form, FormErrors errors) {
	}

	public record Option(long id, int position, String textEn, String textHe, boolean correct) {
	}
}
