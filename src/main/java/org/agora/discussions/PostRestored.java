package org.agora.discussions;

import java.time.Instant;

/** A moderator restored a hidden post (and, for an opening post, its thread). */
public record PostRestored(long postId, long threadId, long spaceId, long authorId, boolean opening, long restoredBy,
		Instant restoredAt) {
}
