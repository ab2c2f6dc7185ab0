package org.agora.initiatives;

import java.time.Instant;

/**
 * An initiative was completed (never sent for a stopped one).
 *
 * @param path its address, {@code /initiatives/<id>}
 */
public record InitiativeCompleted(long initiativeId, long unitId, long leaderId, long completedBy, String title,
		String path, Instant completedAt) {
}
