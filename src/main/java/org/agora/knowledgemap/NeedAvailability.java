package org.agora.knowledgemap;

import java.util.Locale;

/** How available the needed knowledge is today. */
enum NeedAvailability {

	DOCUMENTED, PARTLY_DOCUMENTED, IN_HEADS, MISSING;

	static NeedAvailability parse(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return valueOf(typed.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
