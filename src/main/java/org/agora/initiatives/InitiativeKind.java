package org.agora.initiatives;

import java.util.Locale;

/** What kind of KM work an initiative is. */
public enum InitiativeKind {

	KNOWLEDGE_MAPPING, LESSONS_LEARNED, COMMUNITY_OF_PRACTICE, EXPERT_DIRECTORY, RETENTION_INTERVIEWS, ONBOARDING_KIT,
	SHARING_SESSIONS, OTHER;

	/** The kind of a typed name ({@code lessons-learned}, {@code LESSONS_LEARNED}), or null when it names none. */
	static InitiativeKind parse(String typed) {
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
