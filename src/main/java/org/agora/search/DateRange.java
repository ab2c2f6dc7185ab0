package org.agora.search;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** The date facet: things dated in the future, in the past week, month or year, or before. */
enum DateRange {

	UPCOMING, WEEK, MONTH, YEAR, OLDER;

	/** The first millisecond in the range, relative to now. */
	long from(Instant now) {
		return switch (this) {
			case UPCOMING -> now.toEpochMilli() + 1;
			case WEEK -> now.minus(Duration.ofDays(7)).toEpochMilli();
			case MONTH -> now.minus(Duration.ofDays(30)).toEpochMilli();
			case YEAR -> now.minus(Duration.ofDays(365)).toEpochMilli();
			case OLDER -> Long.MIN_VALUE;
		};
	}

	/** The last millisecond in the range, relative to now. */
	long to(Instant now) {
		return switch (this) {
			case UPCOMING -> Long.MAX_VALUE;
			case OLDER -> YEAR.from(now) - 1;
			default -> now.toEpochMilli();
		};
	}

	boolean contains(long millis, Instant now) {
		return millis >= from(now) && millis <= to(now);
	}

	String param() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The range a request names, or null for a name that is none. */
	static DateRange of(String param) {
		for (DateRange range : values()) {
			if (range.param().equals(param)) {
				return range;
			}
		}
		return null;
	}
}
