package org.agora.discussions;

import java.util.List;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The controls of one post for a viewer, for answering an htmx request with the post's controls alone. */
@Service
@Transactional(readOnly = true)
class ModerationPostTools {

	private final ModerationPosts posts;

	private final Votes votes;

	private final Flags flags;

	private final DiscussionsPolicy policy;

	ModerationPostTools(ModerationPosts posts, Votes votes, Flags flags, DiscussionsPolicy policy) {
		this.posts = posts;
		this.votes = votes;
		this.flags = flags;
		this.policy = policy;
	}

	PostTools of(AgoraPrincipal viewer, long postId) {
		var post = posts.visible(viewer, postId);
		var thread = post.thread();
		boolean mine = post.authorId() == viewer.personId();
		boolean flagged = flags.openByAmong(viewer.personId(), List.of(postId)).contains(postId);
		boolean votable = thread.isQuestion();
		return new PostTools(thread.id(), postId, post.answer(), post.score(),
				votes.mineAmong(viewer.personId(), List.of(postId)).getOrDefault(postId, 0),
				votable && !thread.locked() && policy.mayVote(viewer, post.space(), thread, post.authorId()),
				thread.acceptedPostId() != null && thread.acceptedPostId() == postId,
				post.answer() && policy.mayAccept(viewer, post.space(), thread), !mine && !flagged, flagged,
				post.hidden(), policy.mayModerate(viewer, post.space()), votable);
	}
}
