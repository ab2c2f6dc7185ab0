package org.agora.discussions;

/** Where a radar item stands in curation: waiting in the queue, on the radar, or turned down. */
enum RadarStatus {

	PENDING, APPROVED, REJECTED
}
