package org.agora.discussions;

import java.time.Instant;

/**
 * An announcement as a viewer sees it.
 *
 * @param unitName the unit of a UNIT announcement, else null
 * @param read whether the viewer dismissed it
 * @param readCount how many dismissed it (shown to managers)
 */
record Announcement(long id, String title, String body, AnnouncementAudience audience, Long unitId, String unitName,
		long authorId, String authorName, Instant publishedAt, Instant expiresAt, boolean read, long readCount) {

	boolean expiredAt(Instant now) {
		return !expiresAt.isAfter(now);
	}
}
