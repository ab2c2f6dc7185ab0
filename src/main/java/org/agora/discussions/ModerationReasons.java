package org.agora.discussions;

import org.agora.platform.web.InvalidInputException;

/** The reason a moderator gives: optional for thread actions, required to hide a post, at most 500 characters. */
final class ModerationReasons {

	static final int MAX = 500;

	private ModerationReasons() {
	}

	static String optional(String reason) {
		String text = reason == null ? "" : reason.strip();
		if (text.length() > MAX) {
			throw new InvalidInputException("reason", "dqa.reason.tooLong", "reason has at most 500 characters");
		}
		return text.isEmpty() ? null : text;
	}

	static String required(String reason) {
		String text = optional(reason);
		if (text == null) {
			throw new InvalidInputException("reason", "dqa.reason.required", "reason is required");
		}
		return text;
	}
}
