package org.agora.people;

/** Where a person stands in the knowledge-leader programme. */
public enum LeaderStatus {
	NOMINEE, ACTIVE, ALUMNI
}
