package org.agora.initiatives;

import java.util.Locale;

/** What a leader asks their coach for help with. */
enum HelpCategory {

	STARTING_INITIATIVE, RESISTANCE, TIME_AND_PRIORITIES, TOOLS_AND_PLATFORMS, KNOWLEDGE_CAPTURE, FACILITATION, OTHER;

	/** The category of the text, or null when it names none. */
	static HelpCategory parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
