package org.agora.calendar;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seats and the waitlist. Every change takes the event's row lock first, so parallel registrations queue up and a
 * seat is never sold twice; {@code queue_no} keeps the order in which they came.
 */
@Service
@Transactional
class Registrations {

	/**
	 * Where the person stands after registering.
	 *
	 * @param position the place on the waitlist (1 is next), or 0 with a seat
	 */
	record Standing(RegistrationStatus status, int position) {
	}

	private final JdbcClient jdbc;

	private final EventStore store;

	private final CalendarPolicy policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Registrations(JdbcClient jdbc, EventStore store, CalendarPolicy policy, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Takes a seat, or a place on the waitlist when the event is full. Registering again changes nothing.
	 */
	Standing register(AgoraPrincipal viewer, long eventId) {
		var event = visible(viewer, eventId);
		lock(eventId);
		event = store.get(eventId);
		var now = clock.instant();
		if (event.cancelled()) {
			throw new InvalidInputException("registration", "calendar.error.registerCancelled",
					"The event is cancelled; registration is closed.");
		}
		if (event.started(now)) {
			throw new InvalidInputException("registration", "calendar.error.registerPast",
					"The event has already started; registration is closed.");
		}
		if (!now.isBefore(event.closesAt())) {
			throw new InvalidInputException("registration", "calendar.error.registerClosed",
					"The registration deadline has passed.");
		}
		if (!policy.mayRegister(viewer, event)) {
			throw new NotFoundException("Event");
		}
		var current = statusOf(eventId, viewer.personId());
		if (current.isPresent() && current.get() != RegistrationStatus.CANCELLED) {
			return standing(eventId, viewer.personId());
		}
		int registered = count(eventId, RegistrationStatus.REGISTERED);
		var status = event.capacity() == null || registered < event.capacity() ? RegistrationStatus.REGISTERED
				: RegistrationStatus.WAITLISTED;
		long queueNo = nextQueueNo(eventId);
		if (current.isPresent()) {
			jdbc.sql("""
					update calendar_registration set status = :status, queue_no = :queue, registered_at = :now,
					  updated_at = :now, promoted_at = null, reminded_at = null, attended_at = null,
					  checked_in_by = null, feedback_requested_at = null
					where event_id = :event and person_id = :person""")
				.param("status", status.name())
				.param("queue", queueNo)
				.param("now", Timestamp.from(now))
				.param("event", eventId)
				.param("person", viewer.personId())
				.update();
		}
		else {
			jdbc.sql("""
					insert into calendar_registration (event_id, person_id, status, queue_no, registered_at, updated_at)
					values (:event, :person, :status, :queue, :now, :now)""")
				.param("event", eventId)
				.param("person", viewer.personId())
				.param("status", status.name())
				.param("queue", queueNo)
				.param("now", Timestamp.from(now))
				.update();
		}
		return standing(eventId, viewer.personId());
	}

	/**
	 * Gives up a seat or a place on the waitlist. A seat given up goes to the first person waiting, who is told.
	 */
	void cancel(AgoraPrincipal viewer, long eventId) {
		visible(viewer, eventId);
		lock(eventId);
		var event = store.get(eventId);
		if (event.started(clock.instant())) {
			throw new InvalidInputException("registration", "calendar.error.cancelStarted",
					"The event has already started; the registration stays as it is.");
		}
		var current = statusOf(eventId, viewer.personId());
		if (current.isEmpty() || current.get() == RegistrationStatus.CANCELLED) {
			throw new InvalidInputException("registration", "calendar.error.notRegistered",
					"You are not registered for this event.");
		}
		if (checkedIn(eventId, viewer.personId())) {
			throw new InvalidInputException("registration", "calendar.error.cancelAttended",
					"You have checked in to this event; the registration stays as it is.");
		}
		jdbc.sql("""
				update calendar_registration set status = 'CANCELLED', updated_at = :now
				where event_id = :event and person_id = :person""")
			.param("now", Timestamp.from(clock.instant()))
			.param("event", eventId)
			.param("person", viewer.personId())
			.update();
		if (current.get() == RegistrationStatus.REGISTERED && !event.cancelled()) {
			fillSeats(eventId);
		}
	}

	/**
	 * Gives free seats to the people waiting, first come first served, and tells each. The caller holds the event's
	 * lock.
	 */
	void fillSeats(long eventId) {
		var event = store.get(eventId);
		if (event.cancelled() || event.started(clock.instant())) {
			return;
		}
		int free = event.capacity() == null ? Integer.MAX_VALUE
				: event.capacity() - count(eventId, RegistrationStatus.REGISTERED);
		if (free <= 0) {
			return;
		}
		var waiting = jdbc.sql("""
				select person_id from calendar_registration where event_id = :event and status = 'WAITLISTED'
				order by queue_no limit :free""")
			.param("event", eventId)
			.param("free", Math.min(free, 100_000))
			.query(Long.class)
			.list();
		var now = clock.instant();
		for (long personId : waiting) {
			jdbc.sql("""
					update calendar_registration set status = 'REGISTERED', promoted_at = :now, updated_at = :now
					where event_id = :event and person_id = :person""")
				.param("now", Timestamp.from(now))
				.param("event", eventId)
				.param("person", personId)
				.update();
			events.publishEvent(new WaitlistPromoted(eventId, personId, event.title(), event.startsAt()));
		}
	}

	/** Where the person stands for the event, if they ever registered. */
	@Transactional(readOnly = true)
	Optional<Standing> standingOf(long eventId, long personId) {
		return statusOf(eventId, personId).map(s -> standing(eventId, personId));
	}

	/** The people registered or waiting, for telling them about a change. */
	@Transactional(readOnly = true)
	List<Long> activeRegistrants(long eventId) {
		return jdbc.sql("""
				select person_id from calendar_registration where event_id = :event and status <> 'CANCELLED'
				order by queue_no""")
			.param("event", eventId)
			.query(Long.class)
			.list();
	}

	private CalendarEvent visible(AgoraPrincipal viewer, long eventId) {
		var event = store.find(eventId).orElseThrow(() -> new NotFoundException("Event"));
		if (!policy.maySee(viewer, event)) {
			throw new NotFoundException("Event");
		}
		return event;
	}

	private Standing standing(long eventId, long personId) {
		var status = statusOf(eventId, personId).orElseThrow();
		if (status != RegistrationStatus.WAITLISTED) {
			return new Standing(status, 0);
		}
		int ahead = jdbc.sql("""
				select count(*) from calendar_registration w where w.event_id = :event and w.status = 'WAITLISTED'
				and w.queue_no <= (select r.queue_no from calendar_registration r
				                   where r.event_id = :event and r.person_id = :person)""")
			.param("event", eventId)
			.param("person", personId)
			.query(Integer.class)
			.single();
		return new Standing(status, ahead);
	}

	private Optional<RegistrationStatus> statusOf(long eventId, long personId) {
		return jdbc.sql("select status from calendar_registration where event_id = :event and person_id = :person")
			.param("event", eventId)
			.param("person", personId)
			.query((rs, n) -> RegistrationStatus.valueOf(rs.getString(1)))
			.optional();
	}

	private boolean checkedIn(long eventId, long personId) {
		return jdbc.sql("""
				select count(*) from calendar_registration
				where event_id = :event and person_id = :person and attended_at is not null""")
			.param("event", eventId)
			.param("person", personId)
			.query(Integer.class)
			.single() > 0;
	}

	private int count(long eventId, RegistrationStatus status) {
		return jdbc.sql("select count(*) from calendar_registration where event_id = :event and status = :status")
			.param("event", eventId)
			.param("status", status.name())
			.query(Integer.class)
			.single();
	}

	private long nextQueueNo(long eventId) {
		long next = jdbc.sql("select next_queue_no from calendar_event where id = :id")
			.param("id", eventId)
			.query(Long.class)
			.single();
		jdbc.sql("update calendar_event set next_queue_no = :next where id = :id")
			.param("next", next + 1)
			.param("id", eventId)
			.update();
		return next;
	}

	private void lock(long eventId) {
		jdbc.sql("select id from calendar_event where id = :id for update").param("id", eventId).query(Long.class).single();
	}

	Instant now() {
		return clock.instant();
	}
}
