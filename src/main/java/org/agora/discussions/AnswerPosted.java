package org.agora.discussions;

import java.time.Instant;
import java.util.List;

/**
 * An answer was posted to a question.
 *
 * @param firstAnswer whether it is the question's first answer
 * @param mentionedIds people mentioned in the answer
 */
public record AnswerPosted(long postId, long threadId, long spaceId, boolean privateSpace, long authorId,
		long questionAuthorId, boolean firstAnswer, List<Long> mentionedIds, Instant postedAt) {
}
