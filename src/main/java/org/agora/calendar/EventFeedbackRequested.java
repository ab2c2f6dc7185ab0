package org.agora.calendar;

/** An event is over; one of its attendees is asked for feedback. */
public record EventFeedbackRequested(long eventId, long personId, String title) {
}
