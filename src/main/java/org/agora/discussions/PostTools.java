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
 */
record PostTools(long threadId, long postId, boolean answer, int score, int myVote, boolean mayVote,
		boolean accepted, boolean mayAccept, boolean mayFlag, boolean flaggedByMe, boolean hidden,
		boolean mayModerate) {
}
