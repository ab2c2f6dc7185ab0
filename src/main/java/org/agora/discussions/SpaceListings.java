package org.agora.discussions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists of the spaces pages: the spaces a viewer sees with their counts, the latest threads across them, a space's
 * threads and a tag's threads. Each list is a fixed number of queries whatever its length, filtered by the policy.
 */
@Repository
@Transactional(readOnly = true)
class SpaceListings {

	static final int PAGE_SIZE = 20;

	/**
	 * A space with what the overview shows of it.
	 *
	 * @param myRole the viewer's role in it, or null
	 * @param myStatus the viewer's membership, or null
	 */
	record SpaceSummary(Space space, int threadCount, java.time.Instant lastActivityAt, SpaceRole myRole,
			MembershipStatus myStatus) {
	}

	/** A thread in a list, with its author's name and its space. */
	record ThreadRow(DiscussionThread thread, String authorName, String spaceName, String spaceSlug) {
	}

	/** A person named in a list. */
	record PersonName(long id, String name) {
	}

	private final JdbcClient jdbc;

	private final ThreadStore threads;

	private final DiscussionsPolicy policy;

	SpaceListings(JdbcClient jdbc, ThreadStore threads, DiscussionsPolicy policy) {
		this.jdbc = jdbc;
		this.threads = threads;
		this.policy = policy;
	}

	/** The spaces the viewer sees, the lobby first, with visible thread counts and last activity. */
	List<SpaceSummary> spaces(AgoraPrincipal viewer) {
		var filter = policy.visibleSpaces(viewer);
		var params = new HashMap<String, Object>(filter.params());
		params.put("me", viewer.personId());
		return jdbc.sql("select " + Spaces.COLUMNS + """
				, (select count(*) from discussions_thread t where t.space_id = s.id and not t.hidden) as thread_count,
				  (select max(t.last_activity_at) from discussions_thread t where t.space_id = s.id and not t.hidden) as last_at,
				  m.role as my_role, m.status as my_status
				from discussions_space s
				left join discussions_space_member m on m.space_id = s.id and m.person_id = :me
				where""" + " " + filter.where()
				+ " order by case s.kind when 'LOBBY' then 0 when 'TOPIC' then 1 else 2 end, s.archived, s.name")
			.params(params)
			.query((rs, n) -> new SpaceSummary(Spaces.row(rs, n), rs.getInt("thread_count"),
					ThreadStore.instant(rs, "last_at"),
					rs.getString("my_role") == null ? null : SpaceRole.valueOf(rs.getString("my_role")),
					rs.getString("my_status") == null ? null : MembershipStatus.valueOf(rs.getString("my_status"))))
			.list();
	}

	/** The most recently active threads across the spaces the viewer sees, hidden ones left out. */
	List<ThreadRow> latest(AgoraPrincipal viewer, int limit) {
		var filter = policy.visibleSpaces(viewer);
		var params = new HashMap<String, Object>(filter.params());
		params.put("limit", limit);
		return rows(threads.list("select " + ThreadStore.COLUMNS + """
				 from discussions_thread t join discussions_space s on s.id = t.space_id
				where not t.hidden and""" + " " + filter.where() + " order by t.last_activity_at desc, t.id desc limit :limit",
				params));
	}

	/**
	 * A page of a space's threads: pinned first, then by last activity. Hidden threads are listed for the space's
	 * moderators and their authors only.
	 */
	Page<ThreadRow> ofSpace(AgoraPrincipal viewer, Space space, ThreadKind kind, String tag, int page) {
		var where = new StringBuilder(" where t.space_id = :space");
		var params = new HashMap<String, Object>();
		params.put("space", space.id());
		if (!policy.mayModerate(viewer, space)) {
			where.append(" and (not t.hidden or t.author_id = :me)");
			params.put("me", viewer.personId());
		}
		if (kind != null) {
			where.append(" and t.kind = :kind");
			params.put("kind", kind.name());
		}
		if (tag != null) {
			where.append(" and exists (select 1 from discussions_thread_tag g where g.thread_id = t.id and g.tag = :tag)");
			params.put("tag", tag);
		}
		return page("from discussions_thread t" + where, "t.pinned desc, t.last_activity_at desc, t.id desc", params,
				page);
	}

	/** A page of the visible threads with a tag, across the spaces the viewer sees, by last activity. */
	Page<ThreadRow> withTag(AgoraPrincipal viewer, String tag, int page) {
		var filter = policy.visibleSpaces(viewer);
		var params = new HashMap<String, Object>(filter.params());
		params.put("tag", tag);
		return page("""
				from discussions_thread t join discussions_space s on s.id = t.space_id
				where not t.hidden and exists (select 1 from discussions_thread_tag g where g.thread_id = t.id and g.tag = :tag)
				and""" + " " + filter.where(), "t.last_activity_at desc, t.id desc", params, page);
	}

	/** The active moderators of a space, by name. */
	List<PersonName> moderators(Space space) {
		return jdbc.sql("""
				select p.id, p.full_name from discussions_space_member m join people_person p on p.id = m.person_id
				where m.space_id = :space and m.role = 'MODERATOR' and m.status = 'ACTIVE' order by p.full_name""")
			.param("space", space.id())
			.query((rs, n) -> new PersonName(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/** Whether the viewer moderates any space, for the moderation tab. */
	boolean moderatesAny(AgoraPrincipal viewer) {
		return viewer.isManager() || jdbc.sql("""
				select count(*) from discussions_space_member
				where person_id = :me and role = 'MODERATOR' and status = 'ACTIVE'""")
			.param("me", viewer.personId())
			.query(Integer.class)
			.single() > 0;
	}

	/** A space's address, encoded for any script, for links built with query parameters. */
	static String href(Space space) {
		return org.springframework.web.util.UriUtils.encodePath(space.path(), java.nio.charset.StandardCharsets.UTF_8);
	}

	/** A redirect to a space's page, its address encoded for any script. */
	static String redirect(Space space) {
		return redirect(space, "");
	}

	static String redirect(Space space, String below) {
		return "redirect:" + org.springframework.web.util.UriUtils.encodePath(space.path() + below,
				java.nio.charset.StandardCharsets.UTF_8);
	}

	private Page<ThreadRow> page(String from, String order, Map<String, Object> params, int page) {
		int shown = Math.max(0, page);
		long total = jdbc.sql("select count(*) " + from).params(params).query(Long.class).single();
		var withPage = new HashMap<String, Object>(params);
		withPage.put("limit", PAGE_SIZE);
		withPage.put("offset", (long) shown * PAGE_SIZE);
		var rows = rows(threads.list("select " + ThreadStore.COLUMNS + " " + from + " order by " + order
				+ " limit :limit offset :offset", withPage));
		return new Page<>(rows, shown, PAGE_SIZE, total);
	}

	/** Adds the authors' and spaces' names in two queries. */
	private List<ThreadRow> rows(List<DiscussionThread> list) {
		if (list.isEmpty()) {
			return List.of();
		}
		Map<Long, String> authors = names("select id, full_name from people_person where id in (:ids)",
				Set.copyOf(list.stream().map(DiscussionThread::authorId).toList()));
		Map<Long, String[]> spaces = new HashMap<>();
		jdbc.sql("select id, name, slug from discussions_space where id in (:ids)")
			.param("ids", Set.copyOf(list.stream().map(DiscussionThread::spaceId).toList()))
			.query((rs, n) -> spaces.put(rs.getLong(1), new String[] { rs.getString(2), rs.getString(3) }))
			.list();
		return list.stream().map(t -> {
			var space = spaces.getOrDefault(t.spaceId(), new String[] { "", "" });
			return new ThreadRow(t, authors.getOrDefault(t.authorId(), ""), space[0], space[1]);
		}).toList();
	}

	private Map<Long, String> names(String sql, Set<Long> ids) {
		Map<Long, String> result = new HashMap<>();
		jdbc.sql(sql).param("ids", ids).query((rs, n) -> result.put(rs.getLong(1), rs.getString(2))).list();
		return result;
	}
}
