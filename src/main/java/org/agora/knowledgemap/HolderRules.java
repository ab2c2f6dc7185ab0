package org.agora.knowledgemap;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.agora.platform.Text;
import org.agora.platform.web.DateInputs;
import org.agora.platform.web.InvalidInputException;

/**
 * The rules of what is typed about holders and their retention actions; each broken rule names its field. Text loses
 * any NUL characters first (JSON bodies may carry them), and dates are kept to the years both databases store.
 */
final class HolderRules {

	static final String PREFIX = "map.retention.error.";

	private HolderRules() {
	}

	static String text(String typed) {
		String text = Text.withoutNul(typed);
		return text == null || text.isBlank() ? null : text.strip();
	}

	static String required(String field, String typed, int max) {
		String text = text(typed);
		if (text == null || text.length() > max) {
			throw new InvalidInputException(field, PREFIX + field, "Write the " + field + ", up to " + max + " characters.");
		}
		return text;
	}

	/** An id chosen from a list; null when blank; a field error when it is no number. */
	static Long id(String field, String typed) {
		String text = text(typed);
		if (text == null) {
			return null;
		}
		try {
			return Long.valueOf(text);
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException(field, PREFIX + field, "Choose " + field + " from the list.");
		}
	}

	static LocalDate date(String field, String typed) {
		String text = text(typed);
		if (text == null) {
			return null;
		}
		try {
			return DateInputs.plausible(field, LocalDate.parse(text));
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(field, PREFIX + "date", "Enter the date as YYYY-MM-DD.");
		}
	}

	/**
	 * An expected departure: optional, and never typed in the past for a holder still recorded. The date the holder
	 * already had may have passed since (they are still recorded until closed), and is kept.
	 */
	static LocalDate departure(String typed, LocalDate today, LocalDate kept) {
		var date = date("expectedDeparture", typed);
		if (date != null && date.isBefore(today) && !date.equals(kept)) {
			throw new InvalidInputException("expectedDeparture", PREFIX + "departurePast",
					"An active holder's expected departure is today or later.");
		}
		return date;
	}

	static int position(String typed) {
		String text = text(typed);
		try {
			int position = text == null ? 0 : Integer.parseInt(text);
			if (position >= RetentionRisk.MIN_POSITION && position <= RetentionRisk.MAX_POSITION) {
				return position;
			}
		}
		catch (NumberFormatException e) {
			// refused below
		}
		throw new InvalidInputException("positionRisk", PREFIX + "positionRisk", "Choose a position risk from 1 to 5.");
	}

	static <T> T chosen(String field, T value) {
		if (value == null) {
			throw new InvalidInputException(field, PREFIX + field, "Choose " + field + " from the list.");
		}
		return value;
	}

	/**
	 * A link to what a done action produced: an Agora path under the kind's prefix. Another host, a scheme, a way back
	 * up the path or a backslash is refused, so that a link cannot lead anywhere else.
	 */
	static String linkPath(ActionLinkKind kind, String typed) {
		String path = typed == null ? "" : Text.withoutNul(typed).strip();
		boolean local = path.startsWith(kind.prefix()) && path.length() > kind.prefix().length()
				&& path.length() <= 300 && !path.startsWith("//") && !path.contains("://") && !path.contains("\\")
				&& !path.contains("..") && path.chars().noneMatch(c -> Character.isWhitespace(c) || c < 0x20);
		if (!local) {
			throw new InvalidInputException("linkPath", PREFIX + "linkPath",
					"A link is an Agora path starting with " + kind.prefix() + ".");
		}
		return path;
	}
}
