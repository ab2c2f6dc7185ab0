package org.agora.calendar;

import java.time.Instant;
import java.util.List;

/**
 * Organizers changed an event.
 *
 * @param timeOrPlaceChanged whether the start, end, place or online link changed, which registrants need to know
 * @param registrantIds the people registered or on the waitlist
 */
public record EventChanged(long eventId, String title, Instant startsAt, String timeZone, boolean timeOrPlaceChanged,
		List<Long> registrantIds) {
}
