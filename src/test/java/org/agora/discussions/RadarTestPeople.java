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

/** People and units made for one radar or announcement test, with names no other test uses. */
final class RadarTestPeople {

	/** A person made for the test. */
	record Person(long id, String email, String name, Set<Role> roles) {

		AccountUser user() {
			return new AccountUser(id, email, name, roles, "", true, null, null);
		}

		RequestPostProcessor signedIn() {
			var user = user();
			return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		}
	}

	private final JdbcClient jdbc;

	RadarTestPeople(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	Person employee() {
		return person(null, Role.EMPLOYEE);
	}

	Person leader() {
		return person(null, Role.EMPLOYEE, Role.KNOWLEDGE_LEADER);
	}

	Person manager() {
		return person(null, Role.EMPLOYEE, Role.COMMUNITY_MANAGER);
	}

	Person guest() {
		return person(null, Role.GUEST);
	}

	/** A person of the unit (or of none when null) with the roles. */
	Person person(Long unitId, Role... roles) {
		String tag = unique();
		String email = "radar-" + tag + "@radar-tests.example";
		String name = "Radar Person " + tag;
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
			.param("code", "RT-" + tag)
			.param("name", "Radar Unit " + tag)
			.param("parent", parentId)
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}
}
