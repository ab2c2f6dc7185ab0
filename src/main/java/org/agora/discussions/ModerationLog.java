package org.agora.discussions;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The audit trail of moderation: who did what to which space, thread or post, when, and why. Append-only. */
@Repository
class ModerationLog {

	/** One entry, with the actor's name. */
	record Entry(long id, Long spaceId, Long threadId, Long postId, long actorId, String actorName, String action,
			String reason, Instant at) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	ModerationLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Writes an entry in the caller's transaction, so the action and its record commit together. */
	@Transactional(propagation = Propagation.MANDATORY)
	void record(Long spaceId, Long threadId, Long postId, long actorId, String action, String reason) {
		jdbc.sql("""
				insert into discussions_moderation_log (space_id, thread_id, post_id, actor_id, action, reason, created_at)
				values (:space, :thread, :post, :actor, :action, :reason, :at)""")
			.param("space", spaceId)
			.param("thread", threadId)
			.param("post", postId)
			.param("actor", actorId)
			.param("action", action)
			.param("reason", reason)
			.param("at", Timestamp.from(Instant.now(clock)))
			.update();
	}

	/** The entries about a thread and its posts, oldest first. */
	@Transactional(readOnly = true)
	List<Entry> ofThread(long threadId) {
		return jdbc.sql("""
				select l.id, l.space_id, l.thread_id, l.post_id, l.actor_id, p.full_name, l.action, l.reason, l.created_at
				from discussions_moderation_log l join people_person p on p.id = l.actor_id
				where l.thread_id = :thread or l.post_id in (select id from discussions_post where thread_id = :thread)
				order by l.created_at, l.id""")
			.param("thread", threadId)
			.query((rs, n) -> new Entry(rs.getLong(1), (Long) rs.getObject(2, Long.class),
					(Long) rs.getObject(3, Long.class), (Long) rs.getObject(4, Long.class), rs.getLong(5),
					rs.getString(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant()))
			.list();
	}
}
