package org.agora.discussions;

/**
 * What the thread page knows about one post for its voting, accepting, flagging and hiding controls
 * ({@code discussions/postTools.jte}). The thread page fills it; the Q&amp;A and moderation endpoints act on it.
 *
 * @param answer whether the post answers a question (a reply that is not the opening post of a question)
 * @param myVote the viewer's vote: 1, -1, or 0 for none
 * @param mayVote the viewer sees the post, it is not theirs, and the space takes posts
 * @param mayAccept the viewer is the asker or a moderator and the post is an answer
 * @param mayFlag the viewer may flag the post (not their own, not already flagged by them)
 * @param flaggedByMe the viewer has an open flag on the post
 * @param mayModerate the viewer moderates the space: hide and restore
 * @param votable whether the post takes votes at all: a question's opening post or one of its answers (see
 * {@link VoteRules}); discussion replies take likes instead
 */
record PostTools(long threadId, long postId, boolean answer, int score, int myVote, boolean mayVote,
		boolean accepted, boolean mayAccept, boolean mayFlag, boolean flaggedByMe, boolean hidden,
		boolean mayModerate, boolean votable) {

	/** Without saying whether the post is votable: only answers are shown with votes. */
	PostTools(long threadId, long postId, boolean answer, int score, int myVote, boolean mayVote, boolean accepted,
			boolean mayAccept, boolean mayFlag, boolean flaggedByMe, boolean hidden, boolean mayModerate) {
		this(threadId, postId, answer, score, myVote, mayVote, accepted, mayAccept, mayFlag, flaggedByMe, hidden,
				mayModerate, answer);
	}

	/** The vote buttons are offered: the post takes votes, is visible, and the viewer may vote. */
	boolean offersVote() {
		return votable && mayVote && !hidden;
	}

	/** The accept button is offered: a visible answer not yet accepted, to the asker or a moderator. */
	boolean offersAccept() {
		return answer && mayAccept && !hidden && !accepted;
	}

	/** The flag form is offered: a visible post the viewer may flag and has not flagged yet. */
	boolean offersFlag() {
		return mayFlag && !flaggedByMe && !hidden;
	}
}
