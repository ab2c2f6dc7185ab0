package org.agora.initiatives;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.agora.platform.Text;
import org.agora.platform.web.DateInputs;
import org.agora.platform.web.InvalidInputException;

/** The lengths and formats every charter, task and update keeps to. */
final class ProjectRules {

	static final int MAX_TITLE = 200;

	static final int MAX_TEXT = 4000;

	static final int MAX_TASK_DESCRIPTION = 2000;

	static final int MAX_MESSAGE = 1000;

	private ProjectRules() {
	}

	static String required(String field, String typed, int max) {
		String text = optional(field, typed, max);
		if (text == null) {
			throw new InvalidInputException(field, "projects.error." + field + "Required", "Fill in the " + field + ".");
		}
		return text;
	}

	/** The text stripped, null when blank, or a field error when longer than {@code max}. */
	static String optional(String field, String typed, int max) {
		String text = typed == null ? "" : Text.withoutNul(typed).strip();
		if (text.length() > max) {
			throw new InvalidInputException(field, "projects.error." + field + "TooLong",
					"The " + field + " has at most " + max + " characters.");
		}
		return text.isEmpty() ? null : text;
	}

	/** The date typed, or null when blank; a field error when it is no date or lies outside 1900–2199. */
	static LocalDate date(String field, String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(Text.withoutNul(typed).strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(field, "projects.error.date", "Give the date as YYYY-MM-DD.");
		}
		return DateInputs.plausible(field, date);
	}

	static Long id(String field, String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(Text.withoutNul(typed).strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException(field, "projects.error." + field, "Choose from the list.");
		}
	}
}
