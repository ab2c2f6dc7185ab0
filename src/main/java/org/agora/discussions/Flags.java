package org.agora.discussions;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anyone who sees a post, other than its author, flags it for the moderators, once while their flag is open.
 * Moderators dismiss flags (hiding the post upholds them, see {@link ModerationHiding}).
 */
@Service
class Flags {

	static final int NOTE_MAX = 500;

	private final JdbcClient jdbc;

	private final ModerationPosts posts;

	private final DiscussionsPolicy policy;

	private final ModerationLog log;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Flags(JdbcClient jdbc, ModerationPosts posts, DiscussionsPolicy policy, ModerationLog log,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.posts = posts;
		this.policy = policy;
		this.log = log;
		this.events = events;
		this.clock = clock;
	}

	/** @return the new flag's id */
	@Transactional
	long flag(AgoraPrincipal viewer, long postId, String reasonText, String noteText) {
		var post = posts.visible(viewer, postId);
		if (post.authorId() == viewer.personId()) {
			throw new InvalidInputException("post", "dqa.flag.own", "nobody flags their own post");
		}
		if (post.hidden()) {
			throw new InvalidInputException("post", "dqa.flag.hidden", "the post is already hidden");
		}
		FlagReason reason = FlagReason.of(reasonText);
		String note = noteText == null || noteText.isBlank() ? null : noteText.strip();
		if (note != null && note.length() > NOTE_MAX) {
			throw new InvalidInputException("note", "dqa.flag.noteTooLong", "note has at most 500 characters");
		}
		if (reason == FlagReason.OTHER && note == null) {
			throw new InvalidInputException("note", "dqa.flag.noteRequired", "say what is wrong when the reason is OTHER");
		}
		// the post's row lock makes the check and the insert one step for two flags sent at once
		jdbc.sql("select id from discussions_post where id = :id for update").param("id", postId).query(Long.class).single();
		if (openFlag(postId, viewer.personId())) {
			throw new FlagConflict("dqa.flag.twice", "You have already flagged this post; the moderators will look at it.");
		}
		Instant now = Instant.now(clock);
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into discussions_flag (post_id, flagged_by, reason, note, created_at, status)
				values (:post, :by, :reason, :note, :at, 'OPEN')""")
			.param("post", postId)
			.param("by", viewer.personId())
			.param("reason", reason.name())
			.param("note", note)
			.param("at", Timestamp.from(now))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		events.publishEvent(new PostFlagged(id, postId, post.threadId(), post.space().id(), post.authorId(),
				viewer.personId(), reason.name(), now));
		return id;
	}

	/** Dismisses one open flag; @return the post it was on */
	@Transactional
	long dismiss(AgoraPrincipal viewer, long flagId) {
		Long postId = jdbc.sql("select post_id from discussions_flag where id = :id")
			.param("id", flagId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("Flag"));
		var post = moderated(viewer, postId);
		int changed = resolve("id = :id", flagId, viewer);
		if (changed == 0) {
			throw new FlagConflict("dqa.flag.decided", "The flag has already been decided.");
		}
		log.record(post.space().id(), post.threadId(), postId, viewer.personId(),
				ModerationAction.FLAGS_DISMISSED.name(), null);
		return postId;
	}

	/** Dismisses every open flag of a post. */
	@Transactional
	int dismissAll(AgoraPrincipal viewer, long postId) {
		var post = moderated(viewer, postId);
		int changed = resolve("post_id = :id", postId, viewer);
		if (changed > 0) {
			log.record(post.space().id(), post.threadId(), postId, viewer.personId(),
					ModerationAction.FLAGS_DISMISSED.name(), null);
		}
		return changed;
	}

	/** The posts among these that the person has an open flag on, for the thread page's controls. */
	@Transactional(readOnly = true)
	Set<Long> openByAmong(long personId, Collection<Long> postIds) {
		if (postIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				select distinct post_id from discussions_flag
				where flagged_by = :person and status = 'OPEN' and post_id in (:posts)""")
			.param("person", personId)
			.param("posts", postIds)
			.query(Long.class)
			.list());
	}

	private ModerationPost moderated(AgoraPrincipal viewer, long postId) {
		var post = posts.visible(viewer, postId);
		if (!policy.mayModerate(viewer, post.space())) {
			throw new AccessDeniedException("Only the space's moderators decide on flags");
		}
		return post;
	}

	private boolean openFlag(long postId, long personId) {
		return jdbc.sql("select count(*) from discussions_flag where post_id = :post and flagged_by = :by and status = 'OPEN'")
			.param("post", postId)
			.param("by", personId)
			.query(Long.class)
			.single() > 0;
	}

	private int resolve(String where, long id, AgoraPrincipal viewer) {
		return jdbc.sql("update discussions_flag set status = 'DISMISSED', resolved_by = :by, resolved_at = :at where "
				+ where + " and status = 'OPEN'")
			.param("id", id)
			.param("by", viewer.personId())
			.param("at", Timestamp.from(Instant.now(clock)))
			.update();
	}
}
