package org.agora.calendar;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An event as its organizers type it, in the form and in the API. Times are local date-times
 * ({@code 2027-01-12T17:00}) in {@link #timeZone}; everything stays as typed so that a form with an error shows it
 * again.
 *
 * @param focus focus area names ({@link FocusArea})
 * @param tags free tags, separated by commas
 * @param capacity the number of seats; empty for no limit
 * @param registrationDeadline when registration closes, in the event's time zone; empty for the start
 * @param organizers the organizers' email addresses, separated by commas or new lines
 */
record EventForm(String title, String description, String type, List<String> focus, String tags, String start,
		String end, String timeZone, String location, String onlineUrl, String capacity, String registrationDeadline,
		String audience, String partnerOrganization, String organizers) {

	static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	EventForm {
		focus = focus == null ? List.of() : List.copyOf(focus);
	}

	/** An empty form for a new event: a lecture for leaders, planned in the given zone. */
	static EventForm blank(ZoneId zone, String organizerEmail) {
		return new EventForm("", "", EventType.LECTURE.name(), List.of(), "", "", "", zone.getId(), "", "", "", "",
				Audience.LEADERS.name(), "", organizerEmail);
	}

	/** The form of an existing event, for editing. */
	static EventForm of(CalendarEvent event, List<String> organizerEmails) {
		return new EventForm(event.title(), event.description() == null ? "" : event.description(),
				event.type().name(), event.focus().stream().map(Enum::name).toList(), String.join(", ", event.tags()),
				local(event.startsAt(), event.zone()), local(event.endsAt(), event.zone()), event.zone().getId(),
				nullToEmpty(event.location()), nullToEmpty(event.onlineUrl()),
				event.capacity() == null ? "" : event.capacity().toString(),
				event.registrationDeadline() == null ? "" : local(event.registrationDeadline(), event.zone()),
				event.audience().name(), nullToEmpty(event.partnerOrganization()), String.join(", ", organizerEmails));
	}

	boolean hasFocus(String name) {
		return focus.contains(name);
	}

	private static String local(java.time.Instant instant, ZoneId zone) {
		return LocalDateTime.ofInstant(instant, zone).format(LOCAL);
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
