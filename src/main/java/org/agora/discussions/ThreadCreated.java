package org.agora.discussions;

import java.time.Instant;
import java.util.List;

/**
 * A thread was started: a discussion or a question (a question also publishes {@link QuestionAsked}).
 *
 * @param openingPostId the thread's first post
 * @param privateSpace whether the space is private, so that listeners keep its text to its members
 * @param mentionedIds people mentioned in the opening post
 */
public record ThreadCreated(long threadId, long openingPostId, long spaceId, boolean privateSpace, ThreadKind kind,
		long authorId, String title, List<String> tags, List<Long> mentionedIds, Instant createdAt) {
}
