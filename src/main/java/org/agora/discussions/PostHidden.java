package org.agora.discussions;

import java.time.Instant;

/**
 * A moderator hid a post (an opening post hides its whole thread); what was earned for it may be taken back.
 *
 * @param opening whether the post opens its thread
 */
public record PostHidden(long postId, long threadId, long spaceId, long authorId, boolean opening, long hiddenBy,
		String reason, Instant hiddenAt) {
}
