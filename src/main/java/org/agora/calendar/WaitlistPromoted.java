package org.agora.calendar;

import java.time.Instant;

/** A seat came free and the first person on the waitlist has it now. */
public record WaitlistPromoted(long eventId, long personId, String title, Instant startsAt) {
}
