package org.agora.search;

import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.agora.Personas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The index follows the modules' events, and a rebuild from their data gives the same answers. */
@SpringBootTest
@AutoConfigureMockMvc
class SearchIndexingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TestNotes notes;

	@Autowired
	IndexRebuild rebuild;

	@Test
	void aChangeIsSearchableOnceItsTransactionCommits() throws Exception {
		String word = TestNotes.unique("commit");
		var note = TestNotes.note("Fresh " + word, "x");
		notes.saveQuietly(note);
		notes.publish(List.of(note.id()));

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(ids(word)).containsExactly(note.id()));
	}

	@Test
	void anEditReplacesTheOldTextAndARemovalLeavesTheIndex() throws Exception {
		String before = TestNotes.unique("before");
		String after = TestNotes.unique("after");
		var note = TestNotes.note("Title " + before, "x");
		notes.save(note);
		notes.save(copy(note, "Title " + after));

		assertThat(ids(before)).isEmpty();
		assertThat(ids(after)).containsExactly(note.id());

		notes.remove(note);
		assertThat(ids(after)).isEmpty();
	}

	@Test
	void aRebuildFindsTheSameAsTheEventsAndWhatTheyMissed() throws Exception {
		String word = TestNotes.unique("rebuild");
		notes.save(TestNotes.note(word, "x"), TestNotes.note(word + " two words", "x"),
				TestNotes.note("Other", word + " in the body"), TestNotes.note("Tagged", "x", n -> n.tags(word)));
		var missed = TestNotes.note("Missed " + word + " by its event", "x");
		notes.saveQuietly(missed);
		List<Long> incremental = ids(word);
		assertThat(incremental).hasSize(4).doesNotContain(missed.id());

		await().atMost(Duration.ofSeconds(30)).until(() -> rebuild.start());
		await().atMost(Duration.ofSeconds(60)).until(() -> !rebuild.status().running());

		assertThat(rebuild.status().failure()).isNull();
		List<Long> rebuilt = ids(word);
		assertThat(rebuilt).hasSize(5).contains(missed.id());
		assertThat(rebuilt.stream().filter(id -> id != missed.id()).toList()).isEqualTo(incremental);
	}

	@Test
	void onlyAdminsRebuild() throws Exception {
		for (String persona : List.of(Personas.EMPLOYEE, Personas.LEADER, Personas.MANAGER)) {
			mvc.perform(post("/api/v1/search/rebuild").with(csrf()).with(Personas.as(users, persona)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/admin/search").with(Personas.as(users, persona))).andExpect(status().isForbidden());
		}
		await().atMost(Duration.ofSeconds(60)).until(() -> !rebuild.status().running());
		mvc.perform(post("/admin/search").with(csrf()).with(Personas.as(users, Personas.ADMIN)))
			.andExpect(redirectedUrl("/admin/search"));
		mvc.perform(get("/api/v1/search/rebuild").with(Personas.as(users, Personas.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.types[?(@.type == 'test-note')]").exists());
		await().atMost(Duration.ofSeconds(60)).until(() -> !rebuild.status().running());
	}

	@Test
	void oneRebuildAtATimeWhileSearchKeepsAnswering() throws Exception {
		await().atMost(Duration.ofSeconds(60)).until(() -> !rebuild.status().running());
		String word = TestNotes.unique("during");
		var note = TestNotes.note("Found " + word, "x");
		notes.save(note);
		var admin = Personas.as(users, Personas.ADMIN);
		notes.holdRebuilds();
		try {
			mvc.perform(post("/api/v1/search/rebuild").with(csrf()).with(admin))
				.andExpect(status().isAccepted())
				.andExpect(jsonPath("$.running").value(true));
			mvc.perform(post("/api/v1/search/rebuild").with(csrf()).with(admin)).andExpect(status().isConflict());
			assertThat(ids(word)).containsExactly(note.id());
		}
		finally {
			notes.releaseRebuilds();
		}
		await().atMost(Duration.ofSeconds(60)).until(() -> !rebuild.status().running());
		assertThat(ids(word)).containsExactly(note.id());
	}

	private static org.agora.platform.search.SearchDocument copy(org.agora.platform.search.SearchDocument note,
			String title) {
		return new org.agora.platform.search.SearchDocument(note.type(), note.id(), title, note.tags(), note.body(),
				note.path(), note.kind(), note.space(), note.unit(), note.date(), note.access());
	}

	private List<Long> ids(String q) throws Exception {
		String json = mvc.perform(get("/api/v1/search").param("q", q).with(Personas.as(users, Personas.EMPLOYEE)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Number> ids = JsonPath.read(json, "$.hits[*].id");
		return ids.stream().map(Number::longValue).toList();
	}
}
