package org.agora.discussions;

import java.sql.Timestamp;
import java.time.Instant;
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
 * People, spaces, threads and posts of the discussions tests, written straight to the tables with names and
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

	private final JdbcClient jdbc;

	DiscussionsTestData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
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
		String email = unique("dt").replace('-', '.') + "@agora.example";
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

	/** A space of the kind; returns its slug's space. */
	Space space(SpaceKind kind) {
		return space(kind, false);
	}

	Space space(SpaceKind kind, boolean archived) {
		String slug = unique("space");
		var key = new GeneratedKeyHolder();
		Instant now = Instant.now();
		jdbc.sql("""
				insert into discussions_space (slug, name, description, kind, archived, created_at)
				values (:slug, :name, '', :kind, :archived, :now)""")
			.param("slug", slug)
			.param("name", "Space " + slug)
			.param("kind", kind.name())
			.param("archived", archived)
			.param("now", Timestamp.from(now))
			.update(key, "id");
		return new Space(key.getKeyAs(Number.class).longValue(), slug, "Space " + slug, "", kind, archived, null, now,
				0);
	}

	void member(Space space, Person person) {
		membership(space, person, SpaceRole.MEMBER);
	}

	void moderator(Space space, Person person) {
		membership(space, person, SpaceRole.MODERATOR);
	}

	private void membership(Space space, Person person, SpaceRole role) {
		jdbc.sql("""
				insert into discussions_space_member (space_id, person_id, role, status, created_at)
				values (:space, :person, :role, 'ACTIVE', :now)""")
			.param("space", space.id())
			.param("person", person.id())
			.param("role", role.name())
			.param("now", Timestamp.from(Instant.now()))
			.update();
	}

	/** A thread with its opening post, started an hour ago; returns its id. */
	long thread(Space space, Person author, ThreadKind kind, String title, String body, String... tags) {
		Instant at = Instant.now().minusSeconds(3600);
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
		for (String tag : tags) {
			jdbc.sql("insert into discussions_thread_tag (thread_id, tag) values (:id, :tag)")
				.param("id", id)
				.param("tag", tag)
				.update();
		}
		post(id, author, body, true, at);
		return id;
	}

	long openingPost(long threadId) {
		return jdbc.sql("select id from discussions_post where thread_id = :id and opening")
			.param("id", threadId)
			.query(Long.class)
			.single();
	}

	/** A reply, the given number of seconds after the thread started; returns its id. */
	long reply(long threadId, Person author, String body, int secondsLater) {
		Instant started = jdbc.sql("select created_at from discussions_thread where id = :id")
			.param("id", threadId)
			.query(Timestamp.class)
			.single()
			.toInstant();
		long id = post(threadId, author, body, false, started.plusSeconds(secondsLater));
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
}
