package org.agora.discussions;

import java.util.LinkedHashSet;
import java.util.Set;

import org.agora.platform.search.SearchAccess;
import org.agora.platform.security.AgoraPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The search keys of threads and posts, written from the rules of {@link DiscussionsPolicy}. A thing carries keys
 * that depend only on itself (its space's kind, whether it is hidden, who wrote it); who is a member or a moderator
 * is on the viewer's side ({@link #keys}), so a membership that starts or ends needs no reindexing.
 *
 * <ul>
 * <li>Readers of a space: managers, the organization unless the space is private, and the space's active members
 * (a guest too, wherever they are one).</li>
 * <li>Something hidden: managers, the space's moderators, and its author while the author may read the space.</li>
 * </ul>
 */
@Component
class DiscussionSearchAccess {

	private final JdbcClient jdbc;

	private final DiscussionsPolicy policy;

	DiscussionSearchAccess(JdbcClient jdbc, DiscussionsPolicy policy) {
		this.jdbc = jdbc;
		this.policy = policy;
	}

	/** Who may read the space's visible threads and posts. */
	static Set<String> readers(Space space) {
		Set<String> keys = new LinkedHashSet<>();
		keys.add(SearchAccess.MANAGERS);
		keys.add(member(space.id()));
		if (!space.isPrivate()) {
			keys.add(SearchAccess.ORGANIZATION);
		}
		return keys;
	}

	/** A hidden thread: its moderators, and its author while they may read the space. */
	static Set<String> hidden(Space space, long authorId) {
		Set<String> keys = moderators(space);
		keys.add(authorIn(space.id(), authorId));
		return keys;
	}

	/**
	 * A reply or answer: the thread's readers, unless the thread or the post is hidden; then the moderators, and
	 * whoever wrote what is hidden while they may read the space (when both are, only someone who wrote both).
	 */
	static Set<String> post(Space space, DiscussionThread thread, long authorId, boolean hidden) {
		if (!thread.hidden() && !hidden) {
			return readers(space);
		}
		Set<String> keys = moderators(space);
		if (!thread.hidden()) {
			keys.add(authorIn(space.id(), authorId));
		}
		else if (!hidden || thread.authorId() == authorId) {
			keys.add(authorIn(space.id(), thread.authorId()));
		}
		return keys;
	}

	private static Set<String> moderators(Space space) {
		Set<String> keys = new LinkedHashSet<>();
		keys.add(SearchAccess.MANAGERS);
		keys.add(moderator(space.id()));
		return keys;
	}

	/**
	 * The viewer's keys: a member's key of each space where they are an active member, a moderator's where they
	 * moderate, and an author's key of each space they may read. Managers need none of them.
	 */
	Set<String> keys(AgoraPrincipal viewer) {
		Set<String> keys = new LinkedHashSet<>();
		if (viewer == null || viewer.isManager()) {
			return keys;
		}
		policy.memberships(viewer).forEach((spaceId, membership) -> {
			if (membership.active()) {
				keys.add(member(spaceId));
			}
			if (membership.moderator()) {
				keys.add(moderator(spaceId));
			}
		});
		var filter = policy.visibleSpaces(viewer);
		jdbc.sql("select s.id from discussions_space s where " + filter.where())
			.params(filter.params())
			.query(Long.class)
			.list()
			.forEach(spaceId -> keys.add(authorIn(spaceId, viewer.personId())));
		return keys;
	}

	static String member(long spaceId) {
		return SearchAccess.scoped("discussions", "space", spaceId);
	}

	static String moderator(long spaceId) {
		return SearchAccess.scoped("discussions", "moderator", spaceId);
	}

	/** The author's key in one space: an author who can no longer read the space no longer finds what they wrote. */
	static String authorIn(long spaceId, long personId) {
		return SearchAccess.scoped("discussions", "space-" + spaceId + "-author", personId);
	}
}
