package org.agora.discussions;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the demo discussions straight to the tables, dated back from now, with every counter kept as the posting
 * code keeps it: reply counts, first answers, last activity, likes, scores and accepted answers match the rows.
 */
@Component
class DiscussionsDemoWriter {

	static final String MANAGER = "manager@agora.example";

	static final String LEADER = "leader@agora.example";

	static final String EMPLOYEE = "employee@agora.example";

	static final String GUEST = "guest@partner.example";

	private static final long SEED = 20261129L;

	private static final Pattern CAST = Pattern.compile("@\\{([A-Za-z0-9]+)}");

	private final JdbcClient jdbc;

	private final People people;

	private final Clock clock;

	DiscussionsDemoWriter(JdbcClient jdbc, People people, Clock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.clock = clock;
	}

	/** Writes the demo spaces and threads; returns how many threads. Nothing is written without the demo people. */
	@Transactional
	int write() {
		var manager = people.findByEmail(MANAGER).orElse(null);
		var leader = people.findByEmail(LEADER).orElse(null);
		var employee = people.findByEmail(EMPLOYEE).orElse(null);
		if (manager == null || leader == null || employee == null) {
			return 0;
		}
		var guest = people.findByEmail(GUEST).orElse(null);
		var cast = cast(manager, leader, employee, guest);
		var random = new Random(SEED);
		Instant now = clock.instant();
		Map<String, Long> spaceIds = spaces(cast, now);
		Map<String, List<Long>> readers = readers(cast, spaceIds);
		Map<String, Long> threadIds = new HashMap<>();
		int written = 0;
		for (var spec : DiscussionsDemoContent.THREADS) {
			if (!spaceIds.containsKey(spec.space()) || !cast.containsKey(spec.who())) {
				continue;
			}
			threadIds.put(spec.title(), thread(spec, spaceIds.get(spec.space()), cast, readers.get(spec.space()),
					threadIds, now, random));
			written++;
		}
		follow(cast.get("employee"), FollowTarget.SPACE, spaceIds.get("change-management"), now);
		follow(cast.get("employee"), FollowTarget.TAG, "ai", now);
		follow(cast.get("leader"), FollowTarget.SPACE, spaceIds.get("knowledge-retention"), now);
		follow(cast.get("leader"), FollowTarget.TAG, "retention", now);
		follow(cast.get("leader"), FollowTarget.TAG, "expert-interviews", now);
		follow(cast.get("manager"), FollowTarget.SPACE, spaceIds.get(DiscussionsDemoContent.LOBBY), now);
		follow(cast.get("manager"), FollowTarget.TAG, "community", now);
		return written;
	}

	/**
	 * The demo's parts: the named accounts, then other leaders and employees (or the named ones when missing); no
	 * employee in the cast shares a name with anyone else in it.
	 */
	private Map<String, Long> cast(PersonSummary manager, PersonSummary leader, PersonSummary employee,
			PersonSummary guest) {
		var leaders = ids("""
				select id from people_person where active and leader_status = 'ACTIVE' and id <> :excluded order by id""",
				leader.id());
		var employees = ids("""
				select p.id from people_person p where p.active and p.leader_status is null and p.id <> :excluded
				and exists (select 1 from people_person_role r where r.person_id = p.id and r.role = 'EMPLOYEE')
				and not exists (select 1 from people_person_role r where r.person_id = p.id and r.role <> 'EMPLOYEE')
				order by p.id""", employee.id());
		Map<String, Long> cast = new HashMap<>();
		cast.put("manager", manager.id());
		cast.put("leader", leader.id());
		cast.put("employee", employee.id());
		if (guest != null && guest.active()) {
			cast.put("guest", guest.id());
		}
		for (int i = 1; i <= 6; i++) {
			cast.put("L" + i, leaders.isEmpty() ? leader.id() : leaders.get((i * 3) % leaders.size()));
		}
		var names = new HashSet<String>();
		cast.values().forEach(id -> people.find(id).ifPresent(p -> names.add(p.fullName())));
		for (int i = 1; i <= 6; i++) {
			cast.put("E" + i,
					employees.isEmpty() ? employee.id() : namedApart(employees, (i * 5) % employees.size(), names));
		}
		return cast;
	}

	/**
	 * The employee at the position, or the next one whose name no one in the cast has yet, since two people of the
	 * same name in one thread read as one person; the name chosen is added to the names taken.
	 */
	private long namedApart(List<Long> employees, int from, Set<String> taken) {
		for (int k = 0; k < employees.size(); k++) {
			long id = employees.get((from + k) % employees.size());
			if (taken.add(people.find(id).map(PersonSummary::fullName).orElse(""))) {
				return id;
			}
		}
		return employees.get(from);
	}

	private Map<String, Long> spaces(Map<String, Long> cast, Instant now) {
		Map<String, Long> ids = new HashMap<>();
		Instant opened = now.minus(Duration.ofDays(200));
		ids.put(DiscussionsDemoContent.LOBBY, lobby(opened));
		for (var spec : DiscussionsDemoContent.SPACES) {
			if (DiscussionsDemoContent.JOINT_FORUM.equals(spec.slug()) && !cast.containsKey("guest")) {
				continue;
			}
			var key = new GeneratedKeyHolder();
			jdbc.sql("""
					insert into discussions_space (slug, name, description, kind, archived, created_by, created_at)
					values (:slug, :name, :description, :kind, false, :by, :at)""")
				.param("slug", spec.slug())
				.param("name", spec.name())
				.param("description", spec.description())
				.param("kind", spec.kind().name())
				.param("by", cast.get("manager"))
				.param("at", Timestamp.from(opened))
				.update(key, "id");
			ids.put(spec.slug(), key.getKeyAs(Number.class).longValue());
		}
		long manager = cast.get("manager");
		member(ids.get("knowledge-retention"), cast.get("leader"), SpaceRole.MODERATOR, MembershipStatus.ACTIVE, opened);
		member(ids.get("ai-and-km"), cast.get("L3"), SpaceRole.MODERATOR, MembershipStatus.ACTIVE, opened);
		member(ids.get("digital-km-platforms"), cast.get("L3"), SpaceRole.MODERATOR, MembershipStatus.ACTIVE, opened);
		member(ids.get("change-management"), cast.get("L4"), SpaceRole.MODERATOR, MembershipStatus.ACTIVE, opened);
		long circle = ids.get(DiscussionsDemoContent.LEADERS_CIRCLE);
		member(circle, manager, SpaceRole.MODERATOR, MembershipStatus.ACTIVE, opened);
		var leaders = new LinkedHashSet<Long>(ids("""
				select id from people_person where active and leader_status = 'ACTIVE' and id <> :excluded order by id""",
				manager));
		leaders.add(cast.get("leader"));
		for (int i = 1; i <= 6; i++) {
			leaders.add(cast.get("L" + i));
		}
		for (long leader : leaders) {
			member(circle, leader, SpaceRole.MEMBER, MembershipStatus.ACTIVE, opened);
		}
		if (!leaders.contains(cast.get("E1"))) {
			member(circle, cast.get("E1"), SpaceRole.MEMBER, MembershipStatus.REQUESTED, now.minus(Duration.ofDays(2)));
			log(circle, null, cast.get("E1"), "JOIN_REQUESTED", null, now.minus(Duration.ofDays(2)));
		}
		if (ids.containsKey(DiscussionsDemoContent.JOINT_FORUM)) {
			long forum = ids.get(DiscussionsDemoContent.JOINT_FORUM);
			Instant invited = now.minus(Duration.ofDays(40));
			member(forum, manager, SpaceRole.MODERATOR, MembershipStatus.ACTIVE, opened);
			member(forum, cast.get("leader"), SpaceRole.MEMBER, MembershipStatus.ACTIVE, invited);
			member(forum, cast.get("guest"), SpaceRole.MEMBER, MembershipStatus.ACTIVE, invited);
			log(forum, null, manager, "MEMBER_INVITED", null, invited);
			log(forum, null, cast.get("guest"), "INVITATION_ACCEPTED", null, invited.plus(Duration.ofHours(5)));
		}
		return ids;
	}

	/** Who reads each space: the members of a private one, the organization's people of the others. */
	private Map<String, List<Long>> readers(Map<String, Long> cast, Map<String, Long> spaceIds) {
		Map<String, List<Long>> readers = new HashMap<>();
		var organization = new ArrayList<Long>(new LinkedHashSet<>(cast.entrySet()
			.stream()
			.filter(e -> !e.getKey().equals("guest"))
			.map(Map.Entry::getValue)
			.sorted()
			.toList()));
		spaceIds.forEach((slug, id) -> readers.put(slug, ids("""
				select person_id from discussions_space_member where space_id = :excluded and status = 'ACTIVE'
				order by person_id""", id)));
		for (var slug : spaceIds.keySet()) {
			if (!slug.equals(DiscussionsDemoContent.LEADERS_CIRCLE) && !slug.equals(DiscussionsDemoContent.JOINT_FORUM)) {
				readers.put(slug, organization);
			}
		}
		return readers;
	}

	private long thread(DiscussionsDemoContent.ThreadSpec spec, long spaceId, Map<String, Long> cast,
			List<Long> readers, Map<String, Long> threadIds, Instant now, Random random) {
		long author = cast.get(spec.who());
		Instant created = now.minus(Duration.ofMinutes((long) (spec.daysAgo() * 24 * 60)));
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into discussions_thread (space_id, kind, title, author_id, created_at, last_activity_at)
				values (:space, :kind, :title, :author, :at, :at)""")
			.param("space", spaceId)
			.param("kind", spec.kind().name())
			.param("title", spec.title())
			.param("author", author)
			.param("at", Timestamp.from(created))
			.update(key, "id");
		long threadId = key.getKeyAs(Number.class).longValue();
		for (var tag : spec.tags()) {
			jdbc.sql("insert into discussions_thread_tag (thread_id, tag) values (:thread, :tag)")
				.param("thread", threadId)
				.param("tag", tag)
				.update();
		}
		long opening = post(threadId, author, text(spec.body(), cast), true, created);
		likes(opening, author, spec.likes(), readers, created, now, random);
		follow(author, FollowTarget.THREAD, threadId, created);

		Instant last = created;
		Instant first = null;
		var replyIds = new ArrayList<Long>();
		for (var reply : spec.replies()) {
			long who = cast.getOrDefault(reply.who(), author);
			Instant at = min(created.plus(Duration.ofMinutes((long) (reply.hours() * 60))), now.minusSeconds(600));
			long postId = post(threadId, who, text(reply.body(), cast), false, at);
			replyIds.add(postId);
			likes(postId, who, reply.likes(), readers, at, now, random);
			if (spec.kind() == ThreadKind.QUESTION) {
				votes(postId, who, reply.score(), readers, at, now, random);
			}
			if (reply.flag() != null) {
				flag(postId, who, reply.flag(), readers, at, now, random);
			}
			follow(who, FollowTarget.THREAD, threadId, at);
			last = at.isAfter(last) ? at : last;
			first = first == null || at.isBefore(first) ? at : first;
		}
		Long accepted = spec.accepted() >= 0 ? replyIds.get(spec.accepted()) : null;
		boolean duplicate = spec.marks().contains("duplicate");
		jdbc.sql("""
				update discussions_thread set reply_count = :replies, last_activity_at = :last, first_answer_at = :first,
				  accepted_post_id = :accepted, pinned = :pinned, locked = :locked, closed = :closed,
				  duplicate_of = :duplicateOf where id = :id""")
			.param("replies", replyIds.size())
			.param("last", Timestamp.from(last))
			.param("first", first == null ? null : Timestamp.from(first))
			.param("accepted", accepted)
			.param("pinned", spec.marks().contains("pinned"))
			.param("locked", spec.marks().contains("locked"))
			.param("closed", duplicate)
			.param("duplicateOf", duplicate ? threadIds.get(DiscussionsDemoContent.DUPLICATE_TARGET) : null)
			.param("id", threadId)
			.update();
		long moderator = cast.get("manager");
		if (spec.marks().contains("pinned")) {
			log(spaceId, threadId, moderator, "PIN", null, created.plus(Duration.ofMinutes(5)));
		}
		if (spec.marks().contains("locked")) {
			log(spaceId, threadId, moderator, "LOCK", "Not a topic for the lobby; please use the notice board.",
					min(created.plus(Duration.ofHours(8)), now));
		}
		if (duplicate) {
			log(spaceId, threadId, cast.get("leader"), "DUPLICATE", "Asked and answered before.",
					min(last.plus(Duration.ofHours(1)), now));
		}
		return threadId;
	}

	private long post(long threadId, long author, String body, boolean opening, Instant at) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into discussions_post (thread_id, author_id, body, opening, created_at)
				values (:thread, :author, :body, :opening, :at)""")
			.param("thread", threadId)
			.param("author", author)
			.param("body", body)
			.param("opening", opening)
			.param("at", Timestamp.from(at))
			.update(key, "id");
		long postId = key.getKeyAs(Number.class).longValue();
		for (var person : people.byHandles(Mentions.handlesIn(body)).values()) {
			jdbc.sql("insert into discussions_mention (post_id, person_id) values (:post, :person)")
				.param("post", postId)
				.param("person", person.id())
				.update();
		}
		return postId;
	}

	private void likes(long postId, long author, int count, List<Long> readers, Instant at, Instant now,
			Random random) {
		var likers = others(readers, author, count, random);
		for (long person : likers) {
			jdbc.sql("insert into discussions_like (post_id, person_id, created_at) values (:post, :person, :at)")
				.param("post", postId)
				.param("person", person)
				.param("at", Timestamp.from(min(at.plus(Duration.ofHours(1 + random.nextInt(20))), now)))
				.update();
		}
		jdbc.sql("update discussions_post set like_count = :n where id = :post")
			.param("n", likers.size())
			.param("post", postId)
			.update();
	}

	private void votes(long postId, long author, int score, List<Long> readers, Instant at, Instant now,
			Random random) {
		var voters = others(readers, author, Math.abs(score), random);
		int vote = score < 0 ? -1 : 1;
		for (long person : voters) {
			jdbc.sql("""
					insert into discussions_vote (post_id, person_id, vote, created_at)
					values (:post, :person, :vote, :at)""")
				.param("post", postId)
				.param("person", person)
				.param("vote", vote)
				.param("at", Timestamp.from(min(at.plus(Duration.ofHours(1 + random.nextInt(30))), now)))
				.update();
		}
		jdbc.sql("update discussions_post set score = :score where id = :post")
			.param("score", vote * voters.size())
			.param("post", postId)
			.update();
	}

	private void flag(long postId, long author, String reason, List<Long> readers, Instant at, Instant now,
			Random random) {
		for (long person : others(readers, author, 1, random)) {
			jdbc.sql("""
					insert into discussions_flag (post_id, flagged_by, reason, created_at, status)
					values (:post, :by, :reason, :at, 'OPEN')""")
				.param("post", postId)
				.param("by", person)
				.param("reason", reason)
				.param("at", Timestamp.from(min(at.plus(Duration.ofHours(2)), now)))
				.update();
		}
	}

	/** Up to count readers other than the author, chosen the same way every time. */
	private static List<Long> others(List<Long> readers, long author, int count, Random random) {
		var pool = new ArrayList<Long>(readers);
		pool.remove(author);
		Collections.shuffle(pool, random);
		return pool.subList(0, Math.min(count, pool.size()));
	}

	private void member(Long spaceId, long personId, SpaceRole role, MembershipStatus status, Instant at) {
		if (spaceId == null) {
			return;
		}
		boolean present = jdbc.sql("""
				select count(*) from discussions_space_member where space_id = :space and person_id = :person""")
			.param("space", spaceId)
			.param("person", personId)
			.query(Integer.class)
			.single() > 0;
		if (present) {
			return;
		}
		jdbc.sql("""
				insert into discussions_space_member (space_id, person_id, role, status, created_at, decided_at)
				values (:space, :person, :role, :status, :at, :decided)""")
			.param("space", spaceId)
			.param("person", personId)
			.param("role", role.name())
			.param("status", status.name())
			.param("at", Timestamp.from(at))
			.param("decided", status == MembershipStatus.ACTIVE ? Timestamp.from(at) : null)
			.update();
	}

	private void follow(long personId, FollowTarget kind, Object target, Instant at) {
		if (target == null) {
			return;
		}
		jdbc.sql("""
				insert into discussions_follow (person_id, target_kind, target, created_at)
				select :person, :kind, :target, :at where not exists (select 1 from discussions_follow
				  where person_id = :person and target_kind = :kind and target = :target)""")
			.param("person", personId)
			.param("kind", kind.name())
			.param("target", target.toString())
			.param("at", Timestamp.from(at))
			.update();
	}

	private void log(long spaceId, Long threadId, long actorId, String action, String reason, Instant at) {
		jdbc.sql("""
				insert into discussions_moderation_log (space_id, thread_id, actor_id, action, reason, created_at)
				values (:space, :thread, :actor, :action, :reason, :at)""")
			.param("space", spaceId)
			.param("thread", threadId)
			.param("actor", actorId)
			.param("action", action)
			.param("reason", reason)
			.param("at", Timestamp.from(at))
			.update();
	}

	private long lobby(Instant opened) {
		return jdbc.sql("select id from discussions_space where kind = 'LOBBY' order by id")
			.query(Long.class)
			.list()
			.stream()
			.findFirst()
			.orElseGet(() -> {
				var key = new GeneratedKeyHolder();
				jdbc.sql("""
						insert into discussions_space (slug, name, description, kind, archived, created_at)
						values ('lobby', 'Lobby', 'The whole community''s meeting place.', 'LOBBY', false, :at)""")
					.param("at", Timestamp.from(opened))
					.update(key, "id");
				return key.getKeyAs(Number.class).longValue();
			});
	}

	/** The text with {@code @{part}} replaced by the mention of whoever plays the part. */
	private String text(String body, Map<String, Long> cast) {
		Matcher m = CAST.matcher(body);
		var out = new StringBuilder();
		while (m.find()) {
			Long id = cast.get(m.group(1));
			String handle = id == null ? "" : people.find(id)
				.map(p -> "@" + p.email().substring(0, p.email().indexOf('@')))
				.orElse("");
			m.appendReplacement(out, Matcher.quoteReplacement(handle));
		}
		m.appendTail(out);
		return out.toString();
	}

	private List<Long> ids(String sql, long excluded) {
		return jdbc.sql(sql).param("excluded", excluded).query(Long.class).list();
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
