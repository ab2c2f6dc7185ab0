package org.agora.calendar;

import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An event as pages, the API and the iCalendar export show it.
 *
 * @param zone the IANA time zone the event was planned in
 * @param capacity the number of seats, or null when there is no limit
 * @param registrationDeadline when registration closes, or null for the start of the event
 * @param sequence raised on every change, for iCalendar
 * @param heldAt when the event was recorded as held (after its end), or null
 */
record CalendarEvent(long id, String uid, String title, String description, EventType type, Instant startsAt,
		Instant endsAt, ZoneId zone, String location, String onlineUrl, Integer capacity, Instant registrationDeadline,
		Audience audience, String partnerOrganization, EventStatus status, String cancelReason, int sequence,
		String checkInCode, Instant heldAt, long createdBy, Instant createdAt, Instant updatedAt, Set<FocusArea> focus,
		List<String> tags, List<Long> organizerIds) {

	boolean cancelled() {
		return status == EventStatus.CANCELLED;
	}

	boolean organizedBy(long personId) {
		return organizerIds.contains(personId);
	}

	boolean started(Instant now) {
		return !now.isBefore(startsAt);
	}

	boolean ended(Instant now) {
		return !now.isBefore(endsAt);
	}

	/** When registration closes: the deadline, or else the start. */
	Instant closesAt() {
		return registrationDeadline != null ? registrationDeadline : startsAt;
	}

	/** Whether people can register or cancel now. */
	boolean registrationOpen(Instant now) {
		return !cancelled() && now.isBefore(closesAt()) && !started(now);
	}

	/** The event's page. */
	String path() {
		return "/calendar/events/" + id;
	}

	static String slug(String title) {
		String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		return ascii.length() > 60 ? ascii.substring(0, 60).replaceAll("-+$", "") : ascii.isEmpty() ? "event" : ascii;
	}
}
