package org.agora.calendar;

import java.time.Instant;

/** An event took place, and this organizer hosted it; published once per organizer when the event ends. */
public record EventHosted(long eventId, long organizerId, EventType type, Instant endedAt, int attendees) {
}
