package org.agora.discussions;

import org.agora.platform.web.InvalidInputException;

/** The link is on the radar or in its queue already; {@link #existingId()} is that item. */
class RadarDuplicateException extends InvalidInputException {

	private final long existingId;

	private final boolean approved;

	RadarDuplicateException(long existingId, boolean approved) {
		super("url", "dradar.error.duplicate", "This link has been shared already (radar item " + existingId + ")");
		this.existingId = existingId;
		this.approved = approved;
	}

	long existingId() {
		return existingId;
	}

	boolean approved() {
		return approved;
	}

	/** Where people see the existing item. */
	String link() {
		return "/radar#radar-item-" + existingId;
	}
}
