package org.agora.people;

/** Someone nominated a colleague as a knowledge leader. */
public record LeaderNominated(long nominationId, long nomineeId, long nominatorId) {
}
