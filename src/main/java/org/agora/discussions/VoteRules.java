package org.agora.discussions;

import org.agora.platform.web.InvalidInputException;

/**
 * What may be voted on, decided from the post alone. Votes rank the answers of a question, so only a question's
 * opening post and its answers take votes; replies in a discussion are liked instead. Nobody votes on their own
 * post, on a hidden post, or in a locked thread.
 */
final class VoteRules {

	private VoteRules() {
	}

	/** +1 for "up", -1 for "down"; anything else names the field. */
	static int value(String text) {
		if ("up".equalsIgnoreCase(text) || "1".equals(text) || "+1".equals(text)) {
			return 1;
		}
		if ("down".equalsIgnoreCase(text) || "-1".equals(text)) {
			return -1;
		}
		throw new InvalidInputException("value", "dqa.vote.value", "value is up or down (1 or -1)");
	}

	static void check(ModerationPost post, long voterId) {
		if (post.authorId() == voterId) {
			throw new InvalidInputException("post", "dqa.vote.own", "nobody votes on their own post");
		}
		if (!post.thread().isQuestion()) {
			throw new InvalidInputException("post", "dqa.vote.discussion",
					"only questions and their answers take votes; discussion replies take likes");
		}
		if (post.hidden()) {
			throw new InvalidInputException("post", "dqa.vote.hidden", "a hidden post takes no votes");
		}
		if (post.thread().locked()) {
			throw new InvalidInputException("post", "dqa.vote.locked", "a locked thread takes no votes");
		}
	}
}
