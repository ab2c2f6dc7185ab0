package org.agora.discussions;

import java.util.Locale;

import org.agora.platform.web.InvalidInputException;

/** Why a post is flagged; OTHER needs a note saying what is wrong. */
enum FlagReason {

	SPAM, OFFENSIVE, OFF_TOPIC, MISINFORMATION, OTHER;

	static FlagReason of(String text) {
		try {
			return valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("reason", "dqa.flag.reason", "reason is one of SPAM, OFFENSIVE, OFF_TOPIC, MISINFORMATION, OTHER");
		}
	}
}
