package org.agora.recognition;

import java.time.Instant;
import java.time.LocalDate;
import org.agora.platform.OrganizationClock;

/**
 * A span of days in the organization's time zone, as the instants the ledger is read between: from the start of the
 * first day up to, not including, the start of the day after the last. All time has no days.
 */
record PointsWindow(LocalDate first, LocalDate last, Instant from, Instant to) {

	/** Every entry the ledger can hold: its dates are kept to years both databases store. */
	static final PointsWindow ALL_TIME = new PointsWindow(null, null, Instant.parse("1900-01-01T00:00:00Z"),
			Instant.parse("2200-01-01T00:00:00Z"));

	static PointsWindow days(LocalDate first, LocalDate last, OrganizationClock clock) {
		return new PointsWindow(first, last, clock.start(first), clock.start(last.plusDays(1)));
	}

	/** The first day of the calendar quarter the day falls in. */
	static LocalDate quarterStart(LocalDate day) {
		return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
	}

	boolean allTime() {
		return first == null;
	}
}
