package org.agora.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;

import org.agora.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Writes a person of the calendar's tests straight to the tables: an active account with its roles. */
final class CalendarTestPeople {

	private CalendarTestPeople() {
	}

	/**
	 * @param zone the person's time zone, or null for the organization's
	 * @return the person's id
	 */
	static long insert(JdbcClient jdbc, String email, String name, boolean active, ZoneId zone, Role... roles) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into people_person (email, full_name, locale, time_zone, active, created_at)
				values (:email, :name, 'en', :zone, :active, :now)""")
			.param("email", email)
			.param("name", name)
			.param("zone", zone == null ? null : zone.getId())
			.param("active", active)
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		for (var role : roles) {
			jdbc.sql("insert into people_person_role (person_id, role) values (:id, :role)")
				.param("id", id)
				.param("role", role.name())
				.update();
		}
		return id;
	}

	/** Invites a person to an event, as an organizer would. */
	static void invite(JdbcClient jdbc, long eventId, long personId, long invitedBy) {
		jdbc.sql("""
				insert into calendar_invitation (event_id, person_id, invited_by, invited_at)
				values (:event, :person, :by, :now)""")
			.param("event", eventId)
			.param("person", personId)
			.param("by", invitedBy)
			.param("now", Timestamp.from(Instant.now()))
			.update();
	}
}
