package org.agora.notifications;

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

/** People made for a test, each with an email no other test uses, and requests signed in as them. */
class TestPeople {

	private final JdbcClient jdbc;

	TestPeople(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record TestPerson(long id, String email, String name, Set<Role> roles) {

		/** Signs a request in as this person. */
		RequestPostProcessor signedIn() {
			var user = new AccountUser(id, email, name, roles, "", true);
			return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
		}
	}

	TestPerson manager(String name, String locale) {
		return person(name, locale, Role.COMMUNITY_MANAGER);
	}

	TestPerson employee(String name) {
		return person(name, "en", Role.EMPLOYEE);
	}

	TestPerson person(String name, String locale, Role... roles) {
		String email = "n-" + UUID.randomUUID() + "@example.org";
		var key = new GeneratedKeyHolder();
		jdbc.sql("insert into people_person (email, full_name, locale, active, created_at)"
				+ " values (:email, :name, :locale, true, :now)")
			.param("email", email)
			.param("name", name)
			.param("locale", locale)
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		long id = key.getKeyAs(Long.class);
		for (var role : roles) {
			jdbc.sql("insert into people_person_role (person_id, role) values (:id, :role)")
				.param("id", id)
				.param("role", role.name())
				.update();
		}
		return new TestPerson(id, email, name, Set.of(roles));
	}
}
