package org.agora.discussions;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questions of the spaces a viewer sees, newest first, twenty a page: the unanswered queue (no visible answer,
 * not closed), the answered ones, or all. Hidden questions are left out for everyone, moderators included.
 */
@Service
@Transactional(readOnly = true)
class QuestionLists {

	static final int PAGE_SIZE = 20;

	/** The filters of a list; blank tag or space means any. */
	record Query(QuestionStatus status, String tag, String space, int page) {

		Query {
			tag = tag == null || tag.isBlank() ? null : tagOf(tag);
			space = space == null || space.isBlank() ? null : space.strip();
			page = Math.max(0, page);
		}

		/** The tag as threads store it; a tag no thread could have simply finds nothing. */
		private static String tagOf(String typed) {
			try {
				return Tags.normalize(List.of(typed)).stream().findFirst().orElse(null);
			}
			catch (InvalidInputException e) {
				return typed.strip().toLowerCase(Locale.ROOT);
			}
		}
	}

	/** One question of a list with its space and asker. */
	record Row(DiscussionThread thread, Space space, String askerName) {

		boolean accepted() {
			return thread.acceptedPostId() != null;
		}

		/** Whole hours until the first answer, at least one; null while unanswered. */
		Long answeredWithinHours() {
			Duration within = thread.answeredWithin();
			return within == null ? null : Math.max(1, (within.toMinutes() + 59) / 60);
		}
	}

	private final JdbcClient jdbc;

	private final ThreadStore threads;

	private final Spaces spaces;

	QuestionLists(JdbcClient jdbc, ThreadStore threads, Spaces spaces) {
		this.jdbc = jdbc;
		this.threads = threads;
		this.spaces = spaces;
	}

	Page<Row> list(AgoraPrincipal viewer, Query query) {
		var filter = spaces.filter(viewer);
		Map<String, Object> params = new HashMap<>(filter.params());
		StringBuilder where = new StringBuilder(
				"from discussions_thread t join discussions_space s on s.id = t.space_id where t.kind = 'QUESTION'")
			.append(" and t.hidden = false and (")
			.append(filter.where())
			.append(") and ")
			.append(query.status().where);
		if (query.tag() != null) {
			where.append(" and exists (select 1 from discussions_thread_tag g where g.thread_id = t.id and g.tag = :tag)");
			params.put("tag", query.tag());
		}
		if (query.space() != null) {
			where.append(" and s.slug = :space");
			params.put("space", query.space());
		}
		long total = jdbc.sql("select count(*) " + where).params(params).query(Long.class).single();
		params.put("limit", PAGE_SIZE);
		params.put("offset", (long) query.page() * PAGE_SIZE);
		var found = threads.list("select " + ThreadStore.COLUMNS + " " + where
				+ " order by t.created_at desc, t.id desc limit :limit offset :offset", params);
		return new Page<>(rows(viewer, found), query.page(), PAGE_SIZE, total);
	}

	private List<Row> rows(AgoraPrincipal viewer, List<DiscussionThread> found) {
		if (found.isEmpty()) {
			return List.of();
		}
		Map<Long, Space> byId = spaces.visibleTo(viewer)
			.stream()
			.collect(Collectors.toMap(Space::id, Function.identity()));
		Map<Long, String> names = new HashMap<>();
		jdbc.sql("select id, full_name from people_person where id in (:ids)")
			.param("ids", found.stream().map(DiscussionThread::authorId).distinct().toList())
			.query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
			.list();
		return found.stream().map(t -> new Row(t, byId.get(t.spaceId()), names.getOrDefault(t.authorId(), ""))).toList();
	}
}
