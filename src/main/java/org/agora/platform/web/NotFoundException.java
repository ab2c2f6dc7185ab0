package org.agora.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The thing asked for does not exist, or the viewer may not know that it does. */
public class NotFoundException extends ResponseStatusException {

	public NotFoundException(String what) {
		super(HttpStatus.NOT_FOUND, what + " not found");
	}
}
