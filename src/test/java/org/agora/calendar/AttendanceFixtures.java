package org.agora.calendar;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.agora.platform.security.AccountUser;
import org.agora.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** People, events and registrations made for one test, written straight to the tables, at any time past or future. */
final class AttendanceFixtures {

	private static final AtomicLong QUEUE = new AtomicLong(1);

	record TestPerson(long id, String email, String name, Set<Role> roles) {

		RequestPostProcessor signedIn() {
			var user = new AccountUser(id, email, name, roles, "", true);
			return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		}
	}

	/** An event as a test needs it; {@link #at} places its start relative to now. */
	record TestEvent(long id, String code) {
	}

	private final JdbcClient jdbc;

	AttendanceFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	TestPerson leader(String name) {
		return person(name, Role.EMPLOYEE, Role.KNOWLEDGE_LEADER);
	}

	TestPerson employee(String name) {
		return person(name, Role.EMPLOYEE);
	}

	TestPerson person(String name, Role... roles) {
		String email = "att-" + UUID.randomUUID() + "@agora.example";
		long id = CalendarTestPeople.insert(jdbc, email, name, true, null, roles);
		return new TestPerson(id, email, name, Set.of(roles));
	}

	/** A two-hour lecture for leaders starting {@code fromNow} from now (negative for the past). */
	TestEvent lecture(TestPerson organizer, Duration fromNow) {
		return event(organizer, fromNow, EventType.LECTURE, Audience.LEADERS, null);
	}

	TestEvent event(TestPerson organizer, Duration fromNow, EventType type, Audience audience, Integer capacity) {
		var starts = Instant.now().plus(fromNow);
		String code = "K" + UUID.randomUUID().toString().replace("-", "").substring(0, 5).toUpperCase();
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into calendar_event (uid, title, description, event_type, starts_at, ends_at, time_zone, location,
				  capacity, audience, partner_organization, status, sequence, check_in_code, created_by, created_at,
				  updated_at)
				values (:uid, :title, null, :type, :starts, :ends, 'Asia/Jerusalem', 'Hall A', :capacity, :audience,
				  :partner, 'SCHEDULED', 0, :code, :by, :now, :now)""")
			.param("uid", UUID.randomUUID() + "@agora")
			.param("title", "Attendance test " + UUID.randomUUID().toString().substring(0, 8))
			.param("type", type.name())
			.param("starts", Timestamp.from(starts))
			.param("ends", Timestamp.from(starts.plus(Duration.ofHours(2))))
			.param("capacity", capacity)
			.param("audience", audience.name())
			.param("partner", type == EventType.JOINT_EVENT ? "Partner Community" : null)
			.param("code", code)
			.param("by", organizer.id())
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		long id = key.getKeyAs(Long.class);
		jdbc.sql("insert into calendar_organizer (event_id, person_id) values (:event, :person)")
			.param("event", id)
			.param("person", organizer.id())
			.update();
		return new TestEvent(id, code);
	}

	void register(TestEvent event, TestPerson person, RegistrationStatus status) {
		jdbc.sql("""
				insert into calendar_registration (event_id, person_id, status, queue_no, registered_at, updated_at)
				values (:event, :person, :status, :queue, :now, :now)""")
			.param("event", event.id())
			.param("person", person.id())
			.param("status", status.name())
			.param("queue", QUEUE.getAndIncrement())
			.param("now", Timestamp.from(Instant.now()))
			.update();
	}

	void attended(TestEvent event, TestPerson person) {
		jdbc.sql("""
				update calendar_registration set attended_at = :now, attendance_published_at = :now
				where event_id = :event and person_id = :person""")
			.param("now", Timestamp.from(Instant.now()))
			.param("event", event.id())
			.param("person", person.id())
			.update();
	}

	void cancel(TestEvent event) {
		jdbc.sql("update calendar_event set status = 'CANCELLED' where id = :id").param("id", event.id()).update();
	}

	Instant attendedAt(TestEvent event, TestPerson person) {
		return jdbc.sql("select attended_at from calendar_registration where event_id = :event and person_id = :person")
			.param("event", event.id())
			.param("person", person.id())
			.query((rs, n) -> java.util.Optional.ofNullable(EventStore.instant(rs, "attended_at")))
			.single()
			.orElse(null);
	}

	String status(TestEvent event, TestPerson person) {
		return jdbc.sql("select status from calendar_registration where event_id = :event and person_id = :person")
			.param("event", event.id())
			.param("person", person.id())
			.query(String.class)
			.single();
	}
}
