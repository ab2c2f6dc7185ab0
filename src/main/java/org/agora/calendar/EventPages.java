package org.agora.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.markdown.MarkdownRenderer;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What an event's page and its forms show the viewer, checked against {@link CalendarPolicy}. */
@Component
@Transactional(readOnly = true)
class EventPages {

	/** A material or a recording of the event. */
	record Link(long id, LinkKind kind, String title, String url) {
	}

	record Organizer(long id, String name) {
	}

	/** Why the viewer cannot register now. */
	enum Closed {

		CANCELLED, ENDED, STARTED, DEADLINE

	}

	/**
	 * An event's page for one viewer.
	 *
	 * @param standing the viewer's registration or place on the waitlist, or null when they hold neither
	 * @param organize the viewer may change and cancel the event
	 * @param attended the viewer was checked in
	 * @param feedbackDue the viewer attended the event, which is over, and has not said how it was yet
	 */
	record EventPage(CalendarEvent event, EventStore.Seats seats, List<Organizer> organizers, List<Link> links,
			Registrations.Standing standing, boolean organize, boolean attended, boolean feedbackDue,
			String descriptionHtml, Instant now) {

		boolean registered() {
			return standing != null && standing.status() == RegistrationStatus.REGISTERED;
		}

		boolean waitlisted() {
			return standing != null && standing.status() == RegistrationStatus.WAITLISTED;
		}

		boolean full() {
			return event.capacity() != null && seats.registered() >= event.capacity();
		}

		/** Why registration is closed, or null while it is open. */
		Closed closed() {
			if (event.cancelled()) {
				return Closed.CANCELLED;
			}
			if (event.ended(now)) {
				return Closed.ENDED;
			}
			if (event.started(now)) {
				return Closed.STARTED;
			}
			return event.registrationOpen(now) ? null : Closed.DEADLINE;
		}

		/** A registration can be given up until the event starts. */
		boolean mayGiveUp() {
			return (registered() || waitlisted()) && !event.started(now);
		}

		/** A registered attendee who has not checked in yet may do so with the code while check-in is open. */
		boolean checkInOpen() {
			return registered() && !attended && Attendance.Window.of(event, now) == Attendance.Window.OPEN;
		}

		boolean mayEdit() {
			return organize && !event.cancelled();
		}

		boolean mayCancel() {
			return organize && !event.cancelled() && !event.ended(now);
		}

		boolean sameDay(ZoneId zone) {
			return event.startsAt().atZone(zone).toLocalDate().equals(event.endsAt().atZone(zone).toLocalDate());
		}

		/** The instant as a machine-readable date and time in the zone, for {@code <time datetime>}. */
		String iso(Instant instant, ZoneId zone) {
			return instant.atZone(zone).toOffsetDateTime().toString();
		}

		/** The instant's date and time in the event's own zone, in the reader's language. */
		String inEventZone(Instant instant, Locale locale) {
			return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
				.withLocale(locale)
				.format(instant.atZone(event.zone()));
		}

		/** The end in the event's own zone: its time of day alone when the event ends on the day it starts. */
		String endInEventZone(Locale locale) {
			return sameDay(event.zone()) ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
				.withLocale(locale)
				.format(event.endsAt().atZone(event.zone())) : inEventZone(event.endsAt(), locale);
		}
	}

	private final EventStore store;

	private final CalendarPolicy policy;

	private final Registrations registrations;

	private final People people;

	private final MarkdownRenderer markdown;

	private final JdbcClient jdbc;

	private final Clock clock;

	EventPages(EventStore store, CalendarPolicy policy, Registrations registrations, People people,
			MarkdownRenderer markdown, JdbcClient jdbc, Clock clock) {
		this.store = store;
		this.policy = policy;
		this.registrations = registrations;
		this.people = people;
		this.markdown = markdown;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The event's page; an event the viewer may not see is not found. */
	EventPage page(AgoraPrincipal viewer, long id) {
		var event = store.find(id).filter(e -> policy.maySee(viewer, e)).orElseThrow(() -> new NotFoundException("Event"));
		var standing = registrations.standingOf(id, viewer.personId())
			.filter(s -> s.status() != RegistrationStatus.CANCELLED)
			.orElse(null);
		var now = clock.instant();
		boolean attended = attended(id, viewer.personId());
		boolean feedbackDue = attended && event.ended(now) && !event.cancelled() && !answered(id, viewer.personId());
		return new EventPage(event, store.seats(id), organizers(event), links(id), standing,
				policy.mayOrganize(viewer, event), attended, feedbackDue, markdown.toHtml(event.description()), now);
	}

	/**
	 * The event for one of its organizers (or a manager): not found for people who may not see it, forbidden to
	 * those who may see it but not change it.
	 */
	CalendarEvent organized(AgoraPrincipal viewer, long id) {
		var event = store.find(id).orElseThrow(() -> new NotFoundException("Event"));
		if (!policy.mayOrganize(viewer, event)) {
			if (!policy.maySee(viewer, event)) {
				throw new NotFoundException("Event");
			}
			throw new AccessDeniedException("Only the event's organizers change it");
		}
		return event;
	}

	boolean mayCreate(AgoraPrincipal viewer) {
		return policy.mayCreate(viewer);
	}

	/** The form of an existing event, with its organizers' email addresses. */
	EventForm form(CalendarEvent event) {
		var emails = event.organizerIds()
			.stream()
			.map(people::find)
			.flatMap(java.util.Optional::stream)
			.map(PersonSummary::email)
			.toList();
		return EventForm.of(event, emails);
	}

	/** An empty form in the viewer's time zone, naming the viewer as its organizer. */
	EventForm blankForm(AgoraPrincipal viewer, ZoneId zone) {
		return EventForm.blank(zone, people.find(viewer.personId()).map(PersonSummary::email).orElse(""));
	}

	private List<Organizer> organizers(CalendarEvent event) {
		return event.organizerIds()
			.stream()
			.map(people::find)
			.flatMap(java.util.Optional::stream)
			.map(p -> new Organizer(p.id(), p.fullName()))
			.toList();
	}

	private List<Link> links(long eventId) {
		return jdbc.sql("select id, kind, title, url from calendar_event_link where event_id = :event order by kind, id")
			.param("event", eventId)
			.query((rs, n) -> new Link(rs.getLong("id"), LinkKind.valueOf(rs.getString("kind")), rs.getString("title"),
					rs.getString("url")))
			.list();
	}

	private boolean attended(long eventId, long personId) {
		return jdbc.sql("""
				select count(*) from calendar_registration
				where event_id = :event and person_id = :person and status = 'REGISTERED'
				  and attended_at is not null""")
			.param("event", eventId)
			.param("person", personId)
			.query(Integer.class)
			.single() > 0;
	}

	private boolean answered(long eventId, long personId) {
		return jdbc.sql("select count(*) from calendar_feedback where event_id = :event and person_id = :person")
			.param("event", eventId)
			.param("person", personId)
			.query(Integer.class)
			.single() > 0;
	}
}
