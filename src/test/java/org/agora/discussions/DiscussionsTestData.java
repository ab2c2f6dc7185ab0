package org.agora.discussions;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.agora.platform.security.AccountUser;
import org.agora.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * People, units, spaces, threads and posts of the discussions tests, written straight to the tables with names and
 * addresses no other test uses.
 */
final class DiscussionsTestData {

	/** A person made for a test. */
	record Person(long id, String email, String name, Set<Role> roles) {

		AccountUser user() {
			return new AccountUser(id, email, name, roles, "", true, null, null);
		}

		/** Signs a request in as this person. */
		RequestPostProcessor signedIn() {
			var user = user();
			return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		}

		/** The person's mention handle: their email's local part. */
		String handle() {
			return email.substring(0, email.indexOf('@'));
		}
	}

	/** A thread made for a test, with its opening post. */
	record Thread(long id, long spaceId, String title, long openingPostId) {

		String path() {
			return ThreadPaths.of(id, title);
		}
	}

	private final JdbcClient jdbc;

	DiscussionsTestData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Eight hex digits no other test uses. */
	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	static String unique(String prefix) {
		return prefix + "-" + unique();
	}

	Person employee(String name) {
		return person(name, Role.EMPLOYEE);
	}

	Person leader(String name) {
		return person(name, Role.EMPLOYEE, Role.KNOWLEDGE_LEADER);
	}

	Person manager(String name) {
		return person(name, Role.EMPLOYEE, Role.COMMUNITY_MANAGER);
	}

	Person guest(String name) {
		return person(name, Role.GUEST);
	}

	Person person(String name, Role... roles) {
		return person(name, null, roles);
	}

	/**
	 * A person of the unit (or of none when null) with the roles. The address is outside the demo's
	 * {@code @agora.example}, so what test people share on the radar is never counted as the demo's.
	 */
	Person person(String name, Long unitId, Role... roles) {
		String email = "dt." + UUID.randomUUID().toString().replace("-", "") + "@discussions-tests.example";
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into people_person (email, full_name, unit_id, locale, active, created_at)
				values (:email, :name, :unit, 'en', true, :now)""")
			.param("email", email)
			.param("name", name)
			.param("unit", unitId)
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		for (var role : roles) {
			jdbc.sql("insert into people_person_role (person_id, role) values (:id, :role)")
				.param("id", id)
				.param("role", role.name())
				.update();
		}
		return new Person(id, email, name, Set.of(roles));
	}

	/** A unit under the parent (or at the top when null). */
	long unit(Long parentId) {
		String tag = unique();
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into people_unit (code, name, kind, parent_id, created_at)
				values (:code, :name, 'DEPARTMENT', :parent, :now)""")
			.param("code", "DT-" + tag)
			.param("name", "Unit " + tag)
			.param("parent", parentId)
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/** A space of the kind with a name no other test uses. */
	Space space(SpaceKind kind) {
		return space(kind, "Space " + unique());
	}

	/** A space of the kind with the name, described as being about it. */
	Space space(SpaceKind kind, String name) {
		String slug = "space-" + UUID.randomUUID().toString().substring(0, 13);
		String description = "About " + name;
		Instant now = Instant.now();
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into discussions_space (slug, name, description, kind, archived, created_at)
				values (:slug, :name, :description, :kind, false, :now)""")
			.param("slug", slug)
			.param("name", name)
			.param("description", description)
			.param("kind", kind.name())
			.param("now", Timestamp.from(now))
			.update(key, "id");
		return new Space(key.getKeyAs(Number.class).longValue(), slug, name, description, kind, false, null, now, 0);
	}

	/** Archives the space as its settings do, one version on. */
	void archive(Space space) {
		jdbc.sql("update discussions_space set archived = true, version = version + 1 where id = :id")
			.param("id", space.id())
			.update();
	}

	void member(Space space, Person person) {
		member(space, person, SpaceRole.MEMBER, MembershipStatus.ACTIVE);
	}

	void moderator(Space space, Person person) {
		member(space, person, SpaceRole.MODERATOR, MembershipStatus.ACTIVE);
	}

	void member(Space space, Person person, SpaceRole role, MembershipStatus status) {
		jdbc.sql("""
				insert into discussions_space_member (space_id, person_id, role, status, created_at)
				values (:space, :person, :role, :status, :now)""")
			.param("space", space.id())
			.param("person", person.id())
			.param("role", role.name())
			.param("status", status.name())
			.param("now", Timestamp.from(Instant.now()))
			.update();
	}

	/** A thread with the opening post, started an hour ago. */
	Thread thread(Space space, Person author, ThreadKind kind, String title, String body, String... tags) {
		return insertThread(space, author, kind, title, body, Instant.now().minusSeconds(3600), tags);
	}

	/** A thread with an opening post of its own, started the given time ago. */
	Thread thread(Space space, Person author, ThreadKind kind, String title, Duration ago, String... tags) {
		return insertThread(space, author, kind, title, "The text of " + title, Instant.now().minus(ago), tags);
	}

	/** A discussion with an opening post of its own, started an hour ago. */
	Thread thread(Space space, Person author, String title, String... tags) {
		return thread(space, author, ThreadKind.DISCUSSION, title, Duration.ofHours(1), tags);
	}

	/** A question asked now. */
	Thread question(Space space, Person asker, String title) {
		return thread(space, asker, ThreadKind.QUESTION, title, Duration.ZERO);
	}

	/** A discussion started now. */
	Thread discussion(Space space, Person author, String title) {
		return thread(space, author, ThreadKind.DISCUSSION, title, Duration.ZERO);
	}

	/** A question asked three days ago and answered the given time later. */
	Thread answeredAfter(Space space, Person asker, Person answerer, String title, Duration after) {
		Instant asked = Instant.now().minus(Duration.ofDays(3));
		var thread = insertThread(space, asker, ThreadKind.QUESTION, title, "The text of " + title, asked);
		reply(thread, answerer, "Answer to " + title, asked.plus(after));
		return thread;
	}

	private Thread insertThread(Space space, Person author, ThreadKind kind, String title, String body, Instant at,
			String... tags) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into discussions_thread (space_id, kind, title, author_id, created_at, last_activity_at)
				values (:space, :kind, :title, :author, :at, :at)""")
			.param("space", space.id())
			.param("kind", kind.name())
			.param("title", title)
			.param("author", author.id())
			.param("at", Timestamp.from(at))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		var thread = new Thread(id, space.id(), title, post(id, author, body, true, at));
		for (String tag : tags) {
			tag(thread, tag);
		}
		return thread;
	}

	void tag(Thread thread, String tag) {
		jdbc.sql("insert into discussions_thread_tag (thread_id, tag) values (:id, :tag)")
			.param("id", thread.id())
			.param("tag", tag)
			.update();
	}

	long openingPost(long threadId) {
		return jdbc.sql("select id from discussions_post where thread_id = :id and opening")
			.param("id", threadId)
			.query(Long.class)
			.single();
	}

	/** A reply (an answer, in a question) written now, kept in the thread's counters as the posting code does. */
	long reply(Thread thread, Person author, String body) {
		return reply(thread, author, body, Instant.now());
	}

	long reply(Thread thread, Person author, String body, Instant at) {
		long id = post(thread.id(), author, body, false, at);
		jdbc.sql("""
				update discussions_thread set reply_count = reply_count + 1, last_activity_at = :at,
				  first_answer_at = coalesce(first_answer_at, :at)
				where id = :id""")
			.param("at", Timestamp.from(at))
			.param("id", thread.id())
			.update();
		return id;
	}

	/** A reply the given number of seconds after the thread started, counted in its replies but not its activity. */
	long replyAfter(long threadId, Person author, String body, int seconds) {
		Instant started = jdbc.sql("select created_at from discussions_thread where id = :id")
			.param("id", threadId)
			.query(Timestamp.class)
			.single()
			.toInstant();
		long id = post(threadId, author, body, false, started.plusSeconds(seconds));
		jdbc.sql("update discussions_thread set reply_count = reply_count + 1 where id = :id").param("id", threadId).update();
		return id;
	}

	private long post(long threadId, Person author, String body, boolean opening, Instant at) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into discussions_post (thread_id, author_id, body, opening, created_at)
				values (:thread, :author, :body, :opening, :at)""")
			.param("thread", threadId)
			.param("author", author.id())
			.param("body", body)
			.param("opening", opening)
			.param("at", Timestamp.from(at))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	void set(long threadId, String column, Object value) {
		jdbc.sql("update discussions_thread set " + column + " = :value where id = :id")
			.param("value", value)
			.param("id", threadId)
			.update();
	}

	void setPost(long postId, String column, Object value) {
		jdbc.sql("update discussions_post set " + column + " = :value where id = :id")
			.param("value", value)
			.param("id", postId)
			.update();
	}

	/** The thread as stored. */
	DiscussionThread thread(long id) {
		return jdbc.sql("select " + ThreadStore.COLUMNS + " from discussions_thread t where t.id = :id")
			.param("id", id)
			.query(ThreadStore::row)
			.single();
	}

	int score(long postId) {
		return jdbc.sql("select score from discussions_post where id = :id").param("id", postId).query(Integer.class).single();
	}

	/** The sum of the post's votes. */
	long votes(long postId) {
		return jdbc.sql("select coalesce(sum(vote), 0) from discussions_vote where post_id = :id")
			.param("id", postId)
			.query(Long.class)
			.single();
	}

	long voteRows(long postId) {
		return jdbc.sql("select count(*) from discussions_vote where post_id = :id").param("id", postId).query(Long.class).single();
	}

	boolean postHidden(long postId) {
		return jdbc.sql("select hidden from discussions_post where id = :id").param("id", postId).query(Boolean.class).single();
	}

	/** The moderation actions on the thread, oldest first. */
	List<String> log(long threadId) {
		return jdbc.sql("select action from discussions_moderation_log where thread_id = :id order by id")
			.param("id", threadId)
			.query(String.class)
			.list();
	}
}
