package org.agora.discussions;

import java.time.Instant;

/**
 * A person became an active member of a private space.
 *
 * @param admittedBy the moderator who approved the request, or the person themself when accepting an invitation
 */
public record SpaceJoined(long spaceId, String spaceName, String spaceSlug, long personId, long admittedBy,
		Instant joinedAt) {
}
