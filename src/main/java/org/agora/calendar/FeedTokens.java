package org.agora.calendar;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.agora.platform.mail.SignedTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secret links of personal calendar feeds. A link is signed with the installation's secret and names the
 * person and a generation; regenerating raises the generation, so every older link stops working. Nothing secret is
 * stored.
 */
@Service
@Transactional(readOnly = true)
class FeedTokens {

	private final JdbcClient jdbc;

	private final SignedTokens signed;

	private final Clock clock;

	FeedTokens(JdbcClient jdbc, SignedTokens signed, Clock clock) {
		this.jdbc = jdbc;
		this.signed = signed;
		this.clock = clock;
	}

	/** The person's current feed token. */
	String tokenFor(long personId) {
		return signed.sign("feed:" + personId + ":" + generation(personId));
	}

	/** The path of the person's feed, for calendar applications. */
	String pathFor(long personId) {
		return "/calendar/feed/" + tokenFor(personId) + ".ics";
	}

	/** Makes a new link; the old one stops working. Returns the new token. */
	@Transactional
	String regenerate(long personId) {
		// two requests at once take turns, so the second finds the first one's row
		jdbc.sql("select id from people_person where id = :person for update").param("person", personId).query(Long.class).list();
		int next = generation(personId) + 1;
		int updated = jdbc.sql("update calendar_feed set generation = :next, updated_at = :now where person_id = :person")
			.param("next", next)
			.param("now", Timestamp.from(clock.instant()))
			.param("person", personId)
			.update();
		if (updated == 0) {
			jdbc.sql("insert into calendar_feed (person_id, generation, updated_at) values (:person, :next, :now)")
				.param("person", personId)
				.param("next", next)
				.param("now", Timestamp.from(clock.instant()))
				.update();
		}
		return tokenFor(personId);
	}

	/** The person a token belongs to, when it is genuine and current; empty for any other token. */
	Optional<Long> personOf(String token) {
		return signed.verify(token).flatMap(payload -> {
			String[] parts = payload.split(":");
			if (parts.length != 3 || !"feed".equals(parts[0])) {
				return Optional.empty();
			}
			try {
				long personId = Long.parseLong(parts[1]);
				int generation = Integer.parseInt(parts[2]);
				return generation == generation(personId) ? Optional.of(personId) : Optional.empty();
			}
			catch (NumberFormatException e) {
				return Optional.empty();
			}
		});
	}

	private int generation(long personId) {
		return jdbc.sql("select generation from calendar_feed where person_id = :person")
			.param("person", personId)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}
}
