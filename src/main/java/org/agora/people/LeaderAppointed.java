package org.agora.people;

import java.time.LocalDate;

/** A community manager appointed a knowledge leader. */
public record LeaderAppointed(long personId, long nominationId, long nominatorId, Long unitId, LocalDate startDate,
		String cohortLabel) {
}
