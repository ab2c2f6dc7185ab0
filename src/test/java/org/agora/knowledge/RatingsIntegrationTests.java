package org.agora.knowledge;

import org.agora.discussions.SpaceFixtures.TestPerson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** "Was this helpful?": one changeable answer per reader, never by the article's own people, seen by them. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class RatingsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ArticleEditor editor;

	@Autowired
	ArticleWorkflow workflow;

	@Autowired
	ApplicationEvents events;

	KnowledgeTestData data;

	TestPerson owner;

	TestPerson contributor;

	long article;

	@BeforeEach
	void setUp() {
		data = new KnowledgeTestData(jdbc, editor, workflow);
		owner = data.leader("Rated owner");
		contributor = data.employee("Rated contributor");
		article = data.published(owner, "Rated article", contributor);
	}

	@Test
	void aReaderRatesOnceAndMayChangeTheirAnswer() throws Exception {
		var reader = data.employee("Rater");
		rate(reader, "{\"helpful\": false, \"comment\": \"Too long\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.myRating.helpful").value(false))
			.andExpect(jsonPath("$.helpfulness").doesNotExist());
		rate(reader, "{\"helpful\": true, \"comment\": \"Better now\"}").andExpect(status().isOk());

		assertThat(jdbc.sql("select count(*) from knowledge_rating where article_id = :id and person_id = :p")
			.param("id", article).param("p", reader.id()).query(Integer.class).single()).isEqualTo(1);
		assertThat(events.stream(ArticleRatedHelpful.class).filter(e -> e.articleId() == article)).hasSize(1);
		rate(reader, "{\"helpful\": true}").andExpect(status().isOk());
		assertThat(events.stream(ArticleRatedHelpful.class).filter(e -> e.articleId() == article)).hasSize(1);

		mvc.perform(get("/api/v1/articles/" + article).with(owner.signedIn()))
			.andExpect(jsonPath("$.helpfulness.helpful").value(1))
			.andExpect(jsonPath("$.helpfulness.notHelpful").value(0));
		mvc.perform(get("/api/v1/articles/" + article).with(data.manager("Rating manager").signedIn()))
			.andExpect(jsonPath("$.helpfulness.helpful").value(1));
	}

	@Test
	void theOwnerAndContributorsDoNotRateTheirOwnArticle() throws Exception {
		rate(owner, "{\"helpful\": true}").andExpect(status().isForbidden());
		rate(contributor, "{\"helpful\": true}").andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/articles/" + article).with(contributor.signedIn()))
			.andExpect(jsonPath("$.helpfulness.helpful").value(0));
	}

	@Test
	void aDraftIsNotRatedAndAnAnswerIsNeeded() throws Exception {
		var reader = data.employee("Draft rater");
		long draft = data.draft(owner, "Unrated draft", reader);
		rate(reader, "{\"helpful\": true}", draft).andExpect(status().isForbidden());
		rate(data.employee("Outsider"), "{\"helpful\": true}", draft).andExpect(status().isNotFound());
		rate(data.manager("Draft manager"), "{\"helpful\": true}", draft).andExpect(status().isConflict());
		rate(reader, "{}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("helpful"));
	}

	@Test
	void theWidgetAnswersHtmxWithItselfAndOwnersSeeComments() throws Exception {
		var reader = data.employee("Widget rater");
		mvc.perform(post("/knowledge/a/" + article + "/rating").param("helpful", "true").param("comment", "Saved my week")
			.header("HX-Request", "true").with(reader.signedIn()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("id=\"rating\"")))
			.andExpect(content().string(containsString("aria-pressed=\"true\" id=\"rate-yes\"")))
			.andExpect(content().string(containsString("You found it helpful.")));
		mvc.perform(get("/knowledge/a/" + article + "-rated-article").with(owner.signedIn()))
			.andExpect(content().string(containsString("id=\"helpfulness\"")))
			.andExpect(content().string(containsString("Saved my week")))
			.andExpect(content().string(not(containsString("id=\"rating\""))));
		mvc.perform(get("/knowledge/a/" + article + "-rated-article").with(reader.signedIn()))
			.andExpect(content().string(not(containsString("id=\"helpfulness\""))));
	}

	@Test
	void withoutHtmxAnErrorComesBackAsTheWholePageKeepingTheComment() throws Exception {
		var reader = data.employee("Long-winded rater");
		String comment = "Too long " + "x".repeat(ArticleRules.MAX_COMMENT);
		mvc.perform(post("/knowledge/a/" + article + "/rating").param("helpful", "true").param("comment", comment)
			.with(reader.signedIn()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("id=\"article-title\"")))
			.andExpect(content().string(containsString("<a href=\"#rating-comment\" class=\"alert-link\">")))
			.andExpect(content().string(containsString(">" + comment + "</textarea>")));
		assertThat(jdbc.sql("select count(*) from knowledge_rating where article_id = :id and person_id = :p")
			.param("id", article).param("p", reader.id()).query(Integer.class).single()).isZero();
	}

	private ResultActions rate(TestPerson who, String json) throws Exception {
		return rate(who, json, article);
	}

	private ResultActions rate(TestPerson who, String json, long id) throws Exception {
		return mvc.perform(put("/api/v1/articles/" + id + "/rating").with(who.signedIn()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}
}
