package org.agora.people;

import org.agora.Personas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The directory and profile pages as htmx and links with odd characters meet them. */
@SpringBootTest
@AutoConfigureMockMvc
class DirectoryPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void anHtmxSearchGetsOnlyTheResultsAndCachesAreToldTheAnswerVaries() throws Exception {
		mvc.perform(get("/people").param("q", "manager@agora").header("HX-Request", "true").with(as(Personas.EMPLOYEE)))
			.andExpect(status().isOk())
			.andExpect(header().stringValues("Vary", hasItem("HX-Request")))
			.andExpect(content().string(containsString("id=\"result-count\"")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void anHtmxHistoryRestoreGetsTheWholePage() throws Exception {
		mvc.perform(get("/people").param("q", "manager@agora")
			.header("HX-Request", "true")
			.header("HX-History-Restore-Request", "true")
			.with(as(Personas.EMPLOYEE)))
			.andExpect(status().isOk())
			.andExpect(header().stringValues("Vary", hasItem("HX-Request")))
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("id=\"results\"")))
			.andExpect(content().string(containsString("id=\"result-count\"")));
	}

	private RequestPostProcessor as(String email) {
		return Personas.as(users, email);
	}
}
