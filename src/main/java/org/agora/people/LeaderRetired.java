package org.agora.people;

/** A knowledge leader's term ended; they are alumni now. */
public record LeaderRetired(long personId) {
}
