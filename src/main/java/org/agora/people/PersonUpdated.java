package org.agora.people;

/** Something about a person changed: their profile, unit, roles or whether their account is active. */
public record PersonUpdated(long personId, Long unitId, boolean active) {
}
