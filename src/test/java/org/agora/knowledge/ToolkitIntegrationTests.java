package org.agora.knowledge;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The leaders' toolkit ships once per template, reads in the reader's language, and starts drafts. */
@SpringBootTest
@AutoConfigureMockMvc
class ToolkitIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ArticleEditor editor;

	@Autowired
	ArticleWorkflow workflow;

	@Autowired
	ToolkitShipment shipment;

	KnowledgeTestData data;

	@BeforeEach
	void setUp() {
		data = new KnowledgeTestData(jdbc, editor, workflow);
	}

	@Test
	void everyShippedTemplateIsWrittenOncePerLanguage() {
		assertThat(templates("after-action-review")).isEqualTo(2);
		assertThat(templates("lessons-learned-form")).isEqualTo(2);
		assertThat(shipment.ship(shipment.read())).isZero();
		assertThat(templates("after-action-review")).isEqualTo(2);
	}

	@Test
	void aTemplateTheManagersArchivedIsNotShippedAgain() {
		String slug = "test-" + KnowledgeTestData.unique();
		var toolkit = toolkit(slug, "Archived template", null);
		assertThat(shipment.ship(toolkit)).isEqualTo(1);
		long id = id(slug, "en");
		workflow.move(data.manager("Archiver").principal(), id, Transition.ARCHIVE, ArticleWorkflow.Move.none());

		assertThat(shipment.ship(toolkit)).isZero();
		assertThat(templates(slug)).isEqualTo(1);
	}

	@Test
	void aTemplateReadsInTheReadersLanguageAndInEnglishWithoutATranslation() throws Exception {
		String slug = "test-" + KnowledgeTestData.unique();
		shipment.ship(toolkit(slug, "English only " + slug, null));
		var reader = data.employee("Toolkit reader");

		mvc.perform(get("/knowledge/toolkit").header("Accept-Language", "he").with(reader.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("תחקיר אחרי פעילות (AAR)")))
			.andExpect(content().string(not(containsString(">After-action review<"))))
			.andExpect(content().string(containsString("English only " + slug)))
			.andExpect(content().string(not(containsString("id=\"use-"))));
		mvc.perform(get("/knowledge/toolkit").header("Accept-Language", "en").with(reader.signedIn()))
			.andExpect(content().string(containsString(">After-action review<")));
		mvc.perform(get("/api/v1/templates").param("lang", "he").with(reader.signedIn()))
			.andExpect(jsonPath("$[*].title", hasItem("טופס הפקת לקחים")))
			.andExpect(jsonPath("$[*].title", hasItem("English only " + slug)));
	}

	@Test
	void useThisTemplateCopiesItIntoANewDraftsForm() throws Exception {
		long id = id("after-action-review", "en");
		var leader = data.leader("Template user");
		mvc.perform(get("/knowledge/toolkit").header("Accept-Language", "en").with(leader.signedIn()))
			.andExpect(content().string(containsString("href=\"/knowledge/new?template=" + id + "\"")));
		mvc.perform(get("/knowledge/new").param("template", Long.toString(id)).with(leader.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"After-action review\"")))
			.andExpect(content().string(containsString("## The four questions")))
			.andExpect(content().string(not(containsString("name=\"version\""))));
		mvc.perform(get("/knowledge/new").param("template", Long.toString(id)).with(data.employee("No writer").signedIn()))
			.andExpect(status().isForbidden());
	}

	@Test
	void managersEditTemplatesAndLeadersDoNot() throws Exception {
		long id = id("lessons-learned-form", "en");
		mvc.perform(get("/knowledge/a/" + id + "/edit").with(data.leader("Template leader").signedIn()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/knowledge/a/" + id + "/edit").with(data.manager("Template manager").signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"TEMPLATE\" selected>")));
	}

	@Test
	void aMalformedFileIsRefusedWithItsName() {
		assertThatThrownBy(() -> HeaderedMarkdown.parse("knowledge/toolkit/x.en.md", "title: X\nno separator"))
			.hasMessageContaining("knowledge/toolkit/x.en.md");
		assertThatThrownBy(() -> HeaderedMarkdown.parse("knowledge/toolkit/x.en.md", "just words\n---\nbody"))
			.hasMessageContaining("line 1");
	}

	private Map<String, Map<String, HeaderedMarkdown>> toolkit(String slug, String english, String hebrew) {
		Map<String, HeaderedMarkdown> languages = new TreeMap<>();
		languages.put("en", HeaderedMarkdown.parse(slug, "title: " + english + "\ntags: test\n---\nFill in."));
		if (hebrew != null) {
			languages.put("he", HeaderedMarkdown.parse(slug, "title: " + hebrew + "\n---\nלמלא."));
		}
		return Map.of(slug, languages);
	}

	private int templates(String slug) {
		return jdbc.sql("select count(*) from knowledge_article where toolkit_slug = :slug and type = 'TEMPLATE'")
			.param("slug", slug).query(Integer.class).single();
	}

	private long id(String slug, String language) {
		return jdbc.sql("select id from knowledge_article where toolkit_slug = :slug and language = :language")
			.param("slug", slug).param("language", language).query(Long.class).single();
	}
}
