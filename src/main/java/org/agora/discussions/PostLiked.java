package org.agora.discussions;

import java.time.Instant;

/** Someone liked a post (never their own). */
public record PostLiked(long postId, long threadId, long spaceId, long authorId, long likedBy, Instant likedAt) {
}
