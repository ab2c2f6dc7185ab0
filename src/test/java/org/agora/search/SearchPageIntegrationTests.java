package org.agora.search;

import java.time.Instant;

import org.agora.Personas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The search page, the box in the header, the suggestions while typing and the admin's rebuild page. */
@SpringBootTest
@AutoConfigureMockMvc
class SearchPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TestNotes notes;

	@Test
	void thePageShowsHitsWithSnippetsFacetsAndLinksThatKeepTheFilters() throws Exception {
		String word = TestNotes.unique("page");
		notes.save(TestNotes.note("Guide to " + word, "How we run " + word + " reviews <b>now</b>.",
				n -> n.space(51, "Lobby").tags("reviews").date(Instant.now())));

		String html = page("/search?q=" + word + "&space=51", "en");

		assertThat(html).contains("href=\"/test-notes/", "Guide to <mark>" + word + "</mark>", "<mark>" + word + "</mark> reviews",
				"&lt;b&gt;now&lt;", "role=\"search\"", "dir=\"auto\"")
			.contains("/search?q=" + word + "&amp;space=51&amp;tag=reviews")
			.contains("aria-current=\"true\"")
			.doesNotContain("<b>now</b>");
	}

	@Test
	void aSearchWithoutWordsExplainsWhatToDo() throws Exception {
		assertThat(page("/search", "en")).contains("Type a few words");
		assertThat(page("/search?q=" + TestNotes.unique("none"), "en")).contains("Nothing found for");
	}

	@Test
	void theHebrewPageReadsRightToLeft() throws Exception {
		String word = SearchApiIntegrationTests.hebrewWord();
		notes.save(TestNotes.note("מדריך " + word, "על ה" + word + " בקצרה"));

		String html = page("/search?q=" + word, "he");

		assertThat(html).contains("<html lang=\"he\" dir=\"rtl\">", "חיפוש", "מדריך <mark>" + word + "</mark>", "<mark>ה" + word + "</mark>");
	}

	@Test
	void everyPageHasASearchBoxThatSuggestsWhileTyping() throws Exception {
		String home = page("/", "en");
		assertThat(home).contains("role=\"search\"", "action=\"/search\"", "hx-get=\"/search/suggest\"",
				"<label class=\"visually-hidden\" for=\"site-search\">");

		String word = TestNotes.unique("suggest");
		notes.save(TestNotes.note("Suggested " + word, "x"));
		String suggestions = page("/search/suggest?q=" + word.substring(0, word.length() - 2), "en");
		assertThat(suggestions).contains("Suggested " + word, "aria-label=\"Suggestions\"").doesNotContain("<html");
		assertThat(page("/search/suggest?q=", "en")).isBlank();
	}

	@Test
	void theAdminPageShowsTheRebuild() throws Exception {
		String html = mvc.perform(get("/admin/search").with(Personas.as(users, Personas.ADMIN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Rebuild the index", "id=\"rebuild-progress\"", "aria-live=\"polite\"");
		String progress = mvc.perform(get("/admin/search/progress").with(Personas.as(users, Personas.ADMIN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(progress).startsWith("<div id=\"rebuild-progress\"").doesNotContain("<html");
	}

	private String page(String path, String lang) throws Exception {
		return mvc.perform(get(path).param("lang", lang).with(Personas.as(users, Personas.EMPLOYEE)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}
}
