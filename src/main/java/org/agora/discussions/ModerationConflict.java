package org.agora.discussions;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** An action that clashes with the state it meets (a second vote, a second flag, hiding a hidden post): 409. */
class ModerationConflict extends ResponseStatusException {

	private final String messageKey;

	ModerationConflict(String messageKey, String detail) {
		super(HttpStatus.CONFLICT, detail);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return messageKey;
	}
}
