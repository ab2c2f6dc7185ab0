package org.agora.initiatives;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.agora.platform.Text;
import org.agora.platform.web.DateInputs;
import org.agora.platform.web.InvalidInputException;

/**
 * The rules of what is typed into initiatives and their parts; each broken rule names its field. Text loses any NUL
 * characters first (JSON bodies may carry them; PostgreSQL refuses them), and dates are kept to the years both
 * databases store.
 */
final class InitiativeRules {

	private InitiativeRules() {
	}

	static String required(String field, String typed, int max) {
		String text = typed == null ? "" : Text.withoutNul(typed).strip();
		if (text.isEmpty()) {
			throw new InvalidInputException(field, "initiatives.error.required", "Fill in " + field + ".");
		}
		return max(field, text, max);
	}

	static String optional(String field, String typed, int max) {
		String text = typed == null ? "" : Text.withoutNul(typed).strip();
		return text.isEmpty() ? null : max(field, text, max);
	}

	private static String max(String field, String text, int max) {
		if (text.length() > max) {
			throw new InvalidInputException(field, "initiatives.error.tooLong",
					"Keep " + field + " to " + max + " characters.");
		}
		return text;
	}

	static Long id(String field, String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(typed.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException(field, "initiatives.error." + field, "Choose " + field + " from the list.");
		}
	}

	static LocalDate date(String field, String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(Text.withoutNul(typed).strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(field, "initiatives.error.date", "Give " + field + " as a date (2027-03-01).");
		}
		return DateInputs.plausible(field, date);
	}

	static InitiativeKind kind(String typed) {
		var kind = InitiativeKind.parse(typed);
		if (kind == null) {
			throw new InvalidInputException("kind", "initiatives.error.kind", "Choose the kind from the list.");
		}
		return kind;
	}

	/** The end, checked not to come before the start. */
	static LocalDate end(LocalDate start, LocalDate end) {
		if (start != null && end != null && end.isBefore(start)) {
			throw new InvalidInputException("plannedEnd", "initiatives.error.endBeforeStart",
					"The planned end comes on or after the planned start.");
		}
		return end;
	}

	/** A milestone's due date: required, and not after the initiative's planned end. */
	static LocalDate dueOn(String typed, LocalDate plannedEnd) {
		var due = date("dueOn", typed);
		if (due == null) {
			throw new InvalidInputException("dueOn", "initiatives.error.required", "Fill in dueOn.");
		}
		if (plannedEnd != null && due.isAfter(plannedEnd)) {
			throw new InvalidInputException("dueOn", "initiatives.error.dueAfterEnd",
					"A milestone is due on or before the initiative's planned end (" + plannedEnd + ").");
		}
		return due;
	}

	/**
	 * A measured value: a number never negative, rounded to two decimals, with at most 12 digits before the point once
	 * rounded, as the column stores it (999999999999.995 rounds up to 13 digits). A number far too large is refused
	 * before rounding, which would otherwise write out all its digits.
	 */
	static BigDecimal measure(String field, String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		BigDecimal value;
		try {
			value = new BigDecimal(Text.withoutNul(typed).strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException(field, "initiatives.error.number", "Give " + field + " as a number.");
		}
		if (value.signum() < 0) {
			throw new InvalidInputException(field, "initiatives.error.negative", field + " cannot be negative.");
		}
		return notTooLarge(field, notTooLarge(field, value).setScale(2, RoundingMode.HALF_UP));
	}

	private static BigDecimal notTooLarge(String field, BigDecimal value) {
		if (value.precision() - value.scale() > 12) {
			throw new InvalidInputException(field, "initiatives.error.number", field + " is too large.");
		}
		return value;
	}

	/**
	 * A link to what an outcome produced: an Agora path under the kind's prefix. Another host, a scheme, a way back up
	 * the path or a backslash is refused, so that a link cannot lead anywhere else.
	 */
	static String linkPath(OutcomeLinkKind kind, String typed) {
		String path = typed == null ? "" : Text.withoutNul(typed).strip();
		boolean local = path.startsWith(kind.prefix()) && path.length() > kind.prefix().length()
				&& path.length() <= 300 && !path.startsWith("//") && !path.contains("://") && !path.contains("\\")
				&& !path.contains("..") && path.chars().noneMatch(c -> Character.isWhitespace(c) || c < 0x20);
		if (!local) {
			throw new InvalidInputException("links", "initiatives.error.link",
					"A link is an Agora path starting with " + kind.prefix() + ".");
		}
		return path;
	}

	/** A link's label: required, at most 200 characters. */
	static String linkLabel(String typed) {
		String label = typed == null ? "" : Text.withoutNul(typed).strip();
		if (label.isEmpty() || label.length() > 200) {
			throw new InvalidInputException("links", "initiatives.error.linkLabel",
					"Give every link a label of at most 200 characters.");
		}
		return label;
	}
}
