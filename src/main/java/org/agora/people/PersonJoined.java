package org.agora.people;

/** A person got an Agora account. */
public record PersonJoined(long personId, Long unitId) {
}
