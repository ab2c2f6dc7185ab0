package org.agora.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.List;

/**
 * A calendar quarter of a year: Q1 is January to March. Where an instant falls depends on the time zone it is read
 * in; the cadence reads it in the organization's.
 *
 * @param number 1 to 4
 */
record Quarter(int year, int number) {

	Quarter {
		if (number < 1 || number > 4) {
			throw new IllegalArgumentException("A quarter is numbered 1 to 4: " + number);
		}
	}

	/** The quarter in which the instant falls, read in the zone. */
	static Quarter of(Instant instant, ZoneId zone) {
		return of(instant.atZone(zone).toLocalDate());
	}

	static Quarter of(LocalDate date) {
		return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
	}

	Month firstMonth() {
		return Month.of((number - 1) * 3 + 1);
	}

	Month lastMonth() {
		return firstMonth().plus(2);
	}

	LocalDate firstDay() {
		return LocalDate.of(year, firstMonth(), 1);
	}

	/** The first moment of the quarter in the zone. */
	Instant start(ZoneId zone) {
		return firstDay().atStartOfDay(zone).toInstant();
	}

	/** The first moment after the quarter in the zone. */
	Instant end(ZoneId zone) {
		return next().start(zone);
	}

	Quarter next() {
		return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
	}

	/** The four quarters of a year, in order. */
	static List<Quarter> of(int year) {
		return List.of(new Quarter(year, 1), new Quarter(year, 2), new Quarter(year, 3), new Quarter(year, 4));
	}
}
