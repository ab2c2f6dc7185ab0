package org.agora.initiatives;

import java.time.Instant;

/**
 * A leader's request for help was answered and closed. It carries ids only: the request and its answer stay in the
 * support plan.
 */
public record HelpRequestResolved(long helpRequestId, long leaderId, long coachId, long resolvedBy,
		Instant resolvedAt) {
}
