package org.agora.discussions;

import java.util.List;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderators' thread actions: pin, lock, close (and undo each), move to another space they moderate, and close
 * a question as a duplicate of another. Each writes the audit trail in its own transaction.
 */
@Service
class ModerationActions {

	private final JdbcClient jdbc;

	private final ThreadStore threads;

	private final Spaces spaces;

	private final DiscussionsPolicy policy;

	private final ModerationLog log;

	private final DiscussionSearchChanges search;

	ModerationActions(JdbcClient jdbc, ThreadStore threads, Spaces spaces, DiscussionsPolicy policy,
			ModerationLog log, DiscussionSearchChanges search) {
		this.search = search;
		this.jdbc = jdbc;
		this.threads = threads;
		this.spaces = spaces;
		this.policy = policy;
		this.log = log;
	}

	/** The thread for a moderator of its space; 404 for who may not see it, 403 for who sees but may not act. */
	@Transactional(readOnly = true)
	ThreadStore.Located moderated(AgoraPrincipal viewer, long threadId) {
		var located = threads.visible(viewer, threadId);
		if (!policy.mayModerate(viewer, located.space())) {
			throw new AccessDeniedException("Only the space's moderators act on its threads");
		}
		return located;
	}

	@Transactional
	void apply(AgoraPrincipal viewer, long threadId, ModerationAction action, String reason) {
		var located = moderated(viewer, threadId);
		String why = ModerationReasons.optional(reason);
		jdbc.sql("update discussions_thread set " + action.set + ", version = version + 1 where id = :id")
			.param("id", threadId)
			.update();
		log.record(located.space().id(), threadId, null, viewer.personId(), action.name(), why);
	}

	/** The other spaces the viewer moderates, where a thread of the given space may move. */
	@Transactional(readOnly = true)
	List<Space> moveTargets(AgoraPrincipal viewer, long fromSpaceId) {
		return spaces.visibleTo(viewer)
			.stream()
			.filter(s -> s.id() != fromSpaceId && !s.archived() && policy.mayModerate(viewer, s))
			.toList();
	}

	@Transactional
	void move(AgoraPrincipal viewer, long threadId, Long spaceId, String reason) {
		var located = moderated(viewer, threadId);
		String why = ModerationReasons.optional(reason);
		var target = spaceId == null ? null
				: spaces.find(spaceId).filter(s -> !s.archived() && policy.mayModerate(viewer, s)).orElse(null);
		if (target == null || target.id() == located.space().id()) {
			throw new InvalidInputException("spaceId", "dqa.move.target", "move to another space you moderate");
		}
		jdbc.sql("update discussions_thread set space_id = :space, version = version + 1 where id = :id")
			.param("space", target.id())
			.param("id", threadId)
			.update();
		// the space it left is kept by id only: its name may be private to readers of the new space
		log.record(located.space().id(), threadId, null, viewer.personId(), ModerationAction.MOVE.name(), why);
		search.threadMoved(threadId);
	}

	/**
	 * Closes a question as a duplicate of another the viewer sees, named by its id or its address.
	 * @return the question it duplicates
	 */
	@Transactional
	DiscussionThread duplicate(AgoraPrincipal viewer, long threadId, String of, String reason) {
		var located = moderated(viewer, threadId);
		String why = ModerationReasons.optional(reason);
		if (!located.thread().isQuestion()) {
			throw new InvalidInputException("of", "dqa.duplicate.notQuestion", "only a question closes as a duplicate");
		}
		long originalId = DuplicateReference.idOf(of);
		if (originalId == threadId) {
			throw new InvalidInputException("of", "dqa.duplicate.self", "a question does not duplicate itself");
		}
		DiscussionThread original;
		try {
			original = threads.visible(viewer, originalId).thread();
		}
		catch (org.agora.platform.web.NotFoundException e) {
			throw new InvalidInputException("of", "dqa.duplicate.unknown", "no question you can see has that id");
		}
		if (!original.isQuestion() || original.hidden()) {
			throw new InvalidInputException("of", "dqa.duplicate.unknown", "no question you can see has that id");
		}
		if (original.spaceId() != located.space().id()
				&& spaces.find(original.spaceId()).map(Space::isPrivate).orElse(true)) {
			throw new InvalidInputException("of", "dqa.duplicate.private",
					"a question in a private space cannot be the original of one outside it");
		}
		if (original.duplicateOf() != null && original.duplicateOf() == threadId) {
			throw new InvalidInputException("of", "dqa.duplicate.circle", "that question is a duplicate of this one");
		}
		jdbc.sql("update discussions_thread set closed = true, duplicate_of = :of, version = version + 1 where id = :id")
			.param("of", originalId)
			.param("id", threadId)
			.update();
		log.record(located.space().id(), threadId, null, viewer.personId(), ModerationAction.DUPLICATE.name(), why);
		return original;
	}
}
