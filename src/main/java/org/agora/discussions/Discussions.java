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

	private final ThreadStore threads;

	private final Spaces spaces;

	private final DiscussionsPolicy policy;

	private final Follows follows;

	private final People people;

	Discussions(ThreadStore threads, Spaces spaces, DiscussionsPolicy policy, Follows follows, People people) {
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
