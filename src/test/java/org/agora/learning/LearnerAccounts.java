package org.agora.learning;

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

/** People made for one test, so that what another test records never shows in theirs. */
final class LearnerAccounts {

	record Learner(long id, String name, Set<Role> roles) {

		/** Signs a request in as this person. */
		RequestPostProcessor signedIn() {
			var user = new AccountUser(id, "learner-" + id + "@agora.example", name, roles, "", true);
			return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		}
	}

	private final JdbcClient jdbc;

	LearnerAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Learner leader() {
		return person("Test Leader", Role.EMPLOYEE, Role.KNOWLEDGE_LEADER);
	}

	Learner employee() {
		return person("Test Employee", Role.EMPLOYEE);
	}

	Learner person(String name, Role... roles) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("insert into people_person (email, full_name, locale, active, created_at) values (:email, :name, 'en', true, :now)")
			.param("email", "learner-" + UUID.randomUUID() + "@agora.example")
			.param("name", name)
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		long id = key.getKeyAs(Long.class);
		for (var role : roles) {
			jdbc.sql("insert into people_person_role (person_id, role) values (:id, :role)").param("id", id)
				.param("role", role.name())
				.update();
		}
		return new Learner(id, name, Set.of(roles));
	}
}
