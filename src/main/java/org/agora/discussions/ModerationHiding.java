package org.agora.discussions;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderators hide a post with a reason and restore it; nothing is deleted. Hiding an opening post hides its thread.
 * A hidden reply stops counting in the thread's replies, loses its acceptance, and its open flags are upheld.
 */
@Service
class ModerationHiding {

	private final JdbcClient jdbc;

	private final ModerationPosts posts;

	private final DiscussionsPolicy policy;

	private final ModerationLog log;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ModerationHiding(JdbcClient jdbc, ModerationPosts posts, DiscussionsPolicy policy, ModerationLog log,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.posts = posts;
		this.policy = policy;
		this.log = log;
		this.events = events;
		this.clock = clock;
	}

	/** The post for a moderator of its space: 404 for who may not see it, 403 for who sees but may not act. */
	@Transactional(readOnly = true)
	ModerationPost moderated(AgoraPrincipal viewer, long postId) {
		var post = posts.visible(viewer, postId);
		if (!policy.mayModerate(viewer, post.space())) {
			throw new AccessDeniedException("Only the space's moderators hide and restore posts");
		}
		return post;
	}

	@Transactional
	ModerationPost hide(AgoraPrincipal viewer, long postId, String reason) {
		var post = moderated(viewer, postId);
		String why = ModerationReasons.required(reason);
		if (!setHidden(postId, true)) {
			throw new ModerationConflict("dqa.hide.already", "The post is already hidden");
		}
		long threadId = post.threadId();
		if (post.opening()) {
			setThreadHidden(threadId, true);
		}
		else {
			jdbc.sql("""
					update discussions_thread set reply_count = reply_count - 1,
					  accepted_post_id = case when accepted_post_id = :post then null else accepted_post_id end,
					  first_answer_at = (select min(p.created_at) from discussions_post p
					                     where p.thread_id = :thread and not p.opening and not p.hidden),
					  version = version + 1
					where id = :thread""").param("post", postId).param("thread", threadId).update();
		}
		Instant now = Instant.now(clock);
		jdbc.sql("""
				update discussions_flag set status = 'UPHELD', resolved_by = :by, resolved_at = :at
				where post_id = :post and status = 'OPEN'""")
			.param("by", viewer.personId())
			.param("at", Timestamp.from(now))
			.param("post", postId)
			.update();
		log.record(post.space().id(), threadId, postId, viewer.personId(), ModerationAction.HIDE.name(), why);
		events.publishEvent(new PostHidden(postId, threadId, post.space().id(), post.authorId(), post.opening(),
				viewer.personId(), why, now));
		return post;
	}

	@Transactional
	ModerationPost restore(AgoraPrincipal viewer, long postId, String reason) {
		var post = moderated(viewer, postId);
		String why = ModerationReasons.optional(reason);
		if (!setHidden(postId, false)) {
			throw new ModerationConflict("dqa.restore.notHidden", "The post is not hidden");
		}
		if (post.opening()) {
			setThreadHidden(post.threadId(), false);
		}
		else {
			jdbc.sql("""
					update discussions_thread set reply_count = reply_count + 1,
					  first_answer_at = (select min(p.created_at) from discussions_post p
					                     where p.thread_id = :id and not p.opening and not p.hidden),
					  version = version + 1
					where id = :id""")
				.param("id", post.threadId())
				.update();
		}
		log.record(post.space().id(), post.threadId(), postId, viewer.personId(), ModerationAction.RESTORE.name(), why);
		events.publishEvent(new PostRestored(postId, post.threadId(), post.space().id(), post.authorId(),
				post.opening(), viewer.personId(), Instant.now(clock)));
		return post;
	}

	/** Flips the flag only from the other state, so two moderators acting at once count the replies once. */
	private boolean setHidden(long postId, boolean hidden) {
		return jdbc.sql("update discussions_post set hidden = :hidden, version = version + 1 where id = :id and hidden = :was")
			.param("hidden", hidden)
			.param("was", !hidden)
			.param("id", postId)
			.update() == 1;
	}

	private void setThreadHidden(long threadId, boolean hidden) {
		jdbc.sql("update discussions_thread set hidden = :hidden, version = version + 1 where id = :id")
			.param("hidden", hidden)
			.param("id", threadId)
			.update();
	}
}
