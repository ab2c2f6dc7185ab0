package org.agora.initiatives;

import java.time.Instant;

/**
 * A knowledge leader asked their coach for help. It carries ids only: what they asked stays in their support plan.
 */
public record HelpRequested(long helpRequestId, long leaderId, long coachId, Instant requestedAt) {
}
