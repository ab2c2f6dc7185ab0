package org.agora.people;

/** A community manager declined a nomination. */
public record NominationDeclined(long nominationId, long nomineeId, long nominatorId) {
}
