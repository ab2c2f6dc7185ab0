package org.agora.discussions;

import java.time.Instant;
import java.util.List;

/**
 * A post was edited; its earlier text is kept as a revision.
 *
 * @param newlyMentionedIds people mentioned for the first time by this edit
 */
public record PostEdited(long postId, long threadId, long spaceId, boolean privateSpace, long authorId, long editedBy,
		List<Long> newlyMentionedIds, Instant editedAt) {
}
