package org.agora.people;

/** Where a nomination stands. */
public enum NominationStatus {
	PENDING, ACCEPTED, DECLINED
}
