package org.agora.initiatives;

import java.time.LocalDate;

/** A milestone of an initiative was marked reached. */
public record InitiativeMilestoneReached(long initiativeId, long milestoneId, long unitId, long leaderId,
		long markedBy, String milestone, LocalDate reachedOn) {
}
