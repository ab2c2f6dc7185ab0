package org.agora.discussions;

import java.time.Instant;

/** A moderator invited a person to a private space; the invitation waits for the person's answer. */
public record SpaceInvitationSent(long spaceId, String spaceName, String spaceSlug, long personId, long invitedBy,
		Instant invitedAt) {
}
