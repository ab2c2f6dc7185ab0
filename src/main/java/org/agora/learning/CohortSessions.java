package org.agora.learning;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cohort's live sessions. Times are typed in the organization's time zone ({@code agora.time-zone}) and kept as
 * UTC instants.
 */
@Service
@Transactional(readOnly = true)
class CohortSessions {

	/** @param location a room, or a link to join online */
	record Session(long id, long cohortId, String title, Instant startsAt, Instant endsAt, String location) {

		boolean online() {
			return location != null && (location.startsWith("https://") || location.startsWith("http://"));
		}
	}

	/** A session as typed: date-times in the browser's {@code datetime-local} format, in the organization's zone. */
	record SessionForm(String title, String startsAt, String endsAt, String location) {

		static SessionForm blank() {
			return new SessionForm("", "", "", "");
		}
	}

	private final JdbcClient jdbc;

	private final Cohorts cohorts;

	private final LearningPolicy policy;

	private final ZoneId zone;

	CohortSessions(JdbcClient jdbc, Cohorts cohorts, LearningPolicy policy,
			@Value("${agora.time-zone:UTC}") ZoneId zone) {
		this.jdbc = jdbc;
		this.cohorts = cohorts;
		this.policy = policy;
		this.zone = zone;
	}

	/** The cohort's sessions, the earliest first. */
	List<Session> of(long cohortId) {
		return jdbc.sql("""
				select id, cohort_id, title, starts_at, ends_at, location from learning_session
				where cohort_id = :cohort order by starts_at, id""")
			.param("cohort", cohortId)
			.query((rs, n) -> new Session(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
					rs.getTimestamp(5).toInstant(), rs.getString(6)))
			.list();
	}

	@Transactional
	long add(AgoraPrincipal viewer, long cohortId, SessionForm form) {
		requireManager(viewer);
		cohorts.find(cohortId).orElseThrow(() -> new NotFoundException("Cohort"));
		String title = form.title() == null ? "" : form.title().strip();
		if (title.isEmpty() || title.length() > 200) {
			throw new InvalidInputException("title", "cohorts.error.sessionTitle", "Name the session in up to 200 characters.");
		}
		var startsAt = instant(form.startsAt(), "startsAt", "cohorts.error.sessionStart", "Give the date and time the session starts.");
		var endsAt = instant(form.endsAt(), "endsAt", "cohorts.error.sessionEnd", "Give the date and time the session ends.");
		if (!endsAt.isAfter(startsAt)) {
			throw new InvalidInputException("endsAt", "cohorts.error.sessionEndsBeforeStart",
					"The session must end after it starts.");
		}
		String location = form.location() == null ? "" : form.location().strip();
		if (location.isEmpty() || location.length() > 500) {
			throw new InvalidInputException("location", "cohorts.error.sessionLocation",
					"Say where the session is, or give the link to join online, in up to 500 characters.");
		}
		return insert(cohortId, title, startsAt, endsAt, location);
	}

	@Transactional
	void remove(AgoraPrincipal viewer, long cohortId, long sessionId) {
		requireManager(viewer);
		int removed = jdbc.sql("delete from learning_session where id = :id and cohort_id = :cohort")
			.param("id", sessionId)
			.param("cohort", cohortId)
			.update();
		if (removed != 1) {
			throw new NotFoundException("Session");
		}
	}

	@Transactional
	long insert(long cohortId, String title, Instant startsAt, Instant endsAt, String location) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into learning_session (cohort_id, title, starts_at, ends_at, location)
				values (:cohort, :title, :starts, :ends, :location)""")
			.param("cohort", cohortId)
			.param("title", title)
			.param("starts", Timestamp.from(startsAt))
			.param("ends", Timestamp.from(endsAt))
			.param("location", location)
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	private Instant instant(String text, String field, String key, String message) {
		try {
			return LocalDateTime.parse(text == null ? "" : text.strip()).atZone(zone).toInstant();
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(field, key, message);
		}
	}

	private void requireManager(AgoraPrincipal viewer) {
		if (!policy.mayManageCohorts(viewer)) {
			throw new AccessDeniedException("Only community managers plan sessions");
		}
	}
}
