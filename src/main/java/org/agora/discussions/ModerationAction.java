package org.agora.discussions;

/** The moderation actions, as written to the audit trail ({@code discussions_moderation_log.action}). */
enum ModerationAction {

	PIN("pinned = true"), UNPIN("pinned = false"), LOCK("locked = true"), UNLOCK("locked = false"),
	CLOSE("closed = true"), REOPEN("closed = false, duplicate_of = null"), MOVE(null), DUPLICATE(null), HIDE(null),
	RESTORE(null), FLAGS_DISMISSED(null);

	/** The change a simple thread action makes to {@code discussions_thread}, or null for the others. */
	final String set;

	ModerationAction(String set) {
		this.set = set;
	}

	/** A thread action named in a URL ({@code pin}, {@code lock}...), or null. */
	static ModerationAction ofThreadPath(String name) {
		for (var action : values()) {
			if (action.set != null && action.name().equalsIgnoreCase(name)) {
				return action;
			}
		}
		return null;
	}
}
