package org.agora.initiatives;

import org.agora.platform.web.InvalidInputException;

/**
 * A change the project's state refuses rather than its input: a charter saved on an older version, a status move
 * that is not allowed, work on a project that is not active, a second request to join. Answered with 409.
 */
class ProjectConflict extends InvalidInputException {

	ProjectConflict(String field, String messageKey, String message) {
		super(field, messageKey, message);
	}
}
