package org.agora.notifications;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.agora.calendar.EventCancelled;
import org.agora.calendar.EventChanged;
import org.agora.calendar.EventFeedbackRequested;
import org.agora.calendar.EventInvitationSent;
import org.agora.calendar.EventReminderDue;
import org.agora.calendar.WaitlistPromoted;
import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.TimeZones;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people about the events they are registered for or invited to: changes of time or place, cancellations, a
 * seat from the waitlist, the reminder the day before, and the survey afterwards. Times are written in the
 * reader's language and time zone.
 */
@Component
class CalendarNotifications {

	private final People people;

	private final Notifier notifier;

	private final ZoneId organizationZone;

	CalendarNotifications(People people, Notifier notifier, @Value("${agora.time-zone:UTC}") ZoneId organizationZone) {
		this.people = people;
		this.notifier = notifier;
		this.organizationZone = organizationZone;
	}

	@ApplicationModuleListener
	void on(EventInvitationSent event) {
		people.find(event.personId())
			.ifPresent(person -> notifier.tell(person, NotificationKind.EVENT_INVITATION,
					List.of(event.title(), when(person, event.startsAt())), eventLink(event.eventId())));
	}

	@ApplicationModuleListener
	void on(EventChanged event) {
		if (!event.timeOrPlaceChanged()) {
			return;
		}
		for (long personId : event.registrantIds()) {
			people.find(personId)
				.ifPresent(person -> notifier.tell(person, NotificationKind.EVENT_CHANGED,
						List.of(event.title(), when(person, event.startsAt())), eventLink(event.eventId())));
		}
	}

	@ApplicationModuleListener
	void on(EventCancelled event) {
		for (long personId : event.registrantIds()) {
			people.find(personId)
				.ifPresent(person -> notifier.tell(person, NotificationKind.EVENT_CANCELLED,
						List.of(event.title(), when(person, event.startsAt()),
								event.reason() == null ? "" : event.reason()),
						eventLink(event.eventId())));
		}
	}

	@ApplicationModuleListener
	void on(WaitlistPromoted event) {
		people.find(event.personId())
			.ifPresent(person -> notifier.tell(person, NotificationKind.WAITLIST_PROMOTED,
					List.of(event.title(), when(person, event.startsAt())), eventLink(event.eventId())));
	}

	@ApplicationModuleListener
	void on(EventReminderDue event) {
		people.find(event.personId())
			.ifPresent(person -> notifier.tell(person, NotificationKind.EVENT_REMINDER,
					List.of(event.title(), when(person, event.startsAt()), event.place() == null ? "" : event.place()),
					eventLink(event.eventId())));
	}

	@ApplicationModuleListener
	void on(EventFeedbackRequested event) {
		people.find(event.personId())
			.ifPresent(person -> notifier.tell(person, NotificationKind.EVENT_FEEDBACK, List.of(event.title()),
					eventLink(event.eventId()) + "/feedback"));
	}

	/** The start of an event as its reader reads times: their language, their zone, and the zone named. */
	String when(PersonSummary person, Instant startsAt) {
		var zone = TimeZones.parse(person.timeZone()).orElse(organizationZone);
		var locale = person.locale() == null || person.locale().isBlank() ? Locale.ENGLISH
				: Locale.forLanguageTag(person.locale());
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.format(startsAt.atZone(zone)) + " (" + zone.getId() + ")";
	}

	private static String eventLink(long eventId) {
		return "/calendar/events/" + eventId;
	}
}
