package org.agora.learning;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.agora.platform.security.AccountUser;
import org.agora.platform.security.Role;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** People made for a cohort test, each with an email no other test uses, and requests signed in as them. */
final class CohortPeople {

	record Person(long id, String name, Set<Role> roles) {

		RequestPostProcessor signedIn() {
			var user = new AccountUser(id, "p" + id + "@example.org", name, roles, "", true);
			return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
		}
	}

	private final JdbcClient jdbc;

	CohortPeople(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Person leader(String name) {
		return person(name, "ACTIVE", Role.EMPLOYEE, Role.KNOWLEDGE_LEADER);
	}

	Person employee(String name) {
		return person(name, null, Role.EMPLOYEE);
	}

	Person person(String name, String leaderStatus, Role... roles) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("insert into people_person (email, full_name, locale, leader_status, active, created_at)"
				+ " values (:email, :name, 'en', :status, true, :now)")
			.param("email", "c-" + UUID.randomUUID() + "@example.org")
			.param("name", name)
			.param("status", new SqlParameterValue(Types.VARCHAR, leaderStatus))
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		long id = key.getKeyAs(Long.class);
		for (var role : roles) {
			jdbc.sql("insert into people_person_role (person_id, role) values (:id, :role)").param("id", id)
				.param("role", role.name())
				.update();
		}
		return new Person(id, name, Set.of(roles));
	}
}
