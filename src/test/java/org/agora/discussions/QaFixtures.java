package org.agora.discussions;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.agora.platform.security.AccountUser;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** People, spaces, threads and posts for one Q&amp;A or moderation test, written straight to the core tables. */
final class QaFixtures {

	record Person(long id, String email, String name, Set<Role> roles) {

		AgoraPrincipal principal() {
			return new AccountUser(id, email, name, roles, "", true);
		}

		RequestPostProcessor signedIn() {
			var user = new AccountUser(id, email, name, roles, "", true);
			return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		}
	}

	record Thread(long id, long spaceId, long openingPostId, String title) {

		String path() {
			return ThreadPaths.of(id, title);
		}
	}

	private final JdbcClient jdbc;

	QaFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	Person employee(String name) {
		return person(name, Role.EMPLOYEE);
	}

	Person leader(String name) {
		return person(name, Role.EMPLOYEE, Role.KNOWLEDGE_LEADER);
	}

	Person manager(String name) {
		return person(name, Role.COMMUNITY_MANAGER);
	}

	Person guest(String name) {
		return person(name, Role.GUEST);
	}

	Person person(String name, Role... roles) {
		String email = "qa-" + UUID.randomUUID() + "@agora.example";
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into people_person (email, full_name, locale, active, created_at)
				values (:email, :name, 'en', true, :now)""")
			.param("email", email)
			.param("name", name)
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

	long space(SpaceKind kind, String name) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into discussions_space (slug, name, description, kind, archived, created_at)
				values (:slug, :name, null, :kind, false, :now)""")
			.param("slug", "qa-" + unique())
			.param("name", name)
			.param("kind", kind.name())
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	long topic() {
		return space(SpaceKind.TOPIC, "QA topic " + unique());
	}

	long privateSpace() {
		return space(SpaceKind.PRIVATE, "QA private " + unique());
	}

	String slugOf(long spaceId) {
		return jdbc.sql("select slug from discussions_space where id = :id").param("id", spaceId).query(String.class).single();
	}

	void member(long spaceId, Person person, SpaceRole role) {
		jdbc.sql("""
				insert into discussions_space_member (space_id, person_id, role, status, created_at)
				values (:space, :person, :role, 'ACTIVE', :now)""")
			.param("space", spaceId)
			.param("person", person.id())
			.param("role", role.name())
			.param("now", Timestamp.from(Instant.now()))
			.update();
	}

	Thread question(long spaceId, Person asker, String title) {
		return thread(spaceId, ThreadKind.QUESTION, asker, title, Instant.now());
	}

	Thread discussion(long spaceId, Person author, String title) {
		return thread(spaceId, ThreadKind.DISCUSSION, author, title, Instant.now());
	}

	Thread thread(long spaceId, ThreadKind kind, Person author, String title, Instant at) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into discussions_thread (space_id, kind, title, author_id, created_at, last_activity_at)
				values (:space, :kind, :title, :author, :at, :at)""")
			.param("space", spaceId)
			.param("kind", kind.name())
			.param("title", title)
			.param("author", author.id())
			.param("at", Timestamp.from(at))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		long opening = insertPost(id, author, "Opening of " + title, true, at);
		return new Thread(id, spaceId, opening, title);
	}

	void tag(Thread thread, String tag) {
		jdbc.sql("insert into discussions_thread_tag (thread_id, tag) values (:t, :tag)")
			.param("t", thread.id())
			.param("tag", tag)
			.update();
	}

	/** A reply (an answer, in a question), kept in the thread's counters as the posting code does. */
	long reply(Thread thread, Person author, String body) {
		return reply(thread, author, body, Instant.now());
	}

	long reply(Thread thread, Person author, String body, Instant at) {
		long id = insertPost(thread.id(), author, body, false, at);
		jdbc.sql("""
				update discussions_thread set reply_count = reply_count + 1, last_activity_at = :at,
				  first_answer_at = coalesce(first_answer_at, :at)
				where id = :id""")
			.param("at", Timestamp.from(at))
			.param("id", thread.id())
			.update();
		return id;
	}

	Instant createdAt(Thread thread) {
		return jdbc.sql("select created_at from discussions_thread where id = :id")
			.param("id", thread.id())
			.query(Timestamp.class)
			.single()
			.toInstant();
	}

	Thread answeredAfter(long spaceId, Person asker, Person answerer, String title, Duration after) {
		Instant asked = Instant.now().minus(Duration.ofDays(3));
		var thread = thread(spaceId, ThreadKind.QUESTION, asker, title, asked);
		reply(thread, answerer, "Answer to " + title, asked.plus(after));
		return thread;
	}

	private long insertPost(long threadId, Person author, String body, boolean opening, Instant at) {
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

	void set(String table, long id, String column, Object value) {
		jdbc.sql("update " + table + " set " + column + " = :v where id = :id").param("v", value).param("id", id).update();
	}

	int score(long postId) {
		return jdbc.sql("select score from discussions_post where id = :id").param("id", postId).query(Integer.class).single();
	}

	long votes(long postId) {
		return jdbc.sql("select coalesce(sum(vote), 0) from discussions_vote where post_id = :id")
			.param("id", postId)
			.query(Long.class)
			.single();
	}

	long voteRows(long postId) {
		return jdbc.sql("select count(*) from discussions_vote where post_id = :id").param("id", postId).query(Long.class).single();
	}

	DiscussionThread thread(long id) {
		return jdbc.sql("select " + ThreadStore.COLUMNS + " from discussions_thread t where t.id = :id")
			.param("id", id)
			.query(ThreadStore::row)
			.single();
	}

	boolean postHidden(long postId) {
		return jdbc.sql("select hidden from discussions_post where id = :id").param("id", postId).query(Boolean.class).single();
	}

	java.util.List<String> log(long threadId) {
		return jdbc.sql("select action from discussions_moderation_log where thread_id = :id order by id")
			.param("id", threadId)
			.query(String.class)
			.list();
	}
}
