package org.agora.knowledgemap;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One action of a holder's retention plan. Done, its result (the knowledge captured, or {@code successorId} now
 * holding it) lowers the holder's risk once a manager confirmed it.
 */
record RetentionAction(long id, long holderId, ActionKind kind, String title, long ownerId, LocalDate dueOn,
		ActionStatus status, ActionResult result, String linkPath, String linkLabel, Instant completedAt,
		Long successorId, Long confirmedBy, Instant confirmedAt) {

	boolean overdue(LocalDate today) {
		return status.open() && dueOn.isBefore(today);
	}

	/** Done with a result that would lower the risk, and no manager has confirmed it yet. */
	boolean awaitingConfirmation() {
		return status == ActionStatus.DONE && result != null && result != ActionResult.NONE && confirmedAt == null;
	}
}
