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

/** People, spaces and threads of the spaces tests, written straight to the tables, each with a unique name. */
public final class SpaceFixtures {

	/** A person made for a test. */
	public record TestPerson(long id, String email, String name, Set<Role> roles) {

		public AgoraPrincipal principal() {
			return new AccountUser(id, email, name, roles, "", true);
		}

		/** Signs a request in as this person. */
		public RequestPostProcessor signedIn() {
			var user = new AccountUser(id, email, name, roles, "", true);
			return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		}

		/** The person's mention handle: the part of the email before the {@code @}. */
		public String handle() {
			return email.substring(0, email.indexOf('@'));
		}
	}

	public record TestSpace(long id, String slug, String name) {

		public String path() {
			return "/discussions/s/" + slug;
		}
	}

	public record TestThread(long id, long spaceId, String title, long openingPostId) {

		public String path() {
			return ThreadPaths.of(id, title);
		}
	}

	private final JdbcClient jdbc;

	public SpaceFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public TestPerson employee(String name) {
		return person(name, "en", Role.EMPLOYEE);
	}

	public TestPerson leader(String name) {
		return person(name, "en", Role.EMPLOYEE, Role.KNOWLEDGE_LEADER);
	}

	public TestPerson manager(String name) {
		return person(name, "en", Role.EMPLOYEE, Role.COMMUNITY_MANAGER);
	}

	public TestPerson guest(String name) {
		return person(name, "en", Role.GUEST);
	}

	public TestPerson person(String name, String locale, Role... roles) {
		String email = "sp-" + UUID.randomUUID() + "@agora.example";
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into people_person (email, full_name, locale, active, created_at)
				values (:email, :name, :locale, true, :now)""")
			.param("email", email)
			.param("name", name)
			.param("locale", locale)
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		for (var role : roles) {
			jdbc.sql("insert into people_person_role (person_id, role) values (:id, :role)")
				.param("id", id)
				.param("role", role.name())
				.update();
		}
		return new TestPerson(id, email, name, Set.of(roles));
	}

	public TestSpace space(SpaceKind kind, String name) {
		String slug = "sp-" + UUID.randomUUID().toString().substring(0, 13);
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into discussions_space (slug, name, description, kind, archived, created_at)
				values (:slug, :name, :description, :kind, false, :now)""")
			.param("slug", slug)
			.param("name", name)
			.param("description", "About " + name)
			.param("kind", kind.name())
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		return new TestSpace(key.getKeyAs(Number.class).longValue(), slug, name);
	}

	public void archive(TestSpace space) {
		jdbc.sql("update discussions_space set archived = true, version = version + 1 where id = :id")
			.param("id", space.id())
			.update();
	}

	public void member(TestSpace space, TestPerson person, SpaceRole role, MembershipStatus status) {
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

	public void member(TestSpace space, TestPerson person) {
		member(space, person, SpaceRole.MEMBER, MembershipStatus.ACTIVE);
	}

	public void moderator(TestSpace space, TestPerson person) {
		member(space, person, SpaceRole.MODERATOR, MembershipStatus.ACTIVE);
	}

	/** A thread with its opening post, started the given time ago. */
	public TestThread thread(TestSpace space, TestPerson author, ThreadKind kind, String title, Duration ago,
			String... tags) {
		Instant at = Instant.now().minus(ago);
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
		long threadId = key.getKeyAs(Number.class).longValue();
		for (var tag : tags) {
			jdbc.sql("insert into discussions_thread_tag (thread_id, tag) values (:thread, :tag)")
				.param("thread", threadId)
				.param("tag", tag)
				.update();
		}
		var post = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into discussions_post (thread_id, author_id, body, opening, created_at)
				values (:thread, :author, :body, true, :at)""")
			.param("thread", threadId)
			.param("author", author.id())
			.param("body", "The text of " + title)
			.param("at", Timestamp.from(at))
			.update(post, "id");
		return new TestThread(threadId, space.id(), title, post.getKeyAs(Number.class).longValue());
	}

	public TestThread thread(TestSpace space, TestPerson author, String title, String... tags) {
		return thread(space, author, ThreadKind.DISCUSSION, title, Duration.ofHours(1), tags);
	}

	public void hide(TestThread thread) {
		jdbc.sql("update discussions_thread set hidden = true where id = :id").param("id", thread.id()).update();
	}

	public void pin(TestThread thread) {
		jdbc.sql("update discussions_thread set pinned = true where id = :id").param("id", thread.id()).update();
	}

	/** The person follows a thread or space (by id) or a tag; kind is THREAD, SPACE or TAG. */
	public void follow(TestPerson person, String kind, Object target) {
		jdbc.sql("""
				insert into discussions_follow (person_id, target_kind, target, created_at)
				values (:person, :kind, :target, :now)""")
			.param("person", person.id())
			.param("kind", kind)
			.param("target", target.toString())
			.param("now", Timestamp.from(Instant.now()))
			.update();
	}

	/** A reply in the thread; returns its id. */
	public long reply(TestThread thread, TestPerson author, String body) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into discussions_post (thread_id, author_id, body, opening, created_at)
				values (:thread, :author, :body, false, :now)""")
			.param("thread", thread.id())
			.param("author", author.id())
			.param("body", body)
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/** A unique tag for a test. */
	public static String tag() {
		return "t" + UUID.randomUUID().toString().substring(0, 8);
	}
}
