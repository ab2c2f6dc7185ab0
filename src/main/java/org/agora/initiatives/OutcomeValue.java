package org.agora.initiatives;

import java.util.Locale;

/**
 * The kinds of value an outcome shows, after Wenger-Trayner's value-creation cycles: immediate (the activity itself
 * helped), potential (knowledge or connections gained for later), applied (practice changed), realised (performance
 * improved), reframing (what success means was rethought).
 */
public enum OutcomeValue {

	IMMEDIATE, POTENTIAL, APPLIED, REALISED, REFRAMING;

	static OutcomeValue parse(String typed) {
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
