package org.agora.discussions;

/** Where a membership stands: invited (waits for the person), requested (waits for a moderator), or active. */
enum MembershipStatus {

	INVITED, REQUESTED, ACTIVE
}
