package org.agora.discussions;

import java.time.Instant;
import java.util.List;

/** A question was asked (published beside {@link ThreadCreated}). */
public record QuestionAsked(long threadId, long spaceId, boolean privateSpace, long authorId, String title,
		List<String> tags, Instant askedAt) {
}
