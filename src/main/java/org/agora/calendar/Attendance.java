package org.agora.calendar;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who came to an event. Organizers check people in from the registration list, and may undo a check-in made by
 * mistake; registrants check themselves in with the event's code. Check-in is open from an hour before the start
 * until a week after the end, and never for a cancelled event.
 * <p>
 * An organizer may also check in someone from the waitlist who came anyway: that person takes a seat, registered
 * and attended, even beyond the capacity, since they are in the room. People on the waitlist cannot check
 * themselves in.
 * <p>
 * A person's first check-in publishes {@link EventAttended}; undoing it and checking in again publishes nothing more.
 * Wrong codes are counted per person and event, so that the six-letter code cannot be guessed.
 */
@Service
@Transactional
class Attendance {

	static final Duration OPENS_BEFORE_START = Duration.ofHours(1);

	static final Duration CLOSES_AFTER_END = Duration.ofDays(7);

	static final int MAX_WRONG_CODES = 10;

	static final Duration WRONG_CODE_PERIOD = Duration.ofHours(1);

	/** Whether people can be checked in now. */
	enum Window {

		NOT_YET, OPEN, CLOSED, CANCELLED;

		static Window of(CalendarEvent event, Instant now) {
			if (event.cancelled()) {
				return CANCELLED;
			}
			if (now.isBefore(event.startsAt().minus(OPENS_BEFORE_START))) {
				return NOT_YET;
			}
			return now.isAfter(event.endsAt().plus(CLOSES_AFTER_END)) ? CLOSED : OPEN;
		}

		/** The message key explaining why check-in is not possible now, or null when it is. */
		String errorKey() {
			return switch (this) {
				case NOT_YET -> "calattend.error.notYet";
				case CLOSED -> "calattend.error.closed";
				case CANCELLED -> "calattend.error.cancelled";
				case OPEN -> null;
			};
		}

		private String problem() {
			return switch (this) {
				case NOT_YET -> "Check-in opens an hour before the start.";
				case CLOSED -> "Check-in closed a week after the end.";
				case CANCELLED -> "The event is cancelled; nobody checks in.";
				case OPEN -> "";
			};
		}
	}

	/** Too many wrong codes in the last hour. */
	static class TooManyAttempts extends InvalidInputException {

		TooManyAttempts() {
			super("code", "calattend.error.tooManyAttempts",
					"Too many wrong codes; try again in an hour, or ask an organizer to check you in.");
		}
	}

	private final JdbcClient jdbc;

	private final EventAccess access;

	private final EventEditor editor;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Attendance(JdbcClient jdbc, EventAccess access, EventEditor editor, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.editor = editor;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * An organizer checks a person in. Someone on the waitlist takes a seat. Checking in twice changes nothing.
	 *
	 * @return when the person was checked in
	 */
	Instant checkIn(AgoraPrincipal viewer, long eventId, long personId) {
		var event = editor.lockForOrganizer(viewer, eventId);
		var now = clock.instant();
		requireOpen(event, now, "attendance");
		var registration = registration(eventId, personId)
			.filter(r -> r.status() != RegistrationStatus.CANCELLED)
			.orElseThrow(() -> new InvalidInputException("attendance", "calattend.error.notRegistered",
					"This person is not registered for the event."));
		if (registration.attendedAt() != null) {
			return registration.attendedAt();
		}
		jdbc.sql("""
				update calendar_registration set status = 'REGISTERED', attended_at = :now, checked_in_by = :by,
				  updated_at = :now
				where event_id = :event and person_id = :person""")
			.param("now", Timestamp.from(now))
			.param("by", viewer.personId())
			.param("event", eventId)
			.param("person", personId)
			.update();
		publishOnce(event, personId, now, viewer.personId());
		return now;
	}

	/** An organizer takes back a check-in made by mistake; the person keeps their seat. */
	void undo(AgoraPrincipal viewer, long eventId, long personId) {
		var event = editor.lockForOrganizer(viewer, eventId);
		requireOpen(event, clock.instant(), "attendance");
		if (registration(eventId, personId).filter(r -> r.status() != RegistrationStatus.CANCELLED).isEmpty()) {
			throw new InvalidInputException("attendance", "calattend.error.notRegistered",
					"This person is not registered for the event.");
		}
		jdbc.sql("""
				update calendar_registration set attended_at = null, checked_in_by = null, updated_at = :now
				where event_id = :event and person_id = :person""")
			.param("now", Timestamp.from(clock.instant()))
			.param("event", eventId)
			.param("person", personId)
			.update();
	}

	/**
	 * The viewer checks in with the event's code, compared without regard to case or surrounding spaces. A wrong code
	 * is remembered even though the request fails.
	 *
	 * @return when the viewer was checked in (earlier, if they had been already)
	 */
	@Transactional(noRollbackFor = InvalidInputException.class)
	Instant checkInWithCode(AgoraPrincipal viewer, long eventId, String code) {
		var event = access.visible(viewer, eventId);
		var now = clock.instant();
		requireOpen(event, now, "code");
		var registration = registration(eventId, viewer.personId())
			.filter(r -> r.status() != RegistrationStatus.CANCELLED)
			.orElseThrow(() -> new InvalidInputException("code", "calattend.error.selfNotRegistered",
					"You are not registered for this event, so there is nothing to check in."));
		if (registration.status() == RegistrationStatus.WAITLISTED) {
			throw new InvalidInputException("code", "calattend.error.waitlisted",
					"You are on the waitlist and have no seat; an organizer can check you in if there is room.");
		}
		if (registration.attendedAt() != null) {
			return registration.attendedAt();
		}
		if (wrongCodes(eventId, viewer.personId(), now) >= MAX_WRONG_CODES) {
			throw new TooManyAttempts();
		}
		String typed = code == null ? "" : code.strip();
		if (typed.isEmpty()) {
			throw new InvalidInputException("code", "calattend.error.codeRequired", "Type the code the organizers show.");
		}
		if (!typed.toUpperCase(Locale.ROOT).equals(event.checkInCode().toUpperCase(Locale.ROOT))) {
			jdbc.sql("""
					insert into calendar_check_in_attempt (event_id, person_id, attempted_at)
					values (:event, :person, :now)""")
				.param("event", eventId)
				.param("person", viewer.personId())
				.param("now", Timestamp.from(now))
				.update();
			throw new InvalidInputException("code", "calattend.error.wrongCode",
					"This is not the event's code; check it and try again.");
		}
		int updated = jdbc.sql("""
				update calendar_registration set attended_at = :now, checked_in_by = :person, updated_at = :now
				where event_id = :event and person_id = :person and status = 'REGISTERED' and attended_at is null""")
			.param("now", Timestamp.from(now))
			.param("event", eventId)
			.param("person", viewer.personId())
			.update();
		if (updated > 0) {
			publishOnce(event, viewer.personId(), now, viewer.personId());
		}
		return registration(eventId, viewer.personId()).map(Registration::attendedAt).orElse(now);
	}

	/** The viewer's seat and check-in for the event, if they registered. */
	@Transactional(readOnly = true)
	Optional<Registration> registrationOf(long eventId, long personId) {
		return registration(eventId, personId);
	}

	Instant now() {
		return clock.instant();
	}

	/** A person's registration as check-in sees it. */
	record Registration(RegistrationStatus status, Instant attendedAt) {
	}

	private void publishOnce(CalendarEvent event, long personId, Instant now, long checkedInBy) {
		int first = jdbc.sql("""
				update calendar_registration set attendance_published_at = :now
				where event_id = :event and person_id = :person and attendance_published_at is null""")
			.param("now", Timestamp.from(now))
			.param("event", event.id())
			.param("person", personId)
			.update();
		if (first > 0) {
			events.publishEvent(new EventAttended(event.id(), personId, event.type(), now, checkedInBy));
		}
	}

	private static void requireOpen(CalendarEvent event, Instant now, String field) {
		var window = Window.of(event, now);
		if (window != Window.OPEN) {
			throw new InvalidInputException(field, window.errorKey(), window.problem());
		}
	}

	private int wrongCodes(long eventId, long personId, Instant now) {
		return jdbc.sql("""
				select count(*) from calendar_check_in_attempt
				where event_id = :event and person_id = :person and attempted_at > :since""")
			.param("event", eventId)
			.param("person", personId)
			.param("since", Timestamp.from(now.minus(WRONG_CODE_PERIOD)))
			.query(Integer.class)
			.single();
	}

	private Optional<Registration> registration(long eventId, long personId) {
		return jdbc.sql("""
				select status, attended_at from calendar_registration where event_id = :event and person_id = :person""")
			.param("event", eventId)
			.param("person", personId)
			.query((rs, n) -> new Registration(RegistrationStatus.valueOf(rs.getString(1)),
					EventStore.instant(rs, "attended_at")))
			.optional();
	}
}
