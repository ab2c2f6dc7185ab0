package org.agora.knowledgemap;

import java.util.Locale;

/** What a done action achieved: the knowledge captured, a successor who holds it, or neither (which leaves the recorded risk as it was). */
enum ActionResult {

	CAPTURED, SUCCESSOR, NONE;

	/** The value typed, or null when blank or unknown. */
	static ActionResult parse(String typed) {
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
