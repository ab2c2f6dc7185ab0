package org.agora.discussions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open flags of the spaces a viewer moderates (all spaces for community managers), grouped by post, oldest
 * flag first. Someone who moderates no space has no queue.
 */
@Service
@Transactional(readOnly = true)
class ModerationQueue {

	/** One open flag. */
	record Flag(long id, FlagReason reason, String note, String flaggedByName, Instant at) {
	}

	/** A flagged post with its open flags. */
	record Item(long postId, long threadId, String threadTitle, String threadPath, long spaceId, String spaceName,
			String authorName, String body, boolean opening, boolean hidden, List<Flag> flags) {
	}

	private static final String MODERATED = """
			s.id in (select m.space_id from discussions_space_member m
			         where m.person_id = :viewer and m.role = 'MODERATOR' and m.status = 'ACTIVE')""";

	private final JdbcClient jdbc;

	ModerationQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the viewer moderates any space. */
	boolean mayOpen(AgoraPrincipal viewer) {
		return viewer.isManager() || jdbc.sql("""
				select count(*) from discussions_space_member
				where person_id = :viewer and role = 'MODERATOR' and status = 'ACTIVE'""")
			.param("viewer", viewer.personId())
			.query(Long.class)
			.single() > 0;
	}

	List<Item> of(AgoraPrincipal viewer) {
		if (!mayOpen(viewer)) {
			throw new AccessDeniedException("Only moderators have a moderation queue");
		}
		String scope = viewer.isManager() ? "1 = 1" : MODERATED;
		Map<Long, Item> items = new LinkedHashMap<>();
		jdbc.sql("""
				select p.id, t.id, t.title, s.id, s.name, a.full_name, p.body, p.opening, p.hidden,
				       f.id, f.reason, f.note, b.full_name, f.created_at
				from discussions_flag f
				join discussions_post p on p.id = f.post_id
				join discussions_thread t on t.id = p.thread_id
				join discussions_space s on s.id = t.space_id
				join people_person a on a.id = p.author_id
				join people_person b on b.id = f.flagged_by
				where f.status = 'OPEN'""" + " and (" + scope + ")" + """

				order by (select min(o.created_at) from discussions_flag o where o.post_id = p.id and o.status = 'OPEN'),
				  p.id, f.created_at, f.id""")
			.param("viewer", viewer.personId())
			.query((rs, n) -> {
				var fresh = new Item(rs.getLong(1), rs.getLong(2), rs.getString(3),
						ThreadPaths.of(rs.getLong(2), rs.getString(3)), rs.getLong(4), rs.getString(5), rs.getString(6),
						rs.getString(7), rs.getBoolean(8), rs.getBoolean(9), new ArrayList<>());
				var item = items.putIfAbsent(fresh.postId(), fresh);
				(item == null ? fresh : item).flags()
					.add(new Flag(rs.getLong(10), FlagReason.valueOf(rs.getString(11)), rs.getString(12),
							rs.getString(13), rs.getTimestamp(14).toInstant()));
				return fresh.postId();
			})
			.list();
		return List.copyOf(items.values());
	}
}
