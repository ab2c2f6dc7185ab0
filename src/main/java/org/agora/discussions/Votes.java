package org.agora.discussions;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One vote per person per post (see {@link VoteRules} for what takes votes). The post's score moves in the same
 * transaction as the vote row, by an atomic increment, so the score always equals the sum of the votes.
 */
@Service
class Votes {

	/** How answers are ordered on a question's page: the accepted one first, then by score, then oldest first. */
	static final String ANSWER_ORDER = "case when p.id = t.accepted_post_id then 0 else 1 end, p.score desc, p.created_at, p.id";

	/** The post's score after a vote, and the viewer's vote (0 for none). */
	record Tally(long postId, int score, int myVote) {
	}

	private final JdbcClient jdbc;

	private final ModerationPosts posts;

	private final DiscussionsPolicy policy;

	private final Clock clock;

	Votes(JdbcClient jdbc, ModerationPosts posts, DiscussionsPolicy policy, Clock clock) {
		this.jdbc = jdbc;
		this.posts = posts;
		this.policy = policy;
		this.clock = clock;
	}

	@Transactional
	Tally vote(AgoraPrincipal viewer, long postId, int value) {
		var post = posts.visible(viewer, postId);
		VoteRules.check(post, viewer.personId());
		if (!policy.mayVote(viewer, post.space(), post.thread(), post.authorId())) {
			throw new AccessDeniedException("The space takes no votes");
		}
		try {
			jdbc.sql("insert into discussions_vote (post_id, person_id, vote, created_at) values (:post, :person, :vote, :at)")
				.param("post", postId)
				.param("person", viewer.personId())
				.param("vote", value)
				.param("at", Timestamp.from(Instant.now(clock)))
				.update();
		}
		catch (DuplicateKeyException e) {
			throw new VoteConflict();
		}
		return new Tally(postId, addToScore(postId, value), value);
	}

	/** Takes the viewer's vote back; nothing to take back is an error, so a double click shows what happened. */
	@Transactional
	Tally unvote(AgoraPrincipal viewer, long postId) {
		var post = posts.visible(viewer, postId);
		VoteRules.check(post, viewer.personId());
		if (!policy.mayPost(viewer, post.space())) {
			throw new AccessDeniedException("The space takes no votes");
		}
		Integer value = jdbc.sql("select vote from discussions_vote where post_id = :post and person_id = :person")
			.param("post", postId)
			.param("person", viewer.personId())
			.query(Integer.class)
			.optional()
			.orElseThrow(() -> new org.agora.platform.web.InvalidInputException("post", "dqa.vote.none",
					"you have no vote on this post"));
		int removed = jdbc.sql("delete from discussions_vote where post_id = :post and person_id = :person")
			.param("post", postId)
			.param("person", viewer.personId())
			.update();
		int score = removed == 1 ? addToScore(postId, -value) : post.score();
		return new Tally(postId, score, 0);
	}

	/** The viewer's votes among the posts, by post id, for the thread page's controls. */
	@Transactional(readOnly = true)
	Map<Long, Integer> mineAmong(long personId, Collection<Long> postIds) {
		Map<Long, Integer> mine = new HashMap<>();
		if (postIds.isEmpty()) {
			return mine;
		}
		jdbc.sql("select post_id, vote from discussions_vote where person_id = :person and post_id in (:posts)")
			.param("person", personId)
			.param("posts", postIds)
			.query((rs, n) -> mine.put(rs.getLong(1), rs.getInt(2)))
			.list();
		return mine;
	}

	private int addToScore(long postId, int delta) {
		jdbc.sql("update discussions_post set score = score + :d where id = :id")
			.param("d", delta)
			.param("id", postId)
			.update();
		return jdbc.sql("select score from discussions_post where id = :id").param("id", postId).query(Integer.class).single();
	}
}
