package org.agora.discussions;

import java.time.Instant;

/** Someone flagged a post for the moderators, with one of the flag reasons. */
public record PostFlagged(long flagId, long postId, long threadId, long spaceId, long authorId, long flaggedBy,
		String reason, Instant flaggedAt) {
}
