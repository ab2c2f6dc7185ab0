package org.agora.knowledgemap;

import java.util.Locale;

/** What a retention action does to keep a holder's knowledge. */
enum ActionKind {

	EXPERT_INTERVIEW, DOCUMENTATION, MENTORING, RECORDED_WALKTHROUGH, LESSONS_SESSION, SUCCESSOR_NAMED;

	/** The value typed, or null when blank or unknown. */
	static ActionKind parse(String typed) {
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
