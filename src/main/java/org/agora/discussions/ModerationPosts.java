package org.agora.discussions;

import java.util.Optional;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds a post for a viewer with its thread and space. A post the viewer may not see is "not found": its thread is
 * invisible to them, or the post is hidden and they are neither its author nor a moderator of the space.
 */
@Repository
class ModerationPosts {

	private final JdbcClient jdbc;

	private final ThreadStore threads;

	private final DiscussionsPolicy policy;

	ModerationPosts(JdbcClient jdbc, ThreadStore threads, DiscussionsPolicy policy) {
		this.jdbc = jdbc;
		this.threads = threads;
		this.policy = policy;
	}

	ModerationPost visible(AgoraPrincipal viewer, long postId) {
		var located = threads.visibleByPost(viewer, postId);
		var post = find(postId, located).orElseThrow(() -> new NotFoundException("Post"));
		if (post.hidden() && post.authorId() != viewer.personId() && !policy.mayModerate(viewer, located.space())) {
			throw new NotFoundException("Post");
		}
		return post;
	}

	/** The post if it belongs to the located thread, whether hidden or not. */
	Optional<ModerationPost> find(long postId, ThreadStore.Located located) {
		return jdbc.sql("""
				select p.id, p.thread_id, p.author_id, a.full_name, p.body, p.opening, p.hidden, p.score, p.created_at
				from discussions_post p join people_person a on a.id = p.author_id
				where p.id = :id and p.thread_id = :thread""")
			.param("id", postId)
			.param("thread", located.thread().id())
			.query((rs, n) -> new ModerationPost(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
					rs.getString(5), rs.getBoolean(6), rs.getBoolean(7), rs.getInt(8),
					rs.getTimestamp(9).toInstant(), located.space(), located.thread()))
			.optional();
	}
}
