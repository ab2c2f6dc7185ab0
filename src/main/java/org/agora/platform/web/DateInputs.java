package org.agora.platform.web;

import java.time.LocalDate;

/**
 * Dates people type are kept to years both databases store: H2 takes far-off years that PostgreSQL refuses, so a
 * date is checked here before it reaches either, and a wrong one is a field error rather than a failed statement.
 */
public final class DateInputs {

	public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

	private DateInputs() {
	}

	/** The date, or null for null; a field error on {@code field} when it lies outside 1900–2199. */
	public static LocalDate plausible(String field, LocalDate date) {
		if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
			throw new InvalidInputException(field, "error.date.range", "Choose a date between 1900 and 2199.");
		}
		return date;
	}
}
