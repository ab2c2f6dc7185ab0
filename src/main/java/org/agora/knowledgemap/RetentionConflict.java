package org.agora.knowledgemap;

import org.agora.platform.web.InvalidInputException;

/**
 * A change refused because of what happened meanwhile rather than what was typed (the holder changed since the form
 * was read, the action was already done): 409 in the API, and on the page the form again with the reason.
 */
class RetentionConflict extends InvalidInputException {

	RetentionConflict(String field, String messageKey, String message) {
		super(field, messageKey, message);
	}
}
