package org.agora.knowledge;

import org.agora.discussions.SpaceFixtures.TestPerson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every save is a version: the API's optimistic lock, the list of versions, diffs between any two, and restores. */
@SpringBootTest
@AutoConfigureMockMvc
class ArticleVersionsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ArticleEditor editor;

	@Autowired
	ArticleWorkflow workflow;

	KnowledgeTestData data;

	TestPerson owner;

	@BeforeEach
	void setUp() {
		data = new KnowledgeTestData(jdbc, editor, workflow);
		owner = data.leader("Versioner");
	}

	@Test
	void aPatchOnAStaleVersionIsAConflictNamingTheCurrentVersion() throws Exception {
		long id = data.published(owner, "Locked article");
		save(owner, id, "{\"version\": 1, \"body\": \"Second text\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.status").value("PUBLISHED"));

		save(owner, id, "{\"version\": 1, \"body\": \"Lost text\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("Conflict"))
			.andExpect(jsonPath("$.conflict").value("version"))
			.andExpect(jsonPath("$.currentVersion").value(2))
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		save(owner, id, "{\"body\": \"No version\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		assertThat(jdbc.sql("select body from knowledge_article where id = :id").param("id", id).query(String.class)
			.single()).isEqualTo("Second text");
	}

	@Test
	void badInputThroughTheApiNamesTheFieldAndSavesNothing() throws Exception {
		long id = data.draft(owner, "Validated");
		save(owner, id, "{\"version\": 1, \"title\": \"\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("title"));
		save(owner, id, "{\"version\": 1, \"type\": \"NOVEL\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("type"));
		save(owner, id, "{\"version\": 1, \"reviewBy\": \"2001-01-01\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reviewBy"));
		assertThat(data.version(id)).isEqualTo(1);
	}

	@Test
	void versionsAreListedNewestFirstAndAnyTwoCompare() throws Exception {
		long id = data.draft(owner, "Growing");
		save(owner, id, "{\"version\": 1, \"body\": \"Line one\\nLine two\"}").andExpect(status().isOk());
		save(owner, id, "{\"version\": 2, \"body\": \"Line one\\nLine 2\", \"title\": \"Grown\"}").andExpect(status().isOk());

		mvc.perform(get("/api/v1/articles/" + id + "/versions").with(owner.signedIn())).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[0].number").value(3))
			.andExpect(jsonPath("$[0].title").value("Grown"))
			.andExpect(jsonPath("$[2].body").value("The body of Growing"))
			.andExpect(jsonPath("$[0].writtenBy.id").value(owner.id()));
		mvc.perform(get("/api/v1/articles/" + id + "/diff").param("from", "2").param("to", "3").with(owner.signedIn()))
			.andExpect(jsonPath("$.body[0].op").value("SAME"))
			.andExpect(jsonPath("$.body[0].text").value("Line one\nLine "))
			.andExpect(jsonPath("$.body[1].op").value("DELETED"))
			.andExpect(jsonPath("$.body[1].text").value("two"))
			.andExpect(jsonPath("$.body[2].op").value("INSERTED"))
			.andExpect(jsonPath("$.title[0].op").value("DELETED"));
		mvc.perform(get("/api/v1/articles/" + id + "/diff").param("from", "1").param("to", "9").with(owner.signedIn()))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
	}

	@Test
	void theHistoryPageMarksChangesInWordsNotOnlyColour() throws Exception {
		long id = data.published(owner, "Diffed");
		save(owner, id, "{\"version\": 1, \"body\": \"The body of a diffed article\"}").andExpect(status().isOk());

		mvc.perform(get("/knowledge/a/" + id + "/history").with(data.employee("History reader").signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<caption>")))
			.andExpect(content().string(containsString(
					"<del class=\"bg-danger-subtle text-danger-emphasis\"><span class=\"visually-hidden\">[removed: </span>Diffed")))
			.andExpect(content().string(containsString(
					"<ins class=\"bg-success-subtle text-success-emphasis\"><span class=\"visually-hidden\">[added: </span>a diffed article")))
			.andExpect(content().string(containsString("Removed text is struck through")));
	}

	@Test
	void restoringAVersionMakesANewVersionNamingIt() throws Exception {
		long id = data.published(owner, "Restorable");
		save(owner, id, "{\"version\": 1, \"body\": \"A worse text\"}").andExpect(status().isOk());

		mvc.perform(post("/api/v1/articles/" + id + "/restore").with(owner.signedIn()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"restore\": 1, \"version\": 2}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(3))
			.andExpect(jsonPath("$.body").value("The body of Restorable"));
		mvc.perform(get("/api/v1/articles/" + id + "/versions").with(owner.signedIn()))
			.andExpect(jsonPath("$[0].restoredFrom").value(1));
		mvc.perform(post("/api/v1/articles/" + id + "/restore").with(owner.signedIn()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"restore\": 2, \"version\": 2}"))
			.andExpect(status().isConflict());
	}

	@Test
	void aRestoreNamesTheVersionItWasChosenOnAndAStaleOneRestoresNothing() throws Exception {
		long id = data.published(owner, "Guarded restore");
		save(owner, id, "{\"version\": 1, \"body\": \"Second text\"}").andExpect(status().isOk());
		save(owner, id, "{\"version\": 2, \"body\": \"Third text, which a restore must not throw away unseen\"}")
			.andExpect(status().isOk());

		restore(id, "{\"restore\": 1}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		restore(id, "{\"restore\": 1, \"version\": 2}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.conflict").value("version"))
			.andExpect(jsonPath("$.currentVersion").value(3));
		restore(id, "{\"restore\": 9, \"version\": 3}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("restore"));
		assertThat(data.version(id)).isEqualTo(3);
		mvc.perform(post("/knowledge/a/" + id + "/restore").param("restore", "1").param("version", "2")
			.with(owner.signedIn()).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone saved a new version of this article since you opened it")));
		mvc.perform(post("/knowledge/a/" + id + "/restore").param("restore", "1").with(owner.signedIn()).with(csrf()))
			.andExpect(status().isBadRequest());
		assertThat(data.version(id)).isEqualTo(3);
	}

	@Test
	void restoringOnThePageRedirectsAndReadersMayNotRestore() throws Exception {
		long id = data.published(owner, "Page restore");
		save(owner, id, "{\"version\": 1, \"body\": \"Changed\"}").andExpect(status().isOk());

		mvc.perform(post("/knowledge/a/" + id + "/restore").param("restore", "1").param("version", "2")
			.with(data.employee("Not an editor").signedIn()).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/knowledge/a/" + id + "/restore").param("restore", "1").param("version", "2")
			.with(owner.signedIn()).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(data.version(id)).isEqualTo(3);
		mvc.perform(get("/knowledge/a/" + id + "/history").with(owner.signedIn()))
			.andExpect(content().string(containsString("restored from version 1")));
	}

	private ResultActions restore(long id, String json) throws Exception {
		return mvc.perform(post("/api/v1/articles/" + id + "/restore").with(owner.signedIn()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private ResultActions save(TestPerson who, long id, String json) throws Exception {
		return mvc.perform(patch("/api/v1/articles/" + id).with(who.signedIn()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}
}
