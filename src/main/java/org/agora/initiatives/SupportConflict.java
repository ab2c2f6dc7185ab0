package org.agora.initiatives;

import org.agora.platform.web.InvalidInputException;

/**
 * A change the plan's state refuses rather than its input, such as answering a help request that was answered
 * meanwhile: 409 in the API, and on the page the plan again with the reason.
 */
class SupportConflict extends InvalidInputException {

	SupportConflict(String field, String messageKey, String message) {
		super(field, messageKey, message);
	}
}
