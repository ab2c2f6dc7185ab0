package org.agora.discussions;

import java.util.List;

/**
 * A community manager published an announcement.
 *
 * @param recipientIds everyone in its audience when it was published (never anyone outside it), the author aside
 */
public record AnnouncementPublished(long announcementId, String title, long authorId, String authorName,
		AnnouncementAudience audience, List<Long> recipientIds) {

	public AnnouncementPublished {
		recipientIds = List.copyOf(recipientIds);
	}
}
