package org.agora.discussions;

import java.time.Instant;

/**
 * A post as the Q&amp;A and moderation actions read it, with the thread and space it is in.
 *
 * @param opening whether the post opens its thread (the question, in a question)
 */
record ModerationPost(long id, long threadId, long authorId, String authorName, String body, boolean opening,
		boolean hidden, int score, Instant createdAt, Space space, DiscussionThread thread) {

	/** An answer: a reply to a question, not its opening post. */
	boolean answer() {
		return thread.isQuestion() && !opening;
	}
}
