package org.agora.discussions;

import java.time.Instant;
import java.util.List;

/**
 * A reply was posted in a discussion (in a question, an answer publishes {@link AnswerPosted} instead).
 *
 * @param quotedPostId the post the reply quotes, or null
 * @param mentionedIds people mentioned in the reply
 */
public record ReplyPosted(long postId, long threadId, long spaceId, boolean privateSpace, long authorId,
		long threadAuthorId, Long quotedPostId, List<Long> mentionedIds, Instant postedAt) {
}
