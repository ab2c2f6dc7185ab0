package org.agora.calendar;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The registration list organizers work from: who has a seat, who waits, who came. */
@Component
@Transactional(readOnly = true)
class Roster {

	/**
	 * A person's registration.
	 *
	 * @param position the place on the waitlist (1 is next), or 0 with a seat
	 * @param attendedAt when the person was checked in; a check-in counts only while they hold a seat
	 */
	record Entry(long personId, String name, String email, String unit, RegistrationStatus status, int position,
			Instant registeredAt, Instant attendedAt) {

		boolean attended() {
			return attendedAt != null;
		}
	}

	/**
	 * @param registered the people with a seat, by name
	 * @param waitlist the people waiting, in order
	 * @param cancelled how many gave up their registration
	 */
	record Listing(CalendarEvent event, EventStore.Seats seats, List<Entry> registered, List<Entry> waitlist,
			int cancelled, Attendance.Window window) {

		Integer free() {
			return seats.free(event.capacity());
		}
	}

	private final JdbcClient jdbc;

	private final EventAccess access;

	private final EventStore store;

	private final Clock clock;

	Roster(JdbcClient jdbc, EventAccess access, EventStore store, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.store = store;
		this.clock = clock;
	}

	/** The event's registrations, for its organizers and community managers. */
	Listing of(AgoraPrincipal viewer, long eventId) {
		var event = access.organized(viewer, eventId);
		var entries = jdbc.sql("""
				select r.person_id, p.full_name, p.email, u.name as unit_name, r.status, r.registered_at,
				  case when r.status = 'REGISTERED' then r.attended_at end as attended_at
				from calendar_registration r
				join people_person p on p.id = r.person_id
				left join people_unit u on u.id = p.unit_id
				where r.event_id = :event
				order by r.queue_no""")
			.param("event", eventId)
			.query((rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					RegistrationStatus.valueOf(rs.getString(5)), 0, EventStore.instant(rs, "registered_at"),
					EventStore.instant(rs, "attended_at")))
			.list();
		var registered = entries.stream()
			.filter(e -> e.status() == RegistrationStatus.REGISTERED)
			.sorted(Comparator.comparing((Entry e) -> e.name().toLowerCase(Locale.ROOT))
				.thenComparingLong(Entry::personId))
			.toList();
		var waiting = entries.stream().filter(e -> e.status() == RegistrationStatus.WAITLISTED).toList();
		var waitlist = IntStream.range(0, waiting.size()).mapToObj(i -> {
			var e = waiting.get(i);
			return new Entry(e.personId(), e.name(), e.email(), e.unit(), e.status(), i + 1, e.registeredAt(),
					e.attendedAt());
		}).toList();
		int cancelled = (int) entries.stream().filter(e -> e.status() == RegistrationStatus.CANCELLED).count();
		return new Listing(event, store.seats(eventId), registered, waitlist, cancelled,
				Attendance.Window.of(event, clock.instant()));
	}
}
