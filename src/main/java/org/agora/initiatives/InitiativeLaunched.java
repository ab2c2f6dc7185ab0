package org.agora.initiatives;

import java.time.Instant;

/**
 * An initiative became active in its unit for the first time.
 *
 * @param path its address, {@code /initiatives/<id>}
 */
public record InitiativeLaunched(long initiativeId, long unitId, long leaderId, long launchedBy, String title,
		String path, Instant launchedAt) {
}
