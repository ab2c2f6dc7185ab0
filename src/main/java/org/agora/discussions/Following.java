package org.agora.discussions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Following spaces, tags and threads for the signed-in person: one follows only what one may see, and the list of what
 * one follows shows only what one may still see.
 */
@Service
@Transactional
class Following {

	/** What the person follows, each with what a list shows of it. */
	record Followed(List<ThreadItem> threads, List<SpaceItem> spaces, List<String> tags) {
	}

	record ThreadItem(long id, String title, String path) {
	}

	record SpaceItem(long id, String slug, String name) {
	}

	private final Follows follows;

	private final Spaces spaces;

	private final ThreadStore threads;

	private final DiscussionsPolicy policy;

	Following(Follows follows, Spaces spaces, ThreadStore threads, DiscussionsPolicy policy) {
		this.follows = follows;
		this.spaces = spaces;
		this.threads = threads;
		this.policy = policy;
	}

	/**
	 * Follows a target the viewer sees: a thread by its id, a space by its address or id, a tag by its name.
	 *
	 * @return the target as stored
	 */
	String follow(AgoraPrincipal viewer, FollowTarget kind, String target) {
		String stored = resolve(viewer, kind, target);
		follows.follow(viewer.personId(), kind, stored);
		return stored;
	}

	/** Unfollows; what one does not follow, or no longer sees, is unfollowed all the same. */
	void unfollow(AgoraPrincipal viewer, FollowTarget kind, String target) {
		String stored = switch (kind) {
			case TAG -> tag(target);
			case THREAD -> Long.toString(number(target));
			case SPACE -> isNumber(target) ? target.strip()
					: spaces.findBySlug(target == null ? "" : target.strip()).map(s -> Long.toString(s.id())).orElse("");
		};
		follows.unfollow(viewer.personId(), kind, stored);
	}

	@Transactional(readOnly = true)
	boolean isFollowing(AgoraPrincipal viewer, FollowTarget kind, String target) {
		return follows.isFollowing(viewer.personId(), kind, target);
	}

	/** What the viewer follows and still may see, newest first. */
	@Transactional(readOnly = true)
	Followed of(AgoraPrincipal viewer) {
		var threadItems = new ArrayList<ThreadItem>();
		for (String id : follows.followed(viewer.personId(), FollowTarget.THREAD)) {
			threads.find(parse(id))
				.filter(t -> spaces.find(t.spaceId()).map(s -> policy.maySee(viewer, s, t)).orElse(false))
				.ifPresent(t -> threadItems.add(new ThreadItem(t.id(), t.title(), t.path())));
		}
		var spaceItems = new ArrayList<SpaceItem>();
		for (String id : follows.followed(viewer.personId(), FollowTarget.SPACE)) {
			spaces.find(parse(id))
				.filter(s -> policy.maySee(viewer, s))
				.ifPresent(s -> spaceItems.add(new SpaceItem(s.id(), s.slug(), s.name())));
		}
		return new Followed(threadItems, spaceItems, follows.followed(viewer.personId(), FollowTarget.TAG));
	}

	private String resolve(AgoraPrincipal viewer, FollowTarget kind, String typed) {
		String target = typed == null ? "" : typed.strip();
		return switch (kind) {
			case THREAD -> Long.toString(threads.visible(viewer, number(target)).thread().id());
			case SPACE -> Long.toString((isNumber(target) ? spaces.visible(viewer, Long.parseLong(target.strip()))
					: spaces.visible(viewer, target.strip())).id());
			case TAG -> tag(target);
		};
	}

	private static long parse(String id) {
		return isNumber(id) ? Long.parseLong(id.strip()) : -1;
	}

	/** A tag in its stored form, or a clear error. */
	static String tag(String typed) {
		var tags = Tags.normalize(List.of(typed == null ? "" : typed));
		if (tags.size() != 1) {
			throw new InvalidInputException("target", "dspaces.follow.tagInvalid", "Name one tag");
		}
		return tags.get(0);
	}

	private static long number(String target) {
		if (!isNumber(target)) {
			throw new NotFoundException("Thread");
		}
		return Long.parseLong(target.strip());
	}

	private static boolean isNumber(String target) {
		return target != null && target.strip().matches("[0-9]{1,18}");
	}

	/** The kind named in a request, or a clear error. */
	static FollowTarget kind(String typed) {
		try {
			return FollowTarget.valueOf(typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("kind", "dspaces.follow.kindInvalid", "The kind is THREAD, SPACE or TAG");
		}
	}
}
