package org.agora.discussions;

import org.agora.platform.web.InvalidInputException;

/**
 * Which post may be accepted as a question's answer: a visible answer of that very question, never its opening post
 * and never a post of another thread.
 */
final class AcceptRules {

	private AcceptRules() {
	}

	static void check(DiscussionThread thread, ModerationPost post) {
		if (!thread.isQuestion()) {
			throw new InvalidInputException("postId", "dqa.accept.notQuestion", "only a question has an accepted answer");
		}
		if (post == null || post.threadId() != thread.id()) {
			throw new InvalidInputException("postId", "dqa.accept.otherThread", "the post is not an answer of this question");
		}
		if (post.opening()) {
			throw new InvalidInputException("postId", "dqa.accept.opening", "the question itself is not an answer");
		}
		if (post.hidden()) {
			throw new InvalidInputException("postId", "dqa.accept.hidden", "a hidden answer cannot be accepted");
		}
	}
}
