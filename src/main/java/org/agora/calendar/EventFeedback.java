package org.agora.calendar;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.agora.platform.Text;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The short survey after an event: people who attended rate it from 1 to 5 and may say what was useful and what to
 * change. Each attendee has one answer; sending the survey again replaces it. The survey opens when the event has
 * ended, and never for a cancelled event.
 */
@Service
@Transactional
class EventFeedback {

	static final int MAX_TEXT = 2000;

	/** What the attendee typed; the rating stays text so that a form with an error shows it again. */
	record Answers(String rating, String useful, String toChange) {

		static Answers none() {
			return new Answers("", "", "");
		}

		boolean rated(int value) {
			return Integer.toString(value).equals(rating == null ? null : rating.strip());
		}
	}

	/** Whether the viewer may answer now, and their answer so far. */
	record Survey(CalendarEvent event, boolean open, Optional<Answers> given) {
	}

	private final JdbcClient jdbc;

	private final EventAccess access;

	private final Clock clock;

	EventFeedback(JdbcClient jdbc, EventAccess access, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * The survey for the viewer: 404 for an event they may not see, 403 when they did not attend it.
	 */
	@Transactional(readOnly = true)
	Survey survey(AgoraPrincipal viewer, long eventId) {
		var event = access.visible(viewer, eventId);
		if (!attended(eventId, viewer.personId())) {
			throw new AccessDeniedException("Only people who attended the event give feedback on it");
		}
		boolean open = event.ended(clock.instant()) && !event.cancelled();
		return new Survey(event, open, given(eventId, viewer.personId()));
	}

	/**
	 * Records the viewer's answer, or replaces the one they gave.
	 *
	 * @return true for a first answer, false when it replaced an earlier one
	 */
	boolean submit(AgoraPrincipal viewer, long eventId, Answers answers) {
		var survey = survey(viewer, eventId);
		if (survey.event().cancelled()) {
			throw new InvalidInputException("rating", "calattend.error.feedbackCancelled",
					"The event was cancelled, so there is no survey.");
		}
		if (!survey.open()) {
			throw new InvalidInputException("rating", "calattend.error.feedbackNotYet",
					"The survey opens when the event has ended.");
		}
		int rating = rating(answers.rating());
		String useful = text(answers.useful(), "useful");
		String toChange = text(answers.toChange(), "toChange");
		var now = Timestamp.from(clock.instant());
		// one answer per person: their registration row is locked so that a form sent twice at once is one answer
		jdbc.sql("select id from calendar_registration where event_id = :event and person_id = :person for update")
			.param("event", eventId)
			.param("person", viewer.personId())
			.query(Long.class)
			.single();
		if (given(eventId, viewer.personId()).isEmpty()) {
			jdbc.sql("""
					insert into calendar_feedback (event_id, person_id, rating, useful, to_change, created_at, updated_at)
					values (:event, :person, :rating, :useful, :toChange, :now, :now)""")
				.param("event", eventId)
				.param("person", viewer.personId())
				.param("rating", rating)
				.param("useful", useful)
				.param("toChange", toChange)
				.param("now", now)
				.update();
			return true;
		}
		jdbc.sql("""
				update calendar_feedback set rating = :rating, useful = :useful, to_change = :toChange, updated_at = :now
				where event_id = :event and person_id = :person""")
			.param("event", eventId)
			.param("person", viewer.personId())
			.param("rating", rating)
			.param("useful", useful)
			.param("toChange", toChange)
			.param("now", now)
			.update();
		return false;
	}

	private static int rating(String text) {
		String value = Text.blankToNull(text);
		if (value == null) {
			throw new InvalidInputException("rating", "calattend.error.ratingRequired", "Choose a rating from 1 to 5.");
		}
		try {
			int rating = Integer.parseInt(value.strip());
			if (rating >= 1 && rating <= 5) {
				return rating;
			}
		}
		catch (NumberFormatException e) {
			// answered below
		}
		throw new InvalidInputException("rating", "calattend.error.ratingRange", "A rating is a whole number from 1 to 5.");
	}

	private static String text(String text, String field) {
		String value = Text.blankToNull(text);
		if (value != null && value.length() > MAX_TEXT) {
			throw new InvalidInputException(field, "calattend.error.textLength",
					"Write at most " + MAX_TEXT + " characters.");
		}
		return value;
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

	private Optional<Answers> given(long eventId, long personId) {
		return jdbc.sql("""
				select rating, useful, to_change from calendar_feedback where event_id = :event and person_id = :person""")
			.param("event", eventId)
			.param("person", personId)
			.query((rs, n) -> new Answers(Integer.toString(rs.getInt(1)), nullToEmpty(rs.getString(2)),
					nullToEmpty(rs.getString(3))))
			.optional();
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
