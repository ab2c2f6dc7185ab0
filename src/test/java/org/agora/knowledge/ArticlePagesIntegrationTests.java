package org.agora.knowledge;

import java.time.LocalDate;

import org.agora.discussions.SpaceFixtures.TestPerson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The knowledge pages: writing, the article page, field errors that keep the typing, permissions and Hebrew. */
@SpringBootTest
@AutoConfigureMockMvc
class ArticlePagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ArticleEditor editor;

	@Autowired
	ArticleWorkflow workflow;

	KnowledgeTestData data;

	TestPerson leader;

	@BeforeEach
	void setUp() {
		data = new KnowledgeTestData(jdbc, editor, workflow);
		leader = data.leader("Page writer");
	}

	@Test
	void aLeaderWritesADraftAndReadsItsPage() throws Exception {
		String body = "Body " + KnowledgeTestData.unique();
		String location = submit(leader, "HOW_TO", "Map critical knowledge", body, "").andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/knowledge/a/*-map-critical-knowledge"))
			.andReturn().getResponse().getRedirectedUrl();

		mvc.perform(get(location).with(leader.signedIn())).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"article-title\">Map critical knowledge</h1>")))
			.andExpect(content().string(containsString(">How-to</span>")))
			.andExpect(content().string(containsString(">Draft</span>")))
			.andExpect(content().string(containsString(body)))
			.andExpect(content().string(containsString("id=\"publish-form\"")));
		long id = ArticlePaths.idOf(location.substring("/knowledge/a/".length()));
		mvc.perform(get("/knowledge/a/" + id).with(leader.signedIn())).andExpect(status().isMovedPermanently());
	}

	@Test
	void badInputNamesTheFieldKeepsTheTypingAndSavesNothing() throws Exception {
		String body = "Kept body " + KnowledgeTestData.unique();
		submit(leader, "HOW_TO", "  ", body, "").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Give the article a title.")))
			.andExpect(content().string(containsString(">" + body + "</textarea>")));
		submit(leader, "HOW_TO", "x".repeat(201), body, "").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"title-error\">The title has at most 200 characters.")));
		submit(leader, "GUIDE", "Unknown type", body, "").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"type-error\"")))
			.andExpect(content().string(containsString("value=\"Unknown type\"")));
		submit(leader, "HOW_TO", "Past date", body, LocalDate.now().minusDays(3).toString())
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"reviewBy-error\">The review-by date is today or later.")));
		mvc.perform(multipart("/knowledge/articles").file(new MockMultipartFile("attachments", "big.txt", "text/plain",
				"a".repeat(6 * 1024 * 1024).getBytes())).param("type", "HOW_TO").param("title", "Big file")
			.param("body", body).with(leader.signedIn()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"attachments-error\">An attachment has at most 5 MB.")));
		assertThat(jdbc.sql("select count(*) from knowledge_article where body = :body").param("body", body)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void theErrorSummaryLinksToEachFieldAndAFrozenArticleSaysWhy() throws Exception {
		submit(leader, "HOW_TO", "", "Kept", "").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("<a href=\"#title\" class=\"alert-link\">Give the article a title.</a>")));

		long id = data.inReview(leader, "Shared draft", data.leader("Frozen reviewer"));
		edit(leader, id, 1, "Edited while in review", "").andExpect(status().isConflict())
			.andExpect(content().string(containsString("This article is in review or archived")))
			.andExpect(content().string(containsString(">Edited while in review</textarea>")));
		assertThat(data.version(id)).isEqualTo(1);
	}

	@Test
	void anAttachmentIsADownloadForWhoeverMayReadTheArticleAndNotFoundForOthers() throws Exception {
		String location = mvc.perform(multipart("/knowledge/articles")
			.file(new MockMultipartFile("attachments", "shift notes.txt", "text/plain", "Night shift notes".getBytes()))
			.param("type", "HOW_TO").param("title", "Draft with a file").param("body", "Body").param("language", "en")
			.with(leader.signedIn()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		long id = ArticlePaths.idOf(location.substring("/knowledge/a/".length()));
		long file = jdbc.sql("select id from knowledge_attachment where article_id = :id").param("id", id)
			.query(Long.class).single();
		var outsider = data.employee("Attachment outsider");

		mvc.perform(get("/knowledge/attachments/" + file).with(leader.signedIn()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString("shift notes.txt")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Cache-Control", containsString("private")))
			.andExpect(content().string("Night shift notes"));
		mvc.perform(get("/knowledge/attachments/" + file).with(outsider.signedIn())).andExpect(status().isNotFound());
		workflow.move(leader.principal(), id, Transition.PUBLISH, ArticleWorkflow.Move.none());
		mvc.perform(get("/knowledge/attachments/" + file).with(outsider.signedIn())).andExpect(status().isOk());
	}

	@Test
	void removingAnotherArticlesAttachmentMakesNoRoomForMore() throws Exception {
		var create = multipart("/knowledge/articles");
		for (int i = 1; i <= ArticleRules.MAX_FILES; i++) {
			create.file(new MockMultipartFile("attachments", "notes-" + i + ".txt", "text/plain", ("Notes " + i).getBytes()));
		}
		String location = mvc.perform(create.param("type", "HOW_TO").param("title", "Shared draft").param("body", "Body")
			.param("language", "en").with(leader.signedIn()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		long id = ArticlePaths.idOf(location.substring("/knowledge/a/".length()));

		mvc.perform(multipart("/knowledge/a/" + id + "/edit")
			.file(new MockMultipartFile("attachments", "sixth.txt", "text/plain", "Sixth".getBytes()))
			.param("removeAttachment", "-1", "-2").param("type", "HOW_TO").param("title", "Shared draft")
			.param("body", "Body").param("version", "1").param("language", "en").with(leader.signedIn()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"attachments-error\">An article has at most 5 attachments.")));
		assertThat(jdbc.sql("select count(*) from knowledge_attachment where article_id = :id and removed_at is null")
			.param("id", id).query(Integer.class).single()).isEqualTo(ArticleRules.MAX_FILES);
		assertThat(data.version(id)).isEqualTo(1);
	}

	@Test
	void aContributorWhoLeftStaysNamedButNobodyWhoLeftIsAdded() throws Exception {
		var leaving = data.leader("Leaving contributor");
		var gone = data.leader("Already gone");
		long id = data.draft(leader, "Shared draft", leaving);
		jdbc.sql("update people_person set active = false where id in (:ids)")
			.param("ids", java.util.List.of(leaving.id(), gone.id())).update();

		edit(leader, id, 1, "Saved after a contributor left", leaving.email()).andExpect(status().is3xxRedirection());
		edit(leader, id, 2, "Adding someone who left", leaving.email() + ", " + gone.email())
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"contributors-error\"")));
		assertThat(data.version(id)).isEqualTo(2);
	}

	@Test
	void twoPeopleSavingTheSameVersionGetAConflictThatKeepsTheSecondOnesText() throws Exception {
		var contributor = data.leader("Second editor");
		long id = data.draft(leader, "Shared draft", contributor);
		edit(leader, id, 1, "First save wins", contributor.email()).andExpect(status().is3xxRedirection());

		edit(contributor, id, 1, "My careful rewrite", contributor.email()).andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone saved a new version of this article while you were editing")))
			.andExpect(content().string(containsString(">My careful rewrite</textarea>")))
			.andExpect(content().string(containsString("id=\"latest-version\"")))
			.andExpect(content().string(containsString("First save wins")))
			.andExpect(content().string(containsString("name=\"version\" value=\"2\"")));
		assertThat(data.version(id)).isEqualTo(2);
		edit(contributor, id, 2, "My careful rewrite", contributor.email()).andExpect(status().is3xxRedirection());
		assertThat(data.version(id)).isEqualTo(3);
	}

	@Test
	void aDraftIsNotFoundToOutsidersAndAPublishedArticleNotEditableByReaders() throws Exception {
		long draft = data.draft(leader, "Hidden draft");
		long published = data.published(leader, "Readable");
		var employee = data.employee("Reader");

		mvc.perform(get("/knowledge/a/" + draft + "-hidden-draft").with(employee.signedIn())).andExpect(status().isNotFound());
		mvc.perform(get("/knowledge/a/" + draft + "/edit").with(employee.signedIn())).andExpect(status().isNotFound());
		mvc.perform(get("/knowledge/a/" + draft + "/history").with(employee.signedIn())).andExpect(status().isNotFound());
		mvc.perform(get("/knowledge/a/" + published + "-readable").with(employee.signedIn())).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"edit-link\""))))
			.andExpect(content().string(containsString("id=\"rating\"")));
		mvc.perform(get("/knowledge/a/" + published + "/edit").with(employee.signedIn())).andExpect(status().isForbidden());
		mvc.perform(get("/knowledge/new").with(employee.signedIn())).andExpect(status().isForbidden());
		mvc.perform(get("/knowledge").with(data.guest("Guest").signedIn())).andExpect(status().isForbidden());
	}

	@Test
	void theBrowsePageListsPublishedArticlesAndTheStaleListIsForManagers() throws Exception {
		long stale = data.published(leader, "Old practice " + KnowledgeTestData.unique());
		data.reviewBy(stale, LocalDate.now().minusDays(10));
		var employee = data.employee("Browser");

		mvc.perform(get("/knowledge").with(employee.signedIn())).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"tab-all\"")))
			.andExpect(content().string(not(containsString("id=\"tab-stale\""))));
		mvc.perform(get("/knowledge").param("tab", "stale").with(employee.signedIn())).andExpect(status().isNotFound());
		mvc.perform(get("/knowledge").param("tab", "stale").with(data.manager("Curator").signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"article-" + stale + "\"")));
		mvc.perform(get("/knowledge").param("tab", "stale").header("HX-Request", "true")
			.with(data.manager("Curator").signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("id=\"article-" + stale + "\"")));
		mvc.perform(get("/knowledge/a/" + stale).with(employee.signedIn()).header("Accept-Language", "en"))
			.andExpect(status().isMovedPermanently());
	}

	@Test
	void theArticlePageReadsRightToLeftInHebrew() throws Exception {
		var form = new ArticleForm("LESSON_LEARNED", "שימור ידע בצוות", "תקציר", "גוף **המאמר**", "שימור", "", "", "",
				"he", "", null);
		long id = editor.create(leader.principal(), form, java.util.List.of(), null);
		workflow.move(leader.principal(), id, Transition.PUBLISH, ArticleWorkflow.Move.none());
		data.reviewBy(id, LocalDate.now().minusDays(1));

		mvc.perform(get(ArticlePaths.of(id, "שימור ידע בצוות")).with(data.employee("קורא").signedIn())
			.header("Accept-Language", "he"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dir=\"rtl\"")))
			.andExpect(content().string(containsString(">לקח שנלמד</span>")))
			.andExpect(content().string(containsString("dir=\"auto\" lang=\"he\" id=\"article-title\">שימור ידע בצוות</h1>")))
			.andExpect(content().string(containsString("ייתכן שהמאמר אינו עדכני.")))
			.andExpect(content().string(containsString("האם זה עזר לך?")))
			.andExpect(content().string(containsString("גוף <strong>המאמר</strong>")));
	}

	private ResultActions submit(TestPerson who, String type, String title, String body, String reviewBy)
			throws Exception {
		return mvc.perform(post("/knowledge/articles").param("type", type).param("title", title).param("body", body)
			.param("reviewBy", reviewBy).param("language", "en").with(who.signedIn()).with(csrf()));
	}

	private ResultActions edit(TestPerson who, long id, int version, String body, String contributors)
			throws Exception {
		return mvc.perform(post("/knowledge/a/" + id + "/edit").param("type", "BEST_PRACTICE").param("title", "Shared draft")
			.param("body", body).param("version", Integer.toString(version)).param("language", "en")
			.param("contributors", contributors).with(who.signedIn()).with(csrf()));
	}
}
