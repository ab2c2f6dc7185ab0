package org.agora.initiatives;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit log of a support plan: who other than the leader read it, when, and through the page or the API. The
 * leader and community managers read it on the plan.
 */
@Component
class SupportReads {

	private final JdbcClient jdbc;

	SupportReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void write(long planId, long readerId, String channel, Instant at) {
		jdbc.sql("""
				insert into initiatives_support_read (plan_id, reader_id, channel, read_at)
				values (:plan, :reader, :channel, :at)""")
			.param("plan", planId)
			.param("reader", readerId)
			.param("channel", channel)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** The latest reads first; the log is long-lived, so a page shows only the newest. */
	List<SupportPlan.Read> of(long planId, int limit) {
		return jdbc.sql("""
				select reader_id, channel, read_at from initiatives_support_read where plan_id = :plan
				order by read_at desc, id desc fetch first :n rows only""")
			.param("plan", planId)
			.param("n", limit)
			.query((rs, n) -> new SupportPlan.Read(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
			.list();
	}
}
