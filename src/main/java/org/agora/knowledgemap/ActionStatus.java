package org.agora.knowledgemap;

/** Where a retention action stands: planned, then in progress, then done; or cancelled before it is done. */
enum ActionStatus {

	PLANNED, IN_PROGRESS, DONE, CANCELLED;

	boolean open() {
		return this == PLANNED || this == IN_PROGRESS;
	}

	/** Whether the action may move from this status to the next one. */
	boolean mayBecome(ActionStatus next) {
		return switch (next) {
			case IN_PROGRESS -> this == PLANNED;
			case DONE, CANCELLED -> open();
			case PLANNED -> false;
		};
	}
}
