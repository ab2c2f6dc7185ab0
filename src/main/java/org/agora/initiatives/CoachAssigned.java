package org.agora.initiatives;

import java.time.Instant;

/**
 * A community manager assigned a coach to a knowledge leader's support plan, or changed the coach. It carries ids
 * only: the plan's focus stays in the plan.
 */
public record CoachAssigned(long planId, long leaderId, long coachId, long assignedBy, Instant assignedAt) {
}
