package org.agora.discussions;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.agora.platform.web.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows a flood of posts: each person starts threads and posts replies at most 20 times in 10 minutes
 * ({@code agora.discussions.posts-per-ten-minutes}). Kept per node, like the sign-in limits, which is enough to stop a
 * runaway script.
 */
@Component
class PostLimiter {

	static final int POSTS = 20;

	static final Duration WINDOW = Duration.ofMinutes(10);

	private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

	private final int posts;

	PostLimiter(@Value("${agora.discussions.posts-per-ten-minutes:" + POSTS + "}") int posts) {
		this.posts = Math.max(1, posts);
	}

	/** Takes one post from the person's allowance, or refuses when none is left. */
	void take(long personId) {
		var bucket = buckets.computeIfAbsent(personId, id -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(posts).refillGreedy(posts, WINDOW).build())
			.build());
		if (!bucket.tryConsume(1)) {
			throw new TooManyPostsException();
		}
	}

	@Scheduled(fixedDelay = 600_000)
	void forgetIdle() {
		buckets.entrySet().removeIf(e -> e.getValue().getAvailableTokens() >= posts);
	}

	/** Too many posts in a short time: answered 429 with the reason. */
	static class TooManyPostsException extends InvalidInputException {

		TooManyPostsException() {
			super("body", "dthreads.error.tooManyPosts",
					"You have posted too often in the last 10 minutes; wait a few minutes and post again.");
		}
	}
}
