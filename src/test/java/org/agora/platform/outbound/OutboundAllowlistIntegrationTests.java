package org.agora.platform.outbound;

import org.agora.Personas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Only admins edit the hosts Agora may fetch from although they are internal; entries must be host names. */
@SpringBootTest
@AutoConfigureMockMvc
class OutboundAllowlistIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	OutboundAllowlist allowlist;

	@AfterEach
	void clean() {
		allowlist.remove("feeds.intranet-test.example");
		allowlist.remove("10.20.30.40");
	}

	@Test
	void anAdminEditsTheAllowlist() throws Exception {
		mvc.perform(post("/admin/outbound").param("hosts", "Feeds.Intranet-Test.Example.\n10.20.30.40")
			.with(csrf())
			.with(Personas.as(users, Personas.ADMIN))).andExpect(redirectedUrl("/admin/outbound"));

		assertThat(allowlist.allows("feeds.intranet-test.example")).isTrue();
		assertThat(allowlist.allows("10.20.30.40")).isTrue();
		mvc.perform(get("/admin/outbound").with(Personas.as(users, Personas.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("feeds.intranet-test.example")));
	}

	@Test
	void somethingThatIsNotAHostNameIsAFormError() throws Exception {
		mvc.perform(post("/admin/outbound").param("hosts", "ok.example\n*.evil.example")
			.with(csrf())
			.with(Personas.as(users, Personas.ADMIN)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("One of the entries is not a host name")))
			.andExpect(content().string(containsString("*.evil.example")));

		assertThat(allowlist.allows("ok.example")).isFalse();
	}

	@Test
	void nobodyButAnAdminSeesOrChangesIt() throws Exception {
		for (String email : new String[] { Personas.MANAGER, Personas.LEADER, Personas.EMPLOYEE, Personas.GUEST }) {
			mvc.perform(get("/admin/outbound").with(Personas.as(users, email))).andExpect(status().isForbidden());
			mvc.perform(post("/admin/outbound").param("hosts", "x.example").with(csrf()).with(Personas.as(users, email)))
				.andExpect(status().isForbidden());
		}
		assertThat(allowlist.allows("x.example")).isFalse();
	}
}
