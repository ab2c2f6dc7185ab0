package org.agora.calendar;

import java.time.Instant;

/** A registered person's event starts within a day; they get one reminder. */
public record EventReminderDue(long eventId, long personId, String title, Instant startsAt, String timeZone,
		String place) {
}
