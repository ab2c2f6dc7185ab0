package org.agora.discussions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A thread as stored, with its tags.
 *
 * @param replyCount visible replies (answers, in a question), the opening post not counted
 * @param firstAnswerAt when the first reply or answer was posted, or null
 * @param acceptedPostId the accepted answer of a question, or null
 * @param duplicateOf the question this one was closed as a duplicate of, or null
 */
record DiscussionThread(long id, long spaceId, ThreadKind kind, String title, long authorId, Instant createdAt,
		Instant lastActivityAt, int replyCount, boolean pinned, boolean locked, boolean closed, boolean hidden,
		Long duplicateOf, Long acceptedPostId, Instant firstAnswerAt, int version, List<String> tags) {

	boolean isQuestion() {
		return kind == ThreadKind.QUESTION;
	}

	/** Open for new posts: neither locked nor closed. */
	boolean acceptsPosts() {
		return !locked && !closed;
	}

	/** The thread's readable address, {@code /discussions/t/<id>-<slug>}. */
	String path() {
		return ThreadPaths.of(id, title);
	}

	/** How long the question waited for its first answer, or null while it has none. */
	Duration answeredWithin() {
		return firstAnswerAt == null ? null : Duration.between(createdAt, firstAnswerAt);
	}
}
