package org.agora.discussions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads threads with their tags, a fixed number of queries for any number of threads, and finds a thread for a
 * viewer together with its space, answering "not found" for what the viewer may not see.
 */
@Repository
@Transactional(readOnly = true)
class ThreadStore {

	/** A thread and the space it is in. */
	record Located(Space space, DiscussionThread thread) {
	}

	static final String COLUMNS = """
			t.id, t.space_id, t.kind, t.title, t.author_id, t.created_at, t.last_activity_at, t.reply_count, t.pinned,
			t.locked, t.closed, t.hidden, t.duplicate_of, t.accepted_post_id, t.first_answer_at, t.version""";

	private static final int CHUNK = 500;

	private final JdbcClient jdbc;

	private final Spaces spaces;

	private final DiscussionsPolicy policy;

	ThreadStore(JdbcClient jdbc, Spaces spaces, DiscussionsPolicy policy) {
		this.jdbc = jdbc;
		this.spaces = spaces;
		this.policy = policy;
	}

	Optional<DiscussionThread> find(long id) {
		return list("select " + COLUMNS + " from discussions_thread t where t.id = :id", Map.of("id", id)).stream()
			.findFirst();
	}

	/** The thread and its space, or not found when either does not exist or the viewer may not see it. */
	Located visible(AgoraPrincipal viewer, long threadId) {
		var thread = find(threadId).orElseThrow(() -> new NotFoundException("Thread"));
		var space = spaces.find(thread.spaceId()).orElseThrow(() -> new NotFoundException("Thread"));
		if (!policy.maySee(viewer, space, thread)) {
			throw new NotFoundException("Thread");
		}
		return new Located(space, thread);
	}

	/** The thread and space of a post, or not found when the viewer may not see the thread. */
	Located visibleByPost(AgoraPrincipal viewer, long postId) {
		Long threadId = jdbc.sql("select thread_id from discussions_post where id = :id")
			.param("id", postId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("Post"));
		try {
			return visible(viewer, threadId);
		}
		catch (NotFoundException e) {
			throw new NotFoundException("Post");
		}
	}

	/** Threads of a query that selects {@link #COLUMNS} from {@code discussions_thread t}, in its order, with tags. */
	List<DiscussionThread> list(String sql, Map<String, ?> params) {
		List<DiscussionThread> rows = jdbc.sql(sql).params(params).query(ThreadStore::row).list();
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, List<String>> tags = new LinkedHashMap<>();
		var ids = rows.stream().map(DiscussionThread::id).toList();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			jdbc.sql("select thread_id, tag from discussions_thread_tag where thread_id in (:ids) order by tag")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
				.query((rs, n) -> tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
				.list();
		}
		return rows.stream().map(t -> withTags(t, tags.getOrDefault(t.id(), List.of()))).toList();
	}

	private static DiscussionThread withTags(DiscussionThread t, List<String> tags) {
		return new DiscussionThread(t.id(), t.spaceId(), t.kind(), t.title(), t.authorId(), t.createdAt(),
				t.lastActivityAt(), t.replyCount(), t.pinned(), t.locked(), t.closed(), t.hidden(), t.duplicateOf(),
				t.acceptedPostId(), t.firstAnswerAt(), t.version(), List.copyOf(tags));
	}

	static DiscussionThread row(ResultSet rs, int n) throws SQLException {
		return new DiscussionThread(rs.getLong("id"), rs.getLong("space_id"), ThreadKind.valueOf(rs.getString("kind")),
				rs.getString("title"), rs.getLong("author_id"), instant(rs, "created_at"),
				instant(rs, "last_activity_at"), rs.getInt("reply_count"), rs.getBoolean("pinned"),
				rs.getBoolean("locked"), rs.getBoolean("closed"), rs.getBoolean("hidden"),
				(Long) rs.getObject("duplicate_of", Long.class), (Long) rs.getObject("accepted_post_id", Long.class),
				instant(rs, "first_answer_at"), rs.getInt("version"), List.of());
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
