package org.agora.knowledgemap;

import java.util.Locale;

/** How deeply a holder knows an area. */
enum HolderLevel {

	AWARE, PRACTITIONER, EXPERT;

	/** The value typed, or null when blank or unknown. */
	static HolderLevel parse(String typed) {
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
