package org.agora.calendar;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.agora.platform.security.AccountUser;
import org.agora.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** People and events made for one test of the event pages, with names no other test uses. */
final class EventPageFixtures {

	/** A person made for the test, reading times in their own zone (or the organization's when null). */
	record Person(long id, String email, String name, Set<Role> roles, ZoneId zone) {

		AccountUser user() {
			return new AccountUser(id, email, name, roles, "", true, null, zone);
		}

		/** Signs a request in as this person. */
		RequestPostProcessor signedIn() {
			var user = user();
			return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		}
	}

	private final JdbcClient jdbc;

	private final EventEditor editor;

	EventPageFixtures(JdbcClient jdbc, EventEditor editor) {
		this.jdbc = jdbc;
		this.editor = editor;
	}

	Person leader(String name) {
		return person(name, null, Role.EMPLOYEE, Role.KNOWLEDGE_LEADER);
	}

	Person employee(String name) {
		return person(name, null, Role.EMPLOYEE);
	}

	Person guest(String name) {
		return person(name, null, Role.GUEST);
	}

	Person person(String name, ZoneId zone, Role... roles) {
		String email = "calpages-" + UUID.randomUUID() + "@agora.example";
		long id = CalendarTestPeople.insert(jdbc, email, name, true, zone, roles);
		return new Person(id, email, name, Set.of(roles), zone);
	}

	/** A lecture for all employees in ten days, in Jerusalem, with the given seats (null for no limit). */
	static EventForm form(String title, Integer capacity) {
		var start = LocalDateTime.now(ZoneId.of("Asia/Jerusalem")).plusDays(10).truncatedTo(ChronoUnit.HOURS);
		return new EventForm(title, "A talk about **knowledge maps**.", EventType.LECTURE.name(),
				List.of(FocusArea.TECHNICAL.name()), "maps, retention", start.format(EventForm.LOCAL),
				start.plusHours(2).format(EventForm.LOCAL), "Asia/Jerusalem", "Room 4", "",
				capacity == null ? "" : capacity.toString(), "", Audience.EMPLOYEES.name(), "", "");
	}

	long event(Person organizer, EventForm form) {
		return editor.create(organizer.user(), form);
	}

	long event(Person organizer, String title, Integer capacity) {
		return event(organizer, form(title, capacity));
	}

	/** Moves the event so that it starts at the given instant, with no registration deadline of its own. */
	void startAt(long eventId, Instant start, Duration length) {
		jdbc.sql("""
				update calendar_event set starts_at = :start, ends_at = :end, registration_deadline = null
				where id = :id""")
			.param("start", Timestamp.from(start))
			.param("end", Timestamp.from(start.plus(length)))
			.param("id", eventId)
			.update();
	}

	void deadlineAt(long eventId, Instant deadline) {
		jdbc.sql("update calendar_event set registration_deadline = :deadline where id = :id")
			.param("deadline", Timestamp.from(deadline))
			.param("id", eventId)
			.update();
	}

	void invite(long eventId, Person person, Person by) {
		CalendarTestPeople.invite(jdbc, eventId, person.id(), by.id());
	}

	void markAttended(long eventId, Person person) {
		jdbc.sql("update calendar_registration set attended_at = :now where event_id = :event and person_id = :person")
			.param("now", Timestamp.from(Instant.now()))
			.param("event", eventId)
			.param("person", person.id())
			.update();
	}

	String status(long eventId, Person person) {
		return jdbc.sql("select status from calendar_registration where event_id = :event and person_id = :person")
			.param("event", eventId)
			.param("person", person.id())
			.query(String.class)
			.single();
	}
}
