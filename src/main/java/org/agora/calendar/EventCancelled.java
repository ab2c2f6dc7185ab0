package org.agora.calendar;

import java.time.Instant;
import java.util.List;

/**
 * Organizers cancelled an event.
 *
 * @param reason what the organizers told registrants, or null
 * @param registrantIds the people who were registered or on the waitlist
 */
public record EventCancelled(long eventId, String title, Instant startsAt, String reason, List<Long> registrantIds) {
}
