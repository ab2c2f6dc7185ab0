package org.agora.initiatives;

import java.util.Locale;

/** What kind of obstacle an initiative met; the portfolio counts them to show what the community is up against. */
public enum ObstacleCategory {

	HOARDING_OR_SILOS, RESISTANCE, LACK_OF_TIME, NO_RECOGNITION, UNSUITABLE_TOOLS, OTHER;

	static ObstacleCategory parse(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return valueOf(typed.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
