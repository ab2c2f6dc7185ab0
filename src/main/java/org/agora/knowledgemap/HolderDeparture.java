package org.agora.knowledgemap;

import java.util.Locale;

/** Why a holder is expected to leave. */
enum HolderDeparture {

	RETIREMENT, TRANSFER, CONTRACT_END, OTHER;

	/** The value typed, or null when blank or unknown. */
	static HolderDeparture parse(String typed) {
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
