package org.agora.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.agora.platform.security.AccountUser;
import org.agora.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** People and events made for one test, written straight to the tables so that any date and state can be set up. */
final class CalendarViewsFixtures {

	static final ZoneId JERUSALEM = ZoneId.of("Asia/Jerusalem");

	private final JdbcClient jdbc;

	CalendarViewsFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A person signed in with the given roles, reading times in their own zone (null for the organization's). */
	record Person(long id, String name, Set<Role> roles, ZoneId zone) {

		AccountUser principal() {
			return new AccountUser(id, "cal-" + id + "@agora.example", name, roles, "", true, null, zone);
		}

		RequestPostProcessor signedIn() {
			var user = principal();
			return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		}
	}

	Person manager() {
		return person("Calendar Manager", null, Role.EMPLOYEE, Role.COMMUNITY_MANAGER);
	}

	Person leader() {
		return person("Calendar Leader", null, Role.EMPLOYEE, Role.KNOWLEDGE_LEADER);
	}

	Person employee() {
		return person("Calendar Employee", null, Role.EMPLOYEE);
	}

	Person guest() {
		return person("Calendar Guest", null, Role.GUEST);
	}

	Person person(String name, ZoneId zone, Role... roles) {
		long id = CalendarTestPeople.insert(jdbc, "cal-" + UUID.randomUUID() + "@agora.example", name, true, zone, roles);
		return new Person(id, name, Set.of(roles), zone);
	}

	/** An event being written; {@link #save} stores it. */
	final class Event {

		private final String title;

		private Instant startsAt = Instant.now().plusSeconds(7 * 86_400);

		private EventType type = EventType.LECTURE;

		private Audience audience = Audience.EMPLOYEES;

		private EventStatus status = EventStatus.SCHEDULED;

		private Integer capacity;

		private String tag;

		private long organizer;

		Event(String title, long organizer) {
			this.title = title;
			this.organizer = organizer;
		}

		Event at(Instant startsAt) {
			this.startsAt = startsAt;
			return this;
		}

		/** Starts at a local time in Jerusalem, as "2027-03-31T23:30". */
		Event at(String jerusalemTime) {
			return at(LocalDateTime.parse(jerusalemTime).atZone(JERUSALEM).toInstant());
		}

		Event type(EventType type) {
			this.type = type;
			return this;
		}

		Event audience(Audience audience) {
			this.audience = audience;
			return this;
		}

		Event cancelled() {
			this.status = EventStatus.CANCELLED;
			return this;
		}

		Event capacity(int capacity) {
			this.capacity = capacity;
			return this;
		}

		Event tag(String tag) {
			this.tag = tag;
			return this;
		}

		long save() {
			var key = new GeneratedKeyHolder();
			var now = Timestamp.from(Instant.now());
			jdbc.sql("""
					insert into calendar_event (uid, title, event_type, starts_at, ends_at, time_zone, location, capacity,
					  audience, status, check_in_code, created_by, created_at, updated_at)
					values (:uid, :title, :type, :starts, :ends, 'Asia/Jerusalem', 'Room 1', :capacity, :audience, :status,
					  'ABCDEF', :by, :now, :now)""")
				.param("uid", UUID.randomUUID() + "@agora")
				.param("title", title)
				.param("type", type.name())
				.param("starts", Timestamp.from(startsAt))
				.param("ends", Timestamp.from(startsAt.plusSeconds(7200)))
				.param("capacity", capacity)
				.param("audience", audience.name())
				.param("status", status.name())
				.param("by", organizer)
				.param("now", now)
				.update(key, "id");
			long id = key.getKeyAs(Number.class).longValue();
			jdbc.sql("insert into calendar_organizer (event_id, person_id) values (:event, :person)")
				.param("event", id)
				.param("person", organizer)
				.update();
			if (tag != null) {
				jdbc.sql("insert into calendar_event_tag (event_id, tag) values (:event, :tag)")
					.param("event", id)
					.param("tag", tag)
					.update();
			}
			return id;
		}
	}

	Event event(String title, Person organizer) {
		return new Event(title, organizer.id());
	}

	void invite(long eventId, Person person, Person by) {
		CalendarTestPeople.invite(jdbc, eventId, person.id(), by.id());
	}

	void organize(long eventId, Person person) {
		jdbc.sql("insert into calendar_organizer (event_id, person_id) values (:event, :person)")
			.param("event", eventId)
			.param("person", person.id())
			.update();
	}

	/** Records a registration as it stands, in the order of the calls. */
	void register(long eventId, Person person, RegistrationStatus status) {
		long queue = jdbc.sql("select coalesce(max(queue_no), 0) + 1 from calendar_registration where event_id = :event")
			.param("event", eventId)
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into calendar_registration (event_id, person_id, status, queue_no, registered_at, updated_at)
				values (:event, :person, :status, :queue, :now, :now)""")
			.param("event", eventId)
			.param("person", person.id())
			.param("status", status.name())
			.param("queue", queue)
			.param("now", Timestamp.from(Instant.now()))
			.update();
	}

	void attended(long eventId, Person person) {
		jdbc.sql("update calendar_registration set attended_at = :now where event_id = :event and person_id = :person")
			.param("now", Timestamp.from(Instant.now()))
			.param("event", eventId)
			.param("person", person.id())
			.update();
	}

	private static final AtomicInteger NEXT_YEAR = new AtomicInteger(
			2100 + 10 * ThreadLocalRandom.current().nextInt(80));

	/**
	 * A year no other test of this run uses, so that counts per quarter see only the test's own events. The random
	 * start keeps reruns against a kept database apart too.
	 */
	static int uniqueYear() {
		return NEXT_YEAR.getAndIncrement();
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}
}
