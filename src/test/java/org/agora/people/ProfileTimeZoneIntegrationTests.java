package org.agora.people;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import org.agora.platform.security.AccountUser;
import org.agora.platform.security.CurrentAccounts;
import org.agora.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A person chooses the time zone they read times in; the session follows it on the next request. */
@SpringBootTest
@AutoConfigureMockMvc
class ProfileTimeZoneIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CurrentAccounts accounts;

	@Test
	void aChosenTimeZoneIsKeptAndFollowsTheAccount() throws Exception {
		long id = newPerson();
		mvc.perform(post("/me").with(csrf()).with(signedIn(id)).param("fullName", "Zone Reader").param("locale", "en")
			.param("timeZone", "Europe/London"))
			.andExpect(redirectedUrl("/me"));

		assertThat(jdbc.sql("select time_zone from people_person where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("Europe/London");
		assertThat(accounts.current(id).orElseThrow().zone()).isEqualTo(ZoneId.of("Europe/London"));

		mvc.perform(post("/me").with(csrf()).with(signedIn(id)).param("fullName", "Zone Reader").param("locale", "en")
			.param("timeZone", ""))
			.andExpect(redirectedUrl("/me"));
		assertThat(accounts.current(id).orElseThrow().zone()).as("empty means the organization's").isNull();
	}

	@Test
	void anUnknownTimeZoneIsNamedAndTheFormKeepsWhatWasTyped() throws Exception {
		long id = newPerson();
		mvc.perform(post("/me").with(csrf()).with(signedIn(id)).param("fullName", "Still Typed").param("locale", "en")
			.param("timeZone", "Mars/Olympus_Mons"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"timeZone-error\"")))
			.andExpect(content().string(containsString("value=\"Still Typed\"")));
		assertThat(jdbc.sql("select time_zone from people_person where id = :id").param("id", id).query(String.class).optional())
			.isEmpty();
	}

	private long newPerson() {
		var key = new GeneratedKeyHolder();
		jdbc.sql("insert into people_person (email, full_name, locale, active, created_at) values (:email, 'Zone Reader', 'en', true, :now)")
			.param("email", "zone-" + UUID.randomUUID() + "@agora.example")
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		jdbc.sql("insert into people_person_role (person_id, role) values (:id, 'EMPLOYEE')").param("id", id).update();
		return id;
	}

	private static RequestPostProcessor signedIn(long id) {
		var user = new AccountUser(id, "zone-" + id + "@agora.example", "Zone Reader", Set.of(Role.EMPLOYEE), "", true);
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}
}
