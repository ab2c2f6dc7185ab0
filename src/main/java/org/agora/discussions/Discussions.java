package org.agora.discussions;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of discussions, answered as records and always through the discussions policy: a thread
 * is described to a person only while that person may see it.
 */
@Service
@Transactional(readOnly = true)
public class Discussions {

	/**
	 * A thread as a notice about it may name it.
	 *
	 * @param path the thread's address, {@code /discussions/t/<id>-<slug>}
	 */
	public record ThreadNotice(long threadId, String title, long spaceId, String spaceName, String path) {
	}

	/**
	 * A thread as an article may quote it: the opening post, and the accepted answer of a question or the chosen post.
	 *
	 * @param questionBody the opening post's Markdown
	 * @param quotedPostId the accepted answer or the chosen post, or null when there is neither
	 * @param quotedBody that post's Markdown, or null
	 * @param privateSpace whether the thread is in a private space, whose members may not want it quoted
	 * @param path the thread's address, {@code /discussions/t/<id>-<slug>}
	 */
	public record ThreadQuote(long threadId, String title, boolean question, String questionBody,
			String questionAuthor, Long quotedPostId, String quotedBody, String quotedAuthor, List<String> tags,
			long spaceId, String spaceName, boolean privateSpace, String path) {
	}

	private final ThreadStore threads;

	private final Spaces spaces;

	private final DiscussionsPolicy policy;

	private final Follows follows;

	private final People people;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	Discussions(ThreadStore threads, Spaces spaces, DiscussionsPolicy policy, Follows follows, People people,
			org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.threads = threads;
		this.spaces = spaces;
		this.policy = policy;
		this.follows = follows;
		this.people = people;
	}

	/** The thread, if the person is active and may see it now; empty otherwise. */
	public Optional<ThreadNotice> threadFor(long personId, long threadId) {
		return Optional.ofNullable(threadFor(List.of(personId), threadId).get(personId));
	}

	/**
	 * The thread for each of the people who are active and may see it now; the others are left out. Reads the thread,
	 * its space and the people once, whatever their number.
	 */
	public Map<Long, ThreadNotice> threadFor(Collection<Long> personIds, long threadId) {
		var thread = threads.find(threadId);
		var space = thread.flatMap(t -> spaces.find(t.spaceId()));
		if (personIds.isEmpty() || space.isEmpty()) {
			return Map.of();
		}
		var t = thread.get();
		var notice = new ThreadNotice(t.id(), t.title(), space.get().id(), space.get().name(), t.path());
		Map<Long, ThreadNotice> result = new LinkedHashMap<>();
		people.findAll(personIds).values().stream().filter(PersonSummary::active).map(Reader::new)
			.filter(reader -> policy.maySee(reader, space.get(), t))
			.forEach(reader -> result.put(reader.personId(), notice));
		return result;
	}

	/**
	 * The thread's question (opening post) and its accepted answer, or the chosen post of the thread instead, when the
	 * viewer may see the thread; empty otherwise, and when the chosen post is not a visible post of the thread. Hidden
	 * posts are never quoted.
	 */
	public Optional<ThreadQuote> quoteFor(AgoraPrincipal viewer, long threadId, Long postId) {
		var thread = threads.find(threadId);
		var space = thread.flatMap(t -> spaces.find(t.spaceId()));
		if (space.isEmpty() || !policy.maySee(viewer, space.get(), thread.get())) {
			return Optional.empty();
		}
		var t = thread.get();
		record Post(long id, boolean opening, String body, String author) {
		}
		var posts = jdbc.sql("""
				select p.id, p.opening, p.body, a.full_name from discussions_post p join people_person a on a.id = p.author_id
				where p.thread_id = :thread and not p.hidden and (p.opening or p.id = :quoted)""")
			.param("thread", threadId)
			.param("quoted", postId != null ? postId : t.acceptedPostId() != null ? t.acceptedPostId() : -1L)
			.query((rs, n) -> new Post(rs.getLong(1), rs.getBoolean(2), rs.getString(3), rs.getString(4)))
			.list();
		Long wanted = postId != null ? postId : t.acceptedPostId();
		var opening = posts.stream().filter(Post::opening).findFirst();
		var quoted = posts.stream().filter(p -> wanted != null && p.id() == wanted).findFirst();
		if (opening.isEmpty() || (postId != null && quoted.isEmpty())) {
			return Optional.empty();
		}
		return Optional.of(new ThreadQuote(t.id(), t.title(), t.isQuestion(), opening.get().body(),
				opening.get().author(), quoted.map(Post::id).orElse(null), quoted.map(Post::body).orElse(null),
				quoted.map(Post::author).orElse(null), t.tags(), space.get().id(), space.get().name(), space.get().isPrivate(),
				t.path()));
	}

	/** Whoever follows the thread, in no particular order; who may still read it is for {@link #threadFor}. */
	public List<Long> followersOfThread(long threadId) {
		return follows.followers(FollowTarget.THREAD, Long.toString(threadId));
	}

	public List<Long> followersOfSpace(long spaceId) {
		return follows.followers(FollowTarget.SPACE, Long.toString(spaceId));
	}

	/** Whoever follows any of the tags, each once. */
	public Set<Long> followersOfTags(Collection<String> tags) {
		Set<Long> result = new LinkedHashSet<>();
		for (String tag : tags == null ? List.<String>of() : tags) {
			result.addAll(follows.followers(FollowTarget.TAG, tag));
		}
		return result;
	}

	/** A person as the policy judges them, outside any request. */
	private record Reader(PersonSummary person) implements AgoraPrincipal {

		@Override
		public long personId() {
			return person.id();
		}

		@Override
		public String displayName() {
			return person.fullName();
		}

		@Override
		public Set<Role> roles() {
			return person.roles();
		}
	}
}
