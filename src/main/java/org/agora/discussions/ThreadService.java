package org.agora.discussions;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting threads and posting replies and answers: policy, rules, then the rows, the author following the thread,
 * and the events, all in one transaction.
 */
@Service
@Transactional
class ThreadService {

	/** Replies and answers shown on one page of a thread. */
	static final int PAGE_SIZE = 20;

	private final JdbcClient jdbc;

	private final Spaces spaces;

	private final ThreadStore threads;

	private final DiscussionsPolicy policy;

	private final Tags tags;

	private final Follows follows;

	private final PostWriter writer;

	private final PostLimiter limiter;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ThreadService(JdbcClient jdbc, Spaces spaces, ThreadStore threads, DiscussionsPolicy policy, Tags tags,
			Follows follows, PostWriter writer, PostLimiter limiter, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.spaces = spaces;
		this.threads = threads;
		this.policy = policy;
		this.tags = tags;
		this.follows = follows;
		this.writer = writer;
		this.limiter = limiter;
		this.events = events;
		this.clock = clock;
	}

	/** Starts a thread in the space the viewer sees at that address; returns its id. */
	long start(AgoraPrincipal viewer, Space space, ThreadForm form, List<AttachmentFile> files) {
		if (!policy.mayPost(viewer, space)) {
			throw new InvalidInputException("body", "dthreads.error.archived",
					"The space is archived: it keeps its threads, but takes no new ones.");
		}
		ThreadKind kind = PostRules.kind(form.kind());
		String title = PostRules.title(form.title());
		String body = PostRules.body(form.body());
		List<String> threadTags = Tags.parse(form.tags());
		tags.checkKnown(viewer, threadTags);
		var checked = PostRules.files(files);
		limiter.take(viewer.personId());
		Instant now = Instant.now(clock);
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into discussions_thread (space_id, kind, title, author_id, created_at, last_activity_at)
				values (:space, :kind, :title, :author, :now, :now)""")
			.param("space", space.id())
			.param("kind", kind.name())
			.param("title", title)
			.param("author", viewer.personId())
			.param("now", Timestamp.from(now))
			.update(key, "id");
		long threadId = key.getKeyAs(Number.class).longValue();
		writer.tag(threadId, threadTags);
		long postId = writer.insert(threadId, viewer.personId(), body, true, null, now);
		writer.attach(postId, viewer.personId(), checked, now);
		List<Long> mentioned = writer.mention(space, postId, viewer.personId(), body);
		follows.follow(viewer.personId(), FollowTarget.THREAD, Long.toString(threadId));
		events.publishEvent(new ThreadCreated(threadId, postId, space.id(), space.isPrivate(), kind,
				viewer.personId(), title, threadTags, mentioned, now));
		if (kind == ThreadKind.QUESTION) {
			events.publishEvent(new QuestionAsked(threadId, space.id(), space.isPrivate(), viewer.personId(), title,
					threadTags, now));
		}
		return threadId;
	}

	/** Posts a reply (an answer, in a question) to a thread the viewer sees; returns the new post's id. */
	long reply(AgoraPrincipal viewer, long threadId, String typedBody, Long quoteOf, List<AttachmentFile> files) {
		var located = threads.visible(viewer, threadId);
		var space = located.space();
		var thread = located.thread();
		refuseReplies(viewer, space, thread);
		String body = PostRules.body(typedBody);
		if (quoteOf != null) {
			boolean sameThread = jdbc.sql("select count(*) from discussions_post where id = :id and thread_id = :thread")
				.param("id", quoteOf)
				.param("thread", threadId)
				.query(Integer.class)
				.single() > 0;
			if (!sameThread) {
				throw new InvalidInputException("quoteOf", "dthreads.error.quote",
						"Quote a post of this thread only.");
			}
		}
		var checked = PostRules.files(files);
		limiter.take(viewer.personId());
		// the row lock keeps two first answers from both counting as the first
		Instant firstAnswerAt = jdbc.sql("select first_answer_at from discussions_thread where id = :id for update")
			.param("id", threadId)
			.query((rs, n) -> ThreadStore.instant(rs, "first_answer_at"))
			.optional()
			.orElse(null);
		Instant now = Instant.now(clock);
		jdbc.sql("""
				update discussions_thread set reply_count = reply_count + 1, last_activity_at = :now,
				  first_answer_at = coalesce(first_answer_at, :now) where id = :id""")
			.param("now", Timestamp.from(now))
			.param("id", threadId)
			.update();
		long postId = writer.insert(threadId, viewer.personId(), body, false, quoteOf, now);
		writer.attach(postId, viewer.personId(), checked, now);
		List<Long> mentioned = writer.mention(space, postId, viewer.personId(), body);
		follows.follow(viewer.personId(), FollowTarget.THREAD, Long.toString(threadId));
		if (thread.isQuestion()) {
			events.publishEvent(new AnswerPosted(postId, threadId, space.id(), space.isPrivate(), viewer.personId(),
					thread.authorId(), firstAnswerAt == null, mentioned, now));
		}
		else {
			events.publishEvent(new ReplyPosted(postId, threadId, space.id(), space.isPrivate(), viewer.personId(),
					thread.authorId(), quoteOf, mentioned, now));
		}
		return postId;
	}

	/** Why the viewer may not reply, as an exception; nothing when they may. */
	private void refuseReplies(AgoraPrincipal viewer, Space space, DiscussionThread thread) {
		String reason = replyRefusal(viewer, space, thread);
		if (reason != null) {
			throw new InvalidInputException("body", reason, switch (reason) {
				case "dthreads.error.archived" -> "The space is archived: it takes no new posts.";
				case "dthreads.error.hidden" -> "The thread is hidden by a moderator: it takes no new posts.";
				case "dthreads.error.locked" -> "The thread is locked: it takes no new posts.";
				case "dthreads.error.closed" -> "The thread is closed: it takes no new posts.";
				default -> "You may not post here.";
			});
		}
	}

	/** The message key of why the viewer may not reply to the thread, or null when they may. */
	String replyRefusal(AgoraPrincipal viewer, Space space, DiscussionThread thread) {
		if (space.archived()) {
			return "dthreads.error.archived";
		}
		if (thread.hidden()) {
			return "dthreads.error.hidden";
		}
		if (policy.mayReply(viewer, space, thread)) {
			return null;
		}
		if (thread.locked()) {
			return "dthreads.error.locked";
		}
		if (thread.closed()) {
			return "dthreads.error.closed";
		}
		return "dthreads.error.mayNotPost";
	}

	void follow(AgoraPrincipal viewer, long threadId) {
		threads.visible(viewer, threadId);
		follows.follow(viewer.personId(), FollowTarget.THREAD, Long.toString(threadId));
	}

	void unfollow(AgoraPrincipal viewer, long threadId) {
		threads.visible(viewer, threadId);
		follows.unfollow(viewer.personId(), FollowTarget.THREAD, Long.toString(threadId));
	}

	/** The page (from 0) of the thread on which a reply is shown, in the order of the thread page. */
	@Transactional(readOnly = true)
	int pageOf(DiscussionThread thread, long postId) {
		List<Long> ids = jdbc.sql("select p.id from discussions_post p where p.thread_id = :thread and not p.opening "
				+ ThreadPage.order(thread))
			.param("thread", thread.id())
			.param("accepted", thread.acceptedPostId() == null ? -1L : thread.acceptedPostId())
			.query(Long.class)
			.list();
		int at = ids.indexOf(postId);
		return at < 0 ? 0 : at / PAGE_SIZE;
	}
}
