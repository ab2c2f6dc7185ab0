package org.agora.discussions;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may see, post in and moderate discussion spaces. Lists filter with {@link #visibleSpaces}, which says the same
 * as {@link #maySee(AgoraPrincipal, Space)} in SQL (a test keeps the two in agreement).
 *
 * <ul>
 * <li>Community managers and admins see and moderate every space.</li>
 * <li>Everyone in the organization (every role but a guest's alone) reads and posts in the lobby and the topic
 * spaces.</li>
 * <li>A private space is seen only by its active members; to anyone else it does not exist.</li>
 * <li>Guests from partner communities see only the spaces they are active members of.</li>
 * <li>A space's moderators moderate it; an archived space is read-only.</li>
 * <li>A hidden thread or post is seen by the space's moderators and its author only.</li>
 * </ul>
 */
@Component
class DiscussionsPolicy {

	/** A where-clause on {@code discussions_space s} and its parameters. */
	record Filter(String where, Map<String, Object> params) {
	}

	/** The viewer's standing in a space: its role and status, if any. */
	record Membership(SpaceRole role, MembershipStatus status) {

		boolean active() {
			return status == MembershipStatus.ACTIVE;
		}

		boolean moderator() {
			return active() && role == SpaceRole.MODERATOR;
		}
	}

	private final JdbcClient jdbc;

	DiscussionsPolicy(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Anyone in the organization: every role but a guest's alone. */
	static boolean inOrganization(AgoraPrincipal viewer) {
		return viewer != null && viewer.roles().stream().anyMatch(r -> r != Role.GUEST);
	}

	Optional<Membership> membership(long personId, long spaceId) {
		return jdbc.sql("select role, status from discussions_space_member where space_id = :space and person_id = :person")
			.param("space", spaceId)
			.param("person", personId)
			.query((rs, n) -> new Membership(SpaceRole.valueOf(rs.getString(1)),
					MembershipStatus.valueOf(rs.getString(2))))
			.optional();
	}

	/**
	 * The viewer's standing in every space they have one in, read at once, so that many threads are judged with one
	 * query: pass it to the forms of {@code maySee} and {@code mayModerate} that take it.
	 */
	Map<Long, Membership> memberships(AgoraPrincipal viewer) {
		if (viewer == null) {
			return Map.of();
		}
		Map<Long, Membership> memberships = new HashMap<>();
		jdbc.sql("select space_id, role, status from discussions_space_member where person_id = :person")
			.param("person", viewer.personId())
			.query((rs, n) -> memberships.put(rs.getLong(1), new Membership(SpaceRole.valueOf(rs.getString(2)),
					MembershipStatus.valueOf(rs.getString(3)))))
			.list();
		return memberships;
	}

	boolean maySee(AgoraPrincipal viewer, Space space) {
		return sees(viewer, space, () -> membership(viewer.personId(), space.id()));
	}

	boolean maySee(AgoraPrincipal viewer, Space space, Map<Long, Membership> memberships) {
		return sees(viewer, space, () -> Optional.ofNullable(memberships.get(space.id())));
	}

	private static boolean sees(AgoraPrincipal viewer, Space space, Supplier<Optional<Membership>> standing) {
		if (viewer == null) {
			return false;
		}
		if (viewer.isManager()) {
			return true;
		}
		if (!space.isPrivate() && inOrganization(viewer)) {
			return true;
		}
		return standing.get().map(Membership::active).orElse(false);
	}

	/** The spaces the viewer may see, as SQL. */
	Filter visibleSpaces(AgoraPrincipal viewer) {
		if (viewer.isManager()) {
			return new Filter("1 = 1", Map.of());
		}
		String member = """
				exists (select 1 from discussions_space_member m where m.space_id = s.id and m.person_id = :viewer
				        and m.status = 'ACTIVE')""";
		String where = inOrganization(viewer) ? "(s.kind <> 'PRIVATE' or " + member + ")" : member;
		return new Filter(where, Map.of("viewer", viewer.personId()));
	}

	/** Start threads and post in a space the viewer sees, unless it is archived. */
	boolean mayPost(AgoraPrincipal viewer, Space space) {
		return !space.archived() && maySee(viewer, space);
	}

	/** Pin, lock, close, move and hide in the space, answer its flags, decide on its members. */
	boolean mayModerate(AgoraPrincipal viewer, Space space) {
		return moderates(viewer, () -> membership(viewer.personId(), space.id()));
	}

	boolean mayModerate(AgoraPrincipal viewer, Space space, Map<Long, Membership> memberships) {
		return moderates(viewer, () -> Optional.ofNullable(memberships.get(space.id())));
	}

	private static boolean moderates(AgoraPrincipal viewer, Supplier<Optional<Membership>> standing) {
		if (viewer == null) {
			return false;
		}
		return viewer.isManager() || standing.get().map(Membership::moderator).orElse(false);
	}

	/** Community managers and admins create spaces, name their moderators and archive them. */
	boolean mayManageSpaces(AgoraPrincipal viewer) {
		return viewer != null && viewer.isManager();
	}

	/** A thread of a space the viewer sees; a hidden one only for its author and the space's moderators. */
	boolean maySee(AgoraPrincipal viewer, Space space, DiscussionThread thread) {
		if (!maySee(viewer, space)) {
			return false;
		}
		return !thread.hidden() || thread.authorId() == viewer.personId() || mayModerate(viewer, space);
	}

	/** The same for many threads: the viewer's {@link #memberships} read beforehand. */
	boolean maySee(AgoraPrincipal viewer, Space space, DiscussionThread thread, Map<Long, Membership> memberships) {
		if (!maySee(viewer, space, memberships)) {
			return false;
		}
		return !thread.hidden() || thread.authorId() == viewer.personId() || mayModerate(viewer, space, memberships);
	}

	/** A reply or answer of a thread the viewer sees; a hidden one only for its author and the space's moderators. */
	boolean maySeePost(AgoraPrincipal viewer, Space space, DiscussionThread thread, long postAuthorId,
			boolean postHidden, Map<Long, Membership> memberships) {
		return maySee(viewer, space, thread, memberships) && (!postHidden || postAuthorId == viewer.personId()
				|| mayModerate(viewer, space, memberships));
	}

	/** Reply or answer: the thread is open (moderators may still post in a locked or closed one). */
	boolean mayReply(AgoraPrincipal viewer, Space space, DiscussionThread thread) {
		return mayPost(viewer, space) && maySee(viewer, space, thread)
				&& (thread.acceptsPosts() || mayModerate(viewer, space));
	}

	/** The asker or a moderator accepts an answer of a question, unless the space is archived. */
	boolean mayAccept(AgoraPrincipal viewer, Space space, DiscussionThread thread) {
		return thread.isQuestion() && mayPost(viewer, space) && maySee(viewer, space, thread)
				&& (thread.authorId() == viewer.personId() || mayModerate(viewer, space));
	}

	/** Edit a post: its author while the thread is open, or a moderator. */
	boolean mayEdit(AgoraPrincipal viewer, Space space, DiscussionThread thread, long postAuthorId) {
		return mayPost(viewer, space) && maySee(viewer, space, thread)
				&& ((postAuthorId == viewer.personId() && !thread.locked()) || mayModerate(viewer, space));
	}

	/** Vote on a post: anyone who sees it, but never on their own. */
	boolean mayVote(AgoraPrincipal viewer, Space space, DiscussionThread thread, long postAuthorId) {
		return postAuthorId != viewer.personId() && mayPost(viewer, space) && maySee(viewer, space, thread);
	}
}
