package org.agora.recognition;

import java.sql.Timestamp;
import java.util.HashSet;
import java.util.Set;

import org.agora.platform.OrganizationClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's choice to stay out of the leaderboards. Opting out hides them from every board and from the report's top
 * contributors; they still earn points and badges, and their points still count in the report's totals.
 */
@Component
@Transactional(readOnly = true)
class RecognitionProfiles {

	private final JdbcClient jdbc;

	private final OrganizationClock clock;

	RecognitionProfiles(JdbcClient jdbc, OrganizationClock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	boolean optedOut(long personId) {
		return jdbc.sql("select count(*) from recognition_profile where person_id = :p and leaderboard_opt_out")
			.param("p", personId).query(Integer.class).single() > 0;
	}

	/** Everyone who opted out: few people, so one small read serves a board of thousands. */
	Set<Long> optedOut() {
		return new HashSet<>(jdbc.sql("select person_id from recognition_profile where leaderboard_opt_out")
			.query(Long.class).list());
	}

	/** Takes the person out of the boards, or back in; the row is made when missing, as the ledger makes it. */
	@Transactional
	void optOut(long personId, boolean out) {
		var now = Timestamp.from(clock.now());
		jdbc.sql("""
				insert into recognition_profile (person_id, leaderboard_opt_out, updated_at) values (:p, false, :now)
				on conflict do nothing""")
			.param("p", personId).param("now", now)
			.update();
		jdbc.sql("update recognition_profile set leaderboard_opt_out = :out, updated_at = :now where person_id = :p")
			.param("out", out).param("now", now).param("p", personId)
			.update();
	}
}
