package org.agora.initiatives;

import java.time.Instant;
import java.time.LocalDate;

/** A KM initiative of a unit, as stored. */
record Initiative(long id, long unitId, long leaderId, String title, String goal, InitiativeKind kind,
		String audience, LocalDate plannedStart, LocalDate plannedEnd, InitiativeStatus status, String stopReason,
		int version, long createdBy, Instant createdAt, Instant updatedAt, Instant launchedAt, Instant completedAt,
		Instant stoppedAt) {

	String path() {
		return path(id);
	}

	static String path(long id) {
		return "/initiatives/" + id;
	}
}
