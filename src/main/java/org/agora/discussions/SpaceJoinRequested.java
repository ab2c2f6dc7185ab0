package org.agora.discussions;

import java.time.Instant;
import java.util.List;

/**
 * A person asked to join a private space through its join link; the request waits for a moderator.
 *
 * @param moderatorIds who decides: the space's moderators, or the community managers when it has none
 */
public record SpaceJoinRequested(long spaceId, String spaceName, String spaceSlug, long personId,
		List<Long> moderatorIds, Instant requestedAt) {
}
