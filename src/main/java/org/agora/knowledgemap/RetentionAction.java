package org.agora.knowledgemap;

import java.time.Instant;
import java.time.LocalDate;

/** One action of a holder's retention plan. */
record RetentionAction(long id, long holderId, ActionKind kind, String title, long ownerId, LocalDate dueOn,
		ActionStatus status, ActionResult result, String linkPath, String linkLabel, Instant completedAt) {

	boolean overdue(LocalDate today) {
		return status.open() && dueOn.isBefore(today);
	}
}
