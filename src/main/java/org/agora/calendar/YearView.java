package org.agora.calendar;

import java.time.ZoneId;
import java.util.List;

/**
 * A year's quarters as the quarter view shows them: each quarter's standing against the cadence, counted over every
 * event, and the events of the quarter the viewer may see.
 */
record YearView(Cadence.YearStanding standing, List<QuarterView> quarters) {

	record QuarterView(Cadence.QuarterStanding standing, List<CalendarViews.Listing> events) {

		Quarter quarter() {
			return standing.quarter();
		}
	}

	/** Sorts the visible events into the quarters they start in, read in the organization's zone. */
	static YearView of(Cadence.YearStanding standing, List<CalendarViews.Listing> visible, ZoneId zone) {
		return new YearView(standing, standing.quarters()
			.stream()
			.map(q -> new QuarterView(q, visible.stream()
				.filter(l -> Quarter.of(l.event().startsAt(), zone).equals(q.quarter()))
				.toList()))
			.toList());
	}

	int year() {
		return standing.year();
	}
}
