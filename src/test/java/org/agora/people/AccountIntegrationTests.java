package org.agora.people;

import java.util.UUID;
import java.util.regex.Pattern;

import org.agora.Personas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Signing in, forgotten passwords, access tokens, attempt limits and the headers every page carries. */
@SpringBootTest
@AutoConfigureMockMvc
class AccountIntegrationTests {

	static final Pattern RESET_LINK = Pattern.compile("(\\S+/password/reset\\?token=([A-Za-z0-9_-]+))");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void signInAnswersTheSameForAWrongPasswordAndAnUnknownAccount() throws Exception {
		mvc.perform(post("/login").with(csrf()).param("username", Personas.EMPLOYEE).param("password", "wrong-password"))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(post("/login").with(csrf()).param("username", "nobody-" + UUID.randomUUID() + "@agora.example")
			.param("password", "wrong-password"))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(post("/login").with(csrf()).param("username", Personas.EMPLOYEE).param("password", Personas.PASSWORD))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void aForgottenPasswordIsResetOnceByAnEmailedLinkBuiltFromTheConfiguredAddress() throws Exception {
		String email = newAccount();
		mvc.perform(post("/password/forgot").with(csrf()).header("Host", "evil.example").param("email", email))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("If this address belongs to an account")));
		mvc.perform(post("/password/forgot").with(csrf()).param("email", "nobody-" + UUID.randomUUID() + "@agora.example"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("If this address belongs to an account")));

		String body = jdbc.sql("select body_text from platform_mail where recipient = :to order by id desc fetch first 1 rows only")
			.param("to", email).query(String.class).single();
		var link = RESET_LINK.matcher(body);
		assertThat(link.find()).isTrue();
		assertThat(link.group(1)).startsWith("http://localhost:8080/password/reset?token=");
		assertThat(body).contains("/unsubscribe?token=");
		String token = link.group(2);

		mvc.perform(post("/password/reset").with(csrf()).param("token", token).param("password", "short")
			.param("confirm", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("at least 10 characters")));
		mvc.perform(post("/password/reset").with(csrf()).param("token", token).param("password", "a-new-password-1")
			.param("confirm", "a-new-password-1"))
			.andExpect(redirectedUrl("/login?reset"));
		mvc.perform(post("/password/reset").with(csrf()).param("token", token).param("password", "another-password-2")
			.param("confirm", "another-password-2"))
			.andExpect(content().string(containsString("expired or was already used")));
		mvc.perform(post("/login").with(csrf()).param("username", email).param("password", "a-new-password-1"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void anExpiredResetLinkDoesNotWork() throws Exception {
		String email = newAccount();
		mvc.perform(post("/password/forgot").with(csrf()).param("email", email)).andExpect(status().isOk());
		String body = jdbc.sql("select body_text from platform_mail where recipient = :to order by id desc fetch first 1 rows only")
			.param("to", email).query(String.class).single();
		var link = RESET_LINK.matcher(body);
		assertThat(link.find()).isTrue();
		jdbc.sql("update people_password_reset set expires_at = created_at where person_id = (select id from people_person where email = :e)")
			.param("e", email).update();

		mvc.perform(get("/password/reset").param("token", link.group(2)))
			.andExpect(content().string(containsString("expired or was already used")));
	}

	@Test
	void tooManySignInAttemptsOnOneAccountGetHttp429() throws Exception {
		String target = "target-" + UUID.randomUUID() + "@agora.example";
		for (int i = 0; i < 10; i++) {
			mvc.perform(post("/login").with(csrf()).param("username", target).param("password", "guess-" + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(post("/login").with(csrf()).param("username", target).param("password", "guess-11"))
			.andExpect(status().isTooManyRequests());
	}

	@Test
	void aPersonalAccessTokenSignsInApiCallsUntilRevoked() throws Exception {
		var page = mvc.perform(post("/me/tokens").with(csrf()).with(Personas.as(users, Personas.LEADER))
			.param("name", "reporting script"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var matcher = Pattern.compile("id=\"new-token\" dir=\"ltr\">(agora_[A-Za-z0-9_-]+)<").matcher(page);
		assertThat(matcher.find()).isTrue();
		String token = matcher.group(1);
		assertThat(jdbc.sql("select count(*) from people_access_token where token_hash = :t").param("t", token)
			.query(Long.class).single()).as("only the hash is stored").isZero();

		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email").value(Personas.LEADER));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer agora_forged"))
			.andExpect(status().isUnauthorized());

		long id = jdbc.sql("select id from people_access_token where name = 'reporting script' order by id desc fetch first 1 rows only")
			.query(Long.class).single();
		mvc.perform(post("/me/tokens/" + id + "/revoke").with(csrf()).with(Personas.as(users, Personas.EMPLOYEE)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/me/tokens/" + id + "/revoke").with(csrf()).with(Personas.as(users, Personas.LEADER)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void pagesCarryASecurityPolicyWithoutInlineScripts() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
	}

	@Test
	void hebrewLaysThePageOutRightToLeft() throws Exception {
		mvc.perform(get("/login").param("lang", "he"))
			.andExpect(content().string(containsString("<html lang=\"he\" dir=\"rtl\">")))
			.andExpect(content().string(containsString("bootstrap.rtl.min.css")));
	}

	private String newAccount() throws Exception {
		String email = "reset-" + UUID.randomUUID() + "@agora.example";
		mvc.perform(post("/admin/users").with(csrf()).with(Personas.as(users, Personas.ADMIN))
			.param("email", email).param("fullName", "Reset Tester").param("roles", "EMPLOYEE"))
			.andExpect(status().is3xxRedirection());
		return email;
	}
}
