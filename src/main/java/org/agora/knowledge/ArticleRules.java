package org.agora.knowledge;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.agora.platform.FileTypes;
import org.agora.platform.Text;
import org.agora.platform.web.InvalidInputException;

/** The rules every article follows: lengths, tags, the review-by date, the language, and attachments by content. */
final class ArticleRules {

	static final int MAX_TITLE = 200;

	static final int MAX_SUMMARY = 500;

	static final int MAX_BODY = 50_000;

	static final int MAX_TAGS = 8;

	static final int MAX_TAG = 30;

	static final int MAX_FILES = 5;

	static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

	static final int MAX_COMMENT = 1000;

	private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}-]*[\\p{L}\\p{M}\\p{N}]");

	/** An attachment ready to store: its safe name and the type read from its content. */
	record CheckedFile(String name, String contentType, byte[] data) {
	}

	private ArticleRules() {
	}

	static String title(String typed) {
		String title = typed == null ? "" : Text.withoutNul(typed).strip();
		if (title.isEmpty()) {
			throw new InvalidInputException("title", "knowledge.error.titleRequired", "Give the article a title.");
		}
		if (title.length() > MAX_TITLE) {
			throw new InvalidInputException("title", "knowledge.error.titleTooLong",
					"The title has at most 200 characters.");
		}
		return title;
	}

	static String summary(String typed) {
		String summary = typed == null ? "" : Text.withoutNul(typed).strip();
		if (summary.length() > MAX_SUMMARY) {
			throw new InvalidInputException("summary", "knowledge.error.summaryTooLong",
					"The summary has at most 500 characters.");
		}
		return summary.isEmpty() ? null : summary;
	}

	static String body(String typed) {
		if (typed == null || typed.isBlank()) {
			throw new InvalidInputException("body", "knowledge.error.bodyRequired", "Write the article's text.");
		}
		String body = Text.withoutNul(typed).stripTrailing();
		if (body.length() > MAX_BODY) {
			throw new InvalidInputException("body", "knowledge.error.bodyTooLong",
					"An article has at most 50000 characters.");
		}
		return body;
	}

	static String language(String typed) {
		if (typed == null || typed.isBlank()) {
			return "en";
		}
		String language = typed.strip().toLowerCase(Locale.ROOT);
		if (!language.equals("en") && !language.equals("he")) {
			throw new InvalidInputException("language", "knowledge.error.language", "The language is en or he.");
		}
		return language;
	}

	/** The typed review-by date, or null when blank; never a day before today. */
	static LocalDate reviewBy(String typed, LocalDate today) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("reviewBy", "knowledge.error.reviewByFormat",
					"The review-by date is a date such as 2027-03-01.");
		}
		if (date.isBefore(today)) {
			throw new InvalidInputException("reviewBy", "knowledge.error.reviewByPast",
					"The review-by date is today or later.");
		}
		return date;
	}

	/** Splits the typed tags at commas and white space, normalizes them (lower case, NFC) and checks their form. */
	static List<String> tags(String typed) {
		if (typed == null || typed.isBlank()) {
			return List.of();
		}
		Set<String> result = new LinkedHashSet<>();
		for (String raw : typed.split("[,\\s]+")) {
			String tag = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
			if (tag.startsWith("#")) {
				tag = tag.substring(1);
			}
			if (tag.isEmpty()) {
				continue;
			}
			if (tag.length() > MAX_TAG || tag.codePointCount(0, tag.length()) < 2 || !TAG.matcher(tag).matches()) {
				throw new InvalidInputException("tags", "knowledge.error.tag",
						"A tag has 2 to 30 letters, digits or hyphens.");
			}
			result.add(tag);
		}
		if (result.size() > MAX_TAGS) {
			throw new InvalidInputException("tags", "knowledge.error.tooManyTags", "An article has at most 8 tags.");
		}
		return new ArrayList<>(result);
	}

	static Long optionalId(String field, String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(typed.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException(field, "knowledge.error." + field, "Choose the " + field + " from the list.");
		}
	}

	static String comment(String typed) {
		String comment = typed == null ? "" : Text.withoutNul(typed).strip();
		if (comment.length() > MAX_COMMENT) {
			throw new InvalidInputException("comment", "knowledge.error.commentTooLong",
					"A comment has at most 1000 characters.");
		}
		return comment.isEmpty() ? null : comment;
	}

	static List<CheckedFile> files(List<AttachmentFile> files, int alreadyAttached) {
		if (files.size() + alreadyAttached > MAX_FILES) {
			throw new InvalidInputException("attachments", "knowledge.error.tooManyFiles",
					"An article has at most 5 attachments.");
		}
		List<CheckedFile> checked = new ArrayList<>();
		for (var file : files) {
			if (file.data().length > MAX_FILE_BYTES) {
				throw new InvalidInputException("attachments", "knowledge.error.fileTooLarge",
						"An attachment has at most 5 MB.");
			}
			String type = FileTypes.of(file.data());
			if (type == null) {
				throw new InvalidInputException("attachments", "knowledge.error.fileType",
						"Attach PDF, PNG, JPEG, plain text or Office documents only.");
			}
			checked.add(new CheckedFile(FileTypes.fileName(file.name(), 200), type, file.data()));
		}
		return checked;
	}
}
