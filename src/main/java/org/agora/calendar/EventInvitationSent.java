package org.agora.calendar;

import java.time.Instant;

/** An organizer invited a person (a colleague or a guest from a partner community) to an event. */
public record EventInvitationSent(long eventId, long personId, String title, Instant startsAt, String timeZone,
		long invitedBy) {
}
