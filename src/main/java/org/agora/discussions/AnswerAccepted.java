package org.agora.discussions;

import java.time.Instant;

/**
 * An answer was accepted for a question.
 *
 * @param previousPostId the answer accepted before, which is no longer, or null
 * @param acceptedBy the asker, or a moderator
 */
public record AnswerAccepted(long postId, long threadId, long spaceId, boolean privateSpace, long answerAuthorId,
		long questionAuthorId, Long previousPostId, long acceptedBy, Instant acceptedAt) {
}
