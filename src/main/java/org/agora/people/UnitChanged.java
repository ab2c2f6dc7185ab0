package org.agora.people;

/** An org unit was added, renamed or moved in the tree. */
public record UnitChanged(long unitId, Long parentId) {
}
