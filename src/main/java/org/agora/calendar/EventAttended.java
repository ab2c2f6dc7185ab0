package org.agora.calendar;

import java.time.Instant;

/**
 * A person attended an event, checked in by an organizer or with the event's code.
 *
 * @param checkedInBy the organizer who checked the person in, or the person themselves
 */
public record EventAttended(long eventId, long personId, EventType type, Instant attendedAt, long checkedInBy) {
}
