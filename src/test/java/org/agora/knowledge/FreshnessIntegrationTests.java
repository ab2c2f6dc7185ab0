package org.agora.knowledge;

import java.time.LocalDate;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Review-by dates: the default, reminders once per date, the stale list, and confirming an article. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class FreshnessIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ArticleEditor editor;

	@Autowired
	ArticleWorkflow workflow;

	@Autowired
	FreshnessJobs jobs;

	@Autowired
	KnowledgeDates dates;

	@Autowired
	ApplicationEvents events;

	KnowledgeTestData data;

	TestPerson owner;

	@BeforeEach
	void setUp() {
		data = new KnowledgeTestData(jdbc, editor, workflow);
		owner = data.leader("Fresh owner");
	}

	@Test
	void publishingSetsTheReviewDateAYearAheadUnlessChosen() throws Exception {
		long id = data.published(owner, "Default date");
		assertThat(reviewBy(id)).isEqualTo(dates.today().plusMonths(12));
		long chosen = data.draft(owner, "Chosen date");
		LocalDate date = dates.today().plusMonths(3);
		workflow.move(owner.principal(), chosen, Transition.PUBLISH, new ArticleWorkflow.Move(null, null, date.toString()));
		assertThat(reviewBy(chosen)).isEqualTo(date);
	}

	@Test
	void theOwnerIsRemindedOncePerReviewDate() {
		long due = data.published(owner, "Due soon");
		data.reviewBy(due, dates.today().plusDays(5));
		long later = data.published(owner, "Due later");
		data.reviewBy(later, dates.today().plusDays(60));

		jobs.remind(dates.today());
		jobs.remind(dates.today());

		var reminders = events.stream(ArticleReviewDue.class).filter(e -> e.ownerId() == owner.id()).toList();
		assertThat(reminders).singleElement().satisfies(e -> {
			assertThat(e.articleId()).isEqualTo(due);
			assertThat(e.path()).isEqualTo("/knowledge/a/" + due + "-due-soon");
		});

		data.reviewBy(due, dates.today().plusDays(3));
		jobs.remind(dates.today());
		assertThat(events.stream(ArticleReviewDue.class).filter(e -> e.articleId() == due)).hasSize(2);
	}

	@Test
	void staleArticlesAreListedAndMarkedAndTheOwnerConfirmsThem() throws Exception {
		long stale = data.published(owner, "Past its date");
		data.reviewBy(stale, dates.today().minusDays(1));
		var manager = data.manager("Stale lister");

		mvc.perform(get("/api/v1/articles").param("stale", "true").param("size", "100").with(manager.signedIn()))
			.andExpect(jsonPath("$.items[*].id", hasItem((int) stale)));
		mvc.perform(get("/api/v1/articles/" + stale).with(data.employee("Reader").signedIn()))
			.andExpect(jsonPath("$.stale").value(true));

		mvc.perform(post("/api/v1/articles/" + stale + "/confirm-review").with(data.employee("Not owner").signedIn())
			.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/articles/" + stale + "/confirm-review").with(owner.signedIn()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"reviewBy\": \"2000-01-01\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reviewBy"));
		mvc.perform(post("/api/v1/articles/" + stale + "/confirm-review").with(owner.signedIn()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stale").value(false))
			.andExpect(jsonPath("$.reviewBy").value(dates.today().plusMonths(12).toString()));
		assertThat(events.stream(ArticleReviewed.class).filter(e -> e.articleId() == stale)).hasSize(1);
		mvc.perform(get("/api/v1/articles").param("stale", "true").param("size", "100").with(manager.signedIn()))
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) stale))));
	}

	@Test
	void theConfirmButtonOnThePageMovesTheDate() throws Exception {
		long id = data.published(owner, "Confirmed on the page");
		data.reviewBy(id, dates.today().minusDays(2));
		LocalDate next = dates.today().plusMonths(6);
		mvc.perform(post("/knowledge/a/" + id + "/confirm-review").param("reviewBy", next.toString())
			.with(owner.signedIn()).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(reviewBy(id)).isEqualTo(next);
	}

	@Test
	void theHomePageNamesTheArticlesDueForReview() throws Exception {
		long id = data.published(owner, "Home due");
		data.reviewBy(id, dates.today().plusDays(2));
		mvc.perform(get("/").with(owner.signedIn()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("1 of your articles needs review")));
	}

	private LocalDate reviewBy(long id) {
		return jdbc.sql("select review_by from knowledge_article where id = :id").param("id", id)
			.query(LocalDate.class).single();
	}
}
