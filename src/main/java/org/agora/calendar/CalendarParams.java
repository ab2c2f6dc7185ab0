package org.agora.calendar;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.agora.platform.web.InvalidInputException;

/** Reads the query parameters of the calendar views, naming the parameter that is wrong. */
final class CalendarParams {

	static final int FIRST_YEAR = 1970;

	static final int LAST_YEAR = 2999;

	private CalendarParams() {
	}

	/** The filters of the upcoming list; an unknown type or focus area is an error, not an empty filter. */
	static CalendarViews.Filters filters(String type, String focus, String tag, boolean past) {
		if (tag != null && tag.strip().length() > 60) {
			throw new InvalidInputException("tag", "calviews.error.tag", "A tag has at most 60 characters.");
		}
		return new CalendarViews.Filters(value(EventType.class, "type", type), value(FocusArea.class, "focus", focus),
				tag, past);
	}

	/** A month written as 2027-01, or null when none is given. */
	static YearMonth month(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			var month = YearMonth.parse(text.strip());
			if (month.getYear() >= FIRST_YEAR && month.getYear() <= LAST_YEAR) {
				return month;
			}
		}
		catch (DateTimeParseException e) {
			// answered below
		}
		throw new InvalidInputException("month", "calviews.month.invalid",
				"Give the month as year and month, such as 2027-01, between " + FIRST_YEAR + " and " + LAST_YEAR + ".");
	}

	/** A year such as 2027, or null when none is given. */
	static Integer year(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.strip().matches("\\d{4}")) {
			int year = Integer.parseInt(text.strip());
			if (year >= FIRST_YEAR && year <= LAST_YEAR) {
				return year;
			}
		}
		throw new InvalidInputException("year", "calviews.quarters.invalid",
				"Give the year as four digits, between " + FIRST_YEAR + " and " + LAST_YEAR + ".");
	}

	private static <E extends Enum<E>> E value(Class<E> type, String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(field, "calviews.error." + field, "Unknown " + field + ": " + text.strip());
		}
	}
}
