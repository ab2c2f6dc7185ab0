package org.agora.discussions;

/** A second vote by the same person on the same post: to change their mind they take the first one back. */
class VoteConflict extends ModerationConflict {

	VoteConflict() {
		super("dqa.vote.twice", "You have already voted on this post. Take your vote back first to change it.");
	}
}
