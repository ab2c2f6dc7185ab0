package org.agora.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.agora.platform.security.AccountUser;
import org.agora.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * People and events made for the tests of feeds, jobs and the API, each with names no other test uses, and events far
 * enough in the future that no other test's time window holds them.
 */
final class IcsApiFixtures {

	static final String ZONE = "Asia/Jerusalem";

	private final JdbcClient jdbc;

	private final EventEditor editor;

	private final Registrations registrations;

	IcsApiFixtures(JdbcClient jdbc, EventEditor editor, Registrations registrations) {
		this.jdbc = jdbc;
		this.editor = editor;
		this.registrations = registrations;
	}

	record Member(long id, String email, String name, Set<Role> roles) {

		AccountUser principal() {
			return new AccountUser(id, email, name, roles, "", true);
		}

		RequestPostProcessor signedIn() {
			var user = principal();
			return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
		}
	}

	Member leader(String name) {
		return person(name, Role.KNOWLEDGE_LEADER);
	}

	Member employee(String name) {
		return person(name, Role.EMPLOYEE);
	}

	Member manager(String name) {
		return person(name, Role.COMMUNITY_MANAGER);
	}

	Member guest(String name) {
		return person(name, Role.GUEST);
	}

	Member person(String name, Role... roles) {
		String email = "ics-" + UUID.randomUUID() + "@example.org";
		long id = CalendarTestPeople.insert(jdbc, email, name, true, null, roles);
		return new Member(id, email, name, Set.of(roles));
	}

	/** A start time of its own: a random hour in a random year between 2040 and 2090, at 17:00 local time. */
	static LocalDateTime someFutureStart() {
		var random = ThreadLocalRandom.current();
		return LocalDateTime.of(2040 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28), 17, 0);
	}

	static EventForm form(String title, LocalDateTime start, String capacity, Audience audience, Member... organizers) {
		return new EventForm(title, "We meet to **learn**.", EventType.LECTURE.name(), List.of("TECHNICAL"), "km, tools",
				start.format(EventForm.LOCAL), start.plusHours(2).format(EventForm.LOCAL), ZONE, "Hall A, Tel Aviv", "",
				capacity, "", audience.name(), "",
				String.join(", ", java.util.Arrays.stream(organizers).map(Member::email).toList()));
	}

	/** A lecture for leaders, two hours from {@code start} in Asia/Jerusalem. */
	long event(Member organizer, String title, LocalDateTime start, String capacity, Audience audience) {
		return editor.create(organizer.principal(), form(title, start, capacity, audience, organizer));
	}

	long event(Member organizer, String title) {
		return event(organizer, title, someFutureStart(), "", Audience.LEADERS);
	}

	Registrations.Standing register(Member person, long eventId) {
		return registrations.register(person.principal(), eventId);
	}

	void attended(long eventId, Member person) {
		jdbc.sql("update calendar_registration set attended_at = :now where event_id = :event and person_id = :person")
			.param("now", Timestamp.from(Instant.now()))
			.param("event", eventId)
			.param("person", person.id())
			.update();
	}

	void invite(long eventId, Member person, Member by) {
		CalendarTestPeople.invite(jdbc, eventId, person.id(), by.id());
	}

	/** Moves an event's times, as if it had been planned then. */
	void moveTo(long eventId, Instant start, Instant end) {
		jdbc.sql("update calendar_event set starts_at = :start, ends_at = :end where id = :id")
			.param("start", Timestamp.from(start))
			.param("end", Timestamp.from(end))
			.param("id", eventId)
			.update();
	}

	String uid(long eventId) {
		return jdbc.sql("select uid from calendar_event where id = :id").param("id", eventId).query(String.class).single();
	}
}
