package org.agora.knowledgemap;

import java.time.Instant;

/** An action of a retention plan was done, by its owner or a manager. */
public record RetentionActionCompleted(long actionId, long holderId, long areaId, long ownerId, long completedBy,
		Instant completedAt) {
}
