package org.agora.recognition;

import java.time.LocalDate;
import java.util.Locale;
import org.agora.platform.OrganizationClock;

/** The periods a leaderboard counts points over: this calendar quarter, this calendar year, or all time. */
enum BoardPeriod {

	QUARTER, YEAR, ALL;

	/** The period a parameter names, case aside; the quarter when none is given, null when the name is unknown. */
	static BoardPeriod parse(String value) {
		if (value == null || value.isBlank()) {
			return QUARTER;
		}
		try {
			return valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	/** The period as the API and the page's links name it. */
	String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The window of this period around the day, in the organization's time zone. */
	PointsWindow window(LocalDate today, OrganizationClock clock) {
		return switch (this) {
			case QUARTER -> {
				var start = PointsWindow.quarterStart(today);
				yield PointsWindow.days(start, start.plusMonths(3).minusDays(1), clock);
			}
			case YEAR -> PointsWindow.days(today.withDayOfYear(1), today.withDayOfYear(1).plusYears(1).minusDays(1),
					clock);
			case ALL -> PointsWindow.ALL_TIME;
		};
	}
}
