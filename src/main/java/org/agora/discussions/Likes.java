package org.agora.discussions;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Liking a post, never one's own; liking twice or unliking what one does not like changes nothing. */
@Service
@Transactional
class Likes {

	private final JdbcClient jdbc;

	private final PostEditor posts;

	private final DiscussionsPolicy policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Likes(JdbcClient jdbc, PostEditor posts, DiscussionsPolicy policy, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.posts = posts;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	/** Likes the post; returns its number of likes. */
	int like(AgoraPrincipal viewer, long postId) {
		var post = posts.visible(viewer, postId);
		if (post.authorId() == viewer.personId()) {
			throw new InvalidInputException("post", "dthreads.error.likeOwn", "You cannot like your own post.");
		}
		if (!policy.mayPost(viewer, post.located().space())) {
			throw new InvalidInputException("post", "dthreads.error.archived", "The space is archived.");
		}
		lock(postId);
		Instant now = Instant.now(clock);
		int added = jdbc.sql("""
				insert into discussions_like (post_id, person_id, created_at) select :post, :me, :now
				where not exists (select 1 from discussions_like where post_id = :post and person_id = :me)""")
			.param("post", postId)
			.param("me", viewer.personId())
			.param("now", Timestamp.from(now))
			.update();
		if (added > 0) {
			jdbc.sql("update discussions_post set like_count = like_count + 1 where id = :id").param("id", postId).update();
			events.publishEvent(new PostLiked(postId, post.thread().id(), post.located().space().id(), post.authorId(),
					viewer.personId(), now));
		}
		return count(postId);
	}

	/** Takes the viewer's like back; returns the post's number of likes. */
	int unlike(AgoraPrincipal viewer, long postId) {
		var post = posts.visible(viewer, postId);
		if (!policy.mayPost(viewer, post.located().space())) {
			throw new InvalidInputException("post", "dthreads.error.archived", "The space is archived.");
		}
		lock(postId);
		int removed = jdbc.sql("delete from discussions_like where post_id = :post and person_id = :me")
			.param("post", postId)
			.param("me", viewer.personId())
			.update();
		if (removed > 0) {
			jdbc.sql("update discussions_post set like_count = like_count - 1 where id = :id").param("id", postId).update();
		}
		return count(postId);
	}

	/** The post's row lock: a double click likes once instead of failing on the second insert. */
	private void lock(long postId) {
		jdbc.sql("select id from discussions_post where id = :id for update").param("id", postId).query(Long.class).list();
	}

	private int count(long postId) {
		return jdbc.sql("select like_count from discussions_post where id = :id")
			.param("id", postId)
			.query(Integer.class)
			.single();
	}
}
