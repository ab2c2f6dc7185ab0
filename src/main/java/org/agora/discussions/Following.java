package org.agora.discussions;

import java.util.List;
import java.util.Locale;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Following spaces, tags and threads for the signed-in person: one follows only what one may see, and the list of what
 * one follows shows only what one may still see.
 */
@Service
@Transactional
class Following {

	/** What the person follows, each with what a list shows of it. */
	record Followed(List<ThreadItem> threads, List<SpaceItem> spaces, List<String> tags) {
	}

	record ThreadItem(long id, String title, String path) {
	}

	record SpaceItem(long id, String slug, String name) {
	}

	private final Follows follows;

	private final Spaces spaces;

	private final ThreadStore threads;

	private final DiscussionsPolicy policy;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	Following(Follows follows, Spaces spaces, ThreadStore threads, DiscussionsPolicy policy,
			org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.follows = follows;
		this.spaces = spaces;
		this.threads = threads;
		this.policy = policy;
	}

	/**
	 * Follows a target the viewer sees: a thread by its id, a space by its address or id, a tag by its name.
	 *
	 * @return the target as stored
	 */
	String follow(AgoraPrincipal viewer, FollowTarget kind, String target) {
		String stored = resolve(viewer, kind, target);
		follows.follow(viewer.personId(), kind, stored);
		return stored;
	}

	/** Unfollows; what one does not follow, or no longer sees, is unfollowed all the same. */
	void unfollow(AgoraPrincipal viewer, FollowTarget kind, String target) {
		String stored = switch (kind) {
			case TAG -> tag(target);
			case THREAD -> Long.toString(number(target));
			case SPACE -> isNumber(target) ? target.strip()
					: spaces.findBySlug(target == null ? "" : target.strip()).map(s -> Long.toString(s.id())).orElse("");
		};
		follows.unfollow(viewer.personId(), kind, stored);
	}

	@Transactional(readOnly = true)
	boolean isFollowing(AgoraPrincipal viewer, FollowTarget kind, String target) {
		return follows.isFollowing(viewer.personId(), kind, target);
	}

	/** What the viewer follows and still may see, newest first: one query per kind, however much is followed. */
	@Transactional(readOnly = true)
	Followed of(AgoraPrincipal viewer) {
		var filter = policy.visibleSpaces(viewer);
		var params = new java.util.HashMap<String, Object>(filter.params());
		params.put("viewer", viewer.personId());
		String moderates = viewer.isManager() ? "1 = 1" : """
				exists (select 1 from discussions_space_member mm where mm.space_id = s.id and mm.person_id = :viewer
				        and mm.role = 'MODERATOR' and mm.status = 'ACTIVE')""";
		var threadItems = jdbc.sql("""
				select t.id, t.title from discussions_follow f
				join discussions_thread t on cast(t.id as varchar(20)) = f.target
				join discussions_space s on s.id = t.space_id
				where f.person_id = :viewer and f.target_kind = 'THREAD' and %s
				  and (not t.hidden or t.author_id = :viewer or %s)
				order by f.created_at desc, t.id desc""".formatted(filter.where(), moderates))
			.params(params)
			.query((rs, n) -> new ThreadItem(rs.getLong(1), rs.getString(2), ThreadPaths.of(rs.getLong(1), rs.getString(2))))
			.list();
		var spaceItems = jdbc.sql("""
				select s.id, s.slug, s.name from discussions_follow f
				join discussions_space s on cast(s.id as varchar(20)) = f.target
				where f.person_id = :viewer and f.target_kind = 'SPACE' and %s
				order by f.created_at desc, s.id desc""".formatted(filter.where()))
			.params(params)
			.query((rs, n) -> new SpaceItem(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
		return new Followed(threadItems, spaceItems, follows.followed(viewer.personId(), FollowTarget.TAG));
	}

	private String resolve(AgoraPrincipal viewer, FollowTarget kind, String typed) {
		String target = typed == null ? "" : typed.strip();
		return switch (kind) {
			case THREAD -> Long.toString(threads.visible(viewer, number(target)).thread().id());
			case SPACE -> Long.toString((isNumber(target) ? spaces.visible(viewer, Long.parseLong(target.strip()))
					: spaces.visible(viewer, target.strip())).id());
			case TAG -> tag(target);
		};
	}

	/** A tag in its stored form, or a clear error. */
	static String tag(String typed) {
		var tags = Tags.normalize(List.of(typed == null ? "" : typed));
		if (tags.size() != 1) {
			throw new InvalidInputException("target", "dspaces.follow.tagInvalid", "Name one tag");
		}
		return tags.get(0);
	}

	private static long number(String target) {
		if (!isNumber(target)) {
			throw new NotFoundException("Thread");
		}
		return Long.parseLong(target.strip());
	}

	private static boolean isNumber(String target) {
		return target != null && target.strip().matches("[0-9]{1,18}");
	}

	/** The kind named in a request, or a clear error. */
	static FollowTarget kind(String typed) {
		try {
			return FollowTarget.valueOf(typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("kind", "dspaces.follow.kindInvalid", "The kind is THREAD, SPACE or TAG");
		}
	}
}
