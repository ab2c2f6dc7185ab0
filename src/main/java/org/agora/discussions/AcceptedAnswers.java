package org.agora.discussions;

import java.time.Clock;
import java.time.Instant;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The asker, or a moderator of the space, accepts one answer of a question; accepting another replaces it. Kept in
 * {@code discussions_thread.accepted_post_id}.
 */
@Service
class AcceptedAnswers {

	private final JdbcClient jdbc;

	private final ThreadStore threads;

	private final ModerationPosts posts;

	private final DiscussionsPolicy policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AcceptedAnswers(JdbcClient jdbc, ThreadStore threads, ModerationPosts posts, DiscussionsPolicy policy,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.threads = threads;
		this.posts = posts;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	/** @return the thread after the change */
	@Transactional
	DiscussionThread accept(AgoraPrincipal viewer, long threadId, Long postId) {
		var located = threads.visible(viewer, threadId);
		var thread = located.thread();
		if (thread.isQuestion() && !policy.mayAccept(viewer, located.space(), thread)) {
			throw new AccessDeniedException("Only the asker or a moderator accepts an answer");
		}
		if (postId == null) {
			throw new InvalidInputException("postId", "dqa.accept.otherThread", "postId is required");
		}
		var post = posts.find(postId, located).orElse(null);
		AcceptRules.check(thread, post);
		Long previous = thread.acceptedPostId();
		if (previous != null && previous.longValue() == postId) {
			return thread;
		}
		// only a post that is still a visible answer of this thread, even if a moderator hid it a moment ago
		int accepted = jdbc.sql("""
				update discussions_thread set accepted_post_id = :post, version = version + 1
				where id = :id and exists (select 1 from discussions_post p
				  where p.id = :post and p.thread_id = :id and not p.hidden and not p.opening)""")
			.param("post", postId)
			.param("id", threadId)
			.update();
		if (accepted == 0) {
			throw new InvalidInputException("postId", "dqa.accept.hidden", "the answer is hidden");
		}
		events.publishEvent(new AnswerAccepted(postId, threadId, located.space().id(), located.space().isPrivate(),
				post.authorId(), thread.authorId(), previous, viewer.personId(), Instant.now(clock)));
		return threads.find(threadId).orElseThrow();
	}

	@Transactional
	DiscussionThread unaccept(AgoraPrincipal viewer, long threadId) {
		var located = threads.visible(viewer, threadId);
		if (!policy.mayAccept(viewer, located.space(), located.thread())) {
			throw new AccessDeniedException("Only the asker or a moderator takes an acceptance back");
		}
		setAccepted(threadId, null);
		return threads.find(threadId).orElseThrow();
	}

	private void setAccepted(long threadId, Long postId) {
		jdbc.sql("update discussions_thread set accepted_post_id = :post, version = version + 1 where id = :id")
			.param("post", postId)
			.param("id", threadId)
			.update();
	}
}
