package org.agora.calendar;

import java.time.Instant;
import java.util.List;

/** A new event is on the calendar. */
public record EventScheduled(long eventId, String title, EventType type, Instant startsAt, List<Long> organizerIds) {
}
