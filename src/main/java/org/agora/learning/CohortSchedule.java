package org.agora.learning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A cohort's dates, and how far along its learners are expected to be on a given day: evenly from nothing on the
 * first day to everything on the last.
 */
record CohortSchedule(LocalDate startsOn, LocalDate endsOn) {

	/** Learners this many points short of the expected percent are still on time. */
	static final int GRACE_POINTS = 10;

	int expectedPercent(LocalDate today) {
		if (!today.isAfter(startsOn)) {
			return 0;
		}
		if (!today.isBefore(endsOn)) {
			return 100;
		}
		long total = ChronoUnit.DAYS.between(startsOn, endsOn);
		long elapsed = ChronoUnit.DAYS.between(startsOn, today);
		return (int) (elapsed * 100 / total);
	}

	/** Behind schedule: not finished, and below the expected percent by more than the grace points. */
	boolean behind(int percent, boolean completed, LocalDate today) {
		return !completed && percent < expectedPercent(today) - GRACE_POINTS;
	}
}
