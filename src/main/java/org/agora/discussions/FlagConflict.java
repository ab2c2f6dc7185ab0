package org.agora.discussions;

/** A second flag on a post while the person's first one is still open, or a decision on a flag already decided. */
class FlagConflict extends ModerationConflict {

	FlagConflict(String messageKey, String detail) {
		super(messageKey, detail);
	}
}
