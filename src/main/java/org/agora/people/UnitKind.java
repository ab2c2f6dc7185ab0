package org.agora.people;

/** The level of an org unit in the tree. */
public enum UnitKind {
	DIVISION, DEPARTMENT, TEAM
}
