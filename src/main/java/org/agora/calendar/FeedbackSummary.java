package org.agora.calendar;

import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What attendees said about an event, for its organizers and community managers, without saying who said it: ratings
 * are counted, and the written answers are listed in alphabetical order, apart from each other and from the
 * ratings, so that no answer can be matched to a person by its place or its time. Below {@link #MIN_ANSWERS}
 * answers only the number of answers is shown, since so few would point at the people who gave them.
 */
@Component
@Transactional(readOnly = true)
class FeedbackSummary {

	static final int MIN_ANSWERS = 3;

	/**
	 * @param counts how many gave each rating, from 1 (index 0) to 5 (index 4); all zero while withheld
	 */
	record Results(CalendarEvent event, int attendees, int answers, long[] counts, List<String> useful,
			List<String> toChange) {

		boolean withheld() {
			return answers < MIN_ANSWERS;
		}

		long countOf(int rating) {
			return counts[rating - 1];
		}

		/** The share of attendees who answered, from 0 to 1. */
		double responseRate() {
			return attendees == 0 ? 0 : Math.min(1.0, (double) answers / attendees);
		}

		/** The mean rating, or null while withheld. */
		Double average() {
			if (withheld()) {
				return null;
			}
			long sum = 0;
			long count = 0;
			for (int i = 0; i < counts.length; i++) {
				sum += (i + 1) * counts[i];
				count += counts[i];
			}
			return count == 0 ? null : (double) sum / count;
		}

		String average(Locale locale) {
			var format = NumberFormat.getNumberInstance(locale);
			format.setMinimumFractionDigits(1);
			format.setMaximumFractionDigits(1);
			return average() == null ? "" : format.format(average());
		}

		String responseRate(Locale locale) {
			return NumberFormat.getPercentInstance(locale).format(responseRate());
		}
	}

	private final JdbcClient jdbc;

	private final EventAccess access;

	FeedbackSummary(JdbcClient jdbc, EventAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	Results of(AgoraPrincipal viewer, long eventId) {
		var event = access.organized(viewer, eventId);
		int attendees = jdbc.sql("""
				select count(*) from calendar_registration
				where event_id = :event and status = 'REGISTERED' and attended_at is not null""")
			.param("event", eventId)
			.query(Integer.class)
			.single();
		int answers = jdbc.sql("select count(*) from calendar_feedback where event_id = :event")
			.param("event", eventId)
			.query(Integer.class)
			.single();
		long[] counts = new long[5];
		if (answers < MIN_ANSWERS) {
			return new Results(event, attendees, answers, counts, List.of(), List.of());
		}
		jdbc.sql("""
				select rating, count(*) from calendar_feedback where event_id = :event and rating between 1 and 5
				group by rating""")
			.param("event", eventId)
			.query((rs, n) -> counts[rs.getInt(1) - 1] = rs.getLong(2))
			.list();
		return new Results(event, attendees, answers, counts, texts(eventId, "useful"), texts(eventId, "to_change"));
	}

	private List<String> texts(long eventId, String column) {
		// column is one of two names from this class, never from a request
		return jdbc.sql("select %s from calendar_feedback where event_id = :event and %s is not null".formatted(column,
				column))
			.param("event", eventId)
			.query(String.class)
			.list()
			.stream()
			.filter(text -> !text.isBlank())
			.sorted(Comparator.comparing((String text) -> text.toLowerCase(Locale.ROOT))
				.thenComparing(Comparator.naturalOrder()))
			.toList();
	}
}
