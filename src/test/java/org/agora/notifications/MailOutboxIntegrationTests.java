package org.agora.notifications;

import org.agora.platform.mail.Mailer;
import org.agora.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Admins read the mail Agora queued, including mail held for lack of SMTP; nobody else does. */
@SpringBootTest
@AutoConfigureMockMvc
class MailOutboxIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Mailer mailer;

	@Test
	void anAdminReadsTheOutboxNewestFirstWithTheTextEscaped() throws Exception {
		var people = new TestPeople(jdbc);
		var admin = people.person("Adi Admin", "en", Role.ADMIN);
		mailer.send("older@example.org", "Older message", "Older body", "/unsubscribe?token=x");
		mailer.send("reader@example.org", "Hello <script>", "Dear <b>reader</b>", "/unsubscribe?token=x");

		String page = mvc.perform(get("/admin/mail").with(admin.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Hello &lt;script&gt;", "reader@example.org", "Dear &lt;b&gt;reader&lt;/b&gt;",
				"<details>", "Held", "SMTP is not configured")
			.doesNotContain("<script>", "<b>reader</b>");
		assertThat(page.indexOf("Hello &lt;script&gt;")).isLessThan(page.indexOf("Older message"));
	}

	@Test
	void theOutboxIsForAdminsOnly() throws Exception {
		var manager = new TestPeople(jdbc).manager("Meir Manager", "en");

		mvc.perform(get("/admin/mail").with(manager.signedIn())).andExpect(status().isForbidden());
		mvc.perform(get("/admin/mail")).andExpect(redirectedUrl("/login"));
	}
}
