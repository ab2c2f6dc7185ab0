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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The article workflow through the API: every legal move by whom it allows, and the illegal ones refused. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ArticleWorkflowIntegrationTests {

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

	@Autowired
	ArticleWriter writer;

	KnowledgeTestData data;

	TestPerson owner;

	@BeforeEach
	void setUp() {
		data = new KnowledgeTestData(jdbc, editor, workflow);
		owner = data.leader("Owner");
	}

	@Test
	void aLeaderWritesADraftThroughTheApi() throws Exception {
		mvc.perform(post("/api/v1/articles").with(owner.signedIn()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type": "how-to", "title": "Run an after-action review", "body": "Ask *four* questions.",
					 "tags": ["aar", "Retrospectives"], "summary": "Four questions"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.type").value("HOW_TO"))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.tags[1]").value("retrospectives"))
			.andExpect(jsonPath("$.owner.id").value(owner.id()))
			.andExpect(jsonPath("$.actions", hasItem("publish")));
	}

	@Test
	void employeesAndGuestsWriteNoArticles() throws Exception {
		var body = """
				{"type": "INSIGHT", "title": "Mine", "body": "Text"}""";
		mvc.perform(post("/api/v1/articles").with(data.employee("Writer").signedIn()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/articles").with(data.guest("Guest").signedIn()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
	}

	@Test
	void onlyManagersWriteTemplates() throws Exception {
		mvc.perform(post("/api/v1/articles").with(owner.signedIn()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type": "TEMPLATE", "title": "A form", "body": "Fill in"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("type"));
		mvc.perform(post("/api/v1/articles").with(data.manager("Manager").signedIn()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"type": "TEMPLATE", "title": "A form", "body": "Fill in"}"""))
			.andExpect(status().isCreated());
	}

	@Test
	void theOwnerPublishesArchivesAndRestores() throws Exception {
		long id = data.draft(owner, "Owner publishes");

		move(owner, id, "publish", "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.reviewBy").isNotEmpty());
		assertThat(events.stream(ArticlePublished.class).filter(e -> e.articleId() == id)).hasSize(1);
		assertThat(events.stream(ArticleArchived.class).filter(e -> e.articleId() == id)).isEmpty();
		move(owner, id, "archive", "{}").andExpect(jsonPath("$.status").value("ARCHIVED"));
		assertThat(events.stream(ArticleArchived.class).filter(e -> e.articleId() == id))
			.singleElement()
			.satisfies(e -> assertThat(e.ownerId()).isEqualTo(owner.id()))
			.satisfies(e -> assertThat(e.archivedBy()).isEqualTo(owner.id()));
		move(owner, id, "unarchive", "{}").andExpect(jsonPath("$.status").value("PUBLISHED"));
		assertThat(events.stream(ArticlePublished.class).filter(e -> e.articleId() == id)).hasSize(2);
		assertThat(events.stream(ArticleArchived.class).filter(e -> e.articleId() == id)).hasSize(1);
	}

	@Test
	void aPeerReviewsAndApprovesOrSendsBackWithAComment() throws Exception {
		var reviewer = data.leader("Reviewer");
		long id = data.draft(owner, "Peer reviewed");

		move(owner, id, "submit", "{\"reviewer\": \"" + reviewer.email() + "\"}")
			.andExpect(jsonPath("$.status").value("IN_REVIEW"))
			.andExpect(jsonPath("$.reviewer.id").value(reviewer.id()));
		mvc.perform(get("/api/v1/articles/" + id).with(reviewer.signedIn()))
			.andExpect(jsonPath("$.actions", hasItem("approve")))
			.andExpect(jsonPath("$.actions", not(hasItem("edit"))));
		move(reviewer, id, "send-back", "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("comment"));
		move(reviewer, id, "send-back", "{\"comment\": \"Add an example\"}")
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.reviewComment").value("Add an example"));
		move(owner, id, "submit", "{\"reviewer\": \"" + reviewer.email() + "\"}").andExpect(status().isOk());
		move(reviewer, id, "approve", "{}").andExpect(jsonPath("$.status").value("PUBLISHED"));
	}

	@Test
	void submittingWithoutAReviewerLeavesTheReviewToManagers() throws Exception {
		long id = data.draft(owner, "Managers review");
		move(owner, id, "submit", "{}").andExpect(jsonPath("$.status").value("IN_REVIEW"));
		move(owner, id, "approve", "{}").andExpect(status().isForbidden());
		move(data.manager("Reviewing manager"), id, "approve", "{}").andExpect(jsonPath("$.status").value("PUBLISHED"));
	}

	@Test
	void theReviewTabListsWhatWaitsForTheViewerAndManagersAlsoWhatNamesNoReviewer() throws Exception {
		var reviewer = data.leader("Tab reviewer");
		var bystander = data.leader("Not reviewing");
		var manager = data.manager("Tab manager");
		String run = KnowledgeTestData.unique();
		data.inReview(owner, "Named review " + run, reviewer);
		long unnamed = data.draft(owner, "Unnamed review " + run);
		move(owner, unnamed, "submit", "{}").andExpect(status().isOk());

		mvc.perform(get("/knowledge").param("tab", "review").with(reviewer.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Named review " + run)))
			.andExpect(content().string(not(containsString("Unnamed review " + run))));
		mvc.perform(get("/knowledge").param("tab", "review").with(bystander.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(" review " + run))));
		mvc.perform(get("/knowledge").param("tab", "review").with(manager.signedIn()))
			.andExpect(content().string(containsString("Named review " + run)))
			.andExpect(content().string(containsString("Unnamed review " + run)));
		mvc.perform(get("/").with(reviewer.signedIn()))
			.andExpect(content().string(containsString("/knowledge?tab=review")));
		mvc.perform(get("/").with(bystander.signedIn()))
			.andExpect(content().string(not(containsString("/knowledge?tab=review"))));
	}

	@Test
	void aSaveThatLosesTheRaceToAMoveIntoReviewChangesNothing() {
		long id = data.inReview(owner, "Raced into review", data.leader("Race reviewer"));
		int version = data.version(id);
		var text = new ArticleWriter.Text(ArticleType.BEST_PRACTICE, "Saved too late", "Summary", "Body",
				java.util.List.of());

		assertThat(writer.update(id, version, text, owner.id(), java.time.Instant.now(), null)).isFalse();
		assertThat(data.version(id)).isEqualTo(version);
		assertThat(jdbc.sql("select title from knowledge_article where id = :id").param("id", id).query(String.class)
			.single()).isEqualTo("Raced into review");
	}

	@Test
	void theOwnerIsNotTheirOwnReviewer() throws Exception {
		long id = data.draft(owner, "Self review");
		move(owner, id, "submit", "{\"reviewer\": \"" + owner.email() + "\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reviewer"));
		move(owner, id, "submit", "{\"reviewer\": \"nobody-" + KnowledgeTestData.unique() + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reviewer"));
	}

	@Test
	void movesThatDoNotStartFromTheStatusAreConflicts() throws Exception {
		long draft = data.draft(owner, "Conflicting moves");
		move(owner, draft, "approve", "{}").andExpect(status().isForbidden());
		move(data.manager("Manager"), draft, "approve", "{}").andExpect(status().isConflict());
		move(owner, draft, "archive", "{}").andExpect(status().isConflict());
		move(owner, draft, "unarchive", "{}").andExpect(status().isConflict());
		move(owner, draft, "publish", "{}").andExpect(status().isOk());
		move(owner, draft, "publish", "{}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		move(owner, draft, "submit", "{}").andExpect(status().isConflict());
	}

	@Test
	void aMoveChosenOnAnOlderVersionIsAConflictAndMovesNothing() throws Exception {
		var contributor = data.leader("Late editor");
		long id = data.draft(owner, "Published unread", contributor);
		patch(contributor, id, "{\"version\": 1, \"body\": \"A change the owner has not read\"}")
			.andExpect(status().isOk());

		move(owner, id, "publish", "{\"version\": 1}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.conflict").value("version"))
			.andExpect(jsonPath("$.currentVersion").value(2));
		mvc.perform(post("/knowledge/a/" + id + "/submit").param("version", "1").with(owner.signedIn()).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("since you opened it")))
			.andExpect(content().string(containsString("name=\"version\" value=\"2\"")));
		assertThat(data.status(id)).isEqualTo("DRAFT");
		assertThat(events.stream(ArticleSubmittedForReview.class).filter(e -> e.articleId() == id)).isEmpty();

		move(owner, id, "publish", "{\"version\": 2}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"));
		move(owner, id, "archive", "{\"version\": 1}").andExpect(status().isConflict());
		move(owner, id, "archive", "{}").andExpect(status().isOk());
	}

	@Test
	void submittingAnnouncesTheReviewWithIdsOnly() throws Exception {
		var reviewer = data.leader("Announced reviewer");
		long named = data.draft(owner, "Secret title for a peer");
		long unnamed = data.draft(owner, "Secret title for managers");

		move(owner, named, "submit", "{\"reviewer\": \"" + reviewer.email() + "\"}").andExpect(status().isOk());
		move(owner, unnamed, "submit", "{}").andExpect(status().isOk());

		assertThat(events.stream(ArticleSubmittedForReview.class).filter(e -> e.articleId() == named))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.reviewerId()).isEqualTo(reviewer.id());
				assertThat(e.submittedBy()).isEqualTo(owner.id());
				assertThat(e.toString()).doesNotContain("Secret");
			});
		assertThat(events.stream(ArticleSubmittedForReview.class).filter(e -> e.articleId() == unnamed))
			.singleElement()
			.satisfies(e -> assertThat(e.reviewerId()).isNull());
	}

	@Test
	void contributorsEditAndSubmitButDoNotPublishOrArchive() throws Exception {
		var contributor = data.employee("Contributor");
		long id = data.draft(owner, "With a contributor", contributor);

		mvc.perform(get("/api/v1/articles/" + id).with(contributor.signedIn())).andExpect(status().isOk())
			.andExpect(jsonPath("$.actions", hasItem("edit")))
			.andExpect(jsonPath("$.actions", hasItem("submit")))
			.andExpect(jsonPath("$.actions", not(hasItem("publish"))));
		move(contributor, id, "publish", "{}").andExpect(status().isForbidden());
		move(owner, id, "publish", "{}").andExpect(status().isOk());
		move(contributor, id, "archive", "{}").andExpect(status().isForbidden());
	}

	@Test
	void aDraftIsNotFoundForOutsidersAndAPublishedOneIsForbiddenToMove() throws Exception {
		var outsider = data.leader("Outsider");
		long draft = data.draft(owner, "Private draft");
		long published = data.published(owner, "Open article");

		mvc.perform(get("/api/v1/articles/" + draft).with(outsider.signedIn())).andExpect(status().isNotFound());
		move(outsider, draft, "publish", "{}").andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/articles/" + published).with(outsider.signedIn())).andExpect(status().isOk());
		move(outsider, published, "archive", "{}").andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/articles/" + draft).with(data.manager("Seeing manager").signedIn()))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/articles/" + draft).with(data.admin("Seeing admin").signedIn()))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/articles/" + published).with(data.guest("Guest").signedIn()))
			.andExpect(status().isForbidden());
	}

	@Test
	void anArticleInReviewOrArchivedIsNotEdited() throws Exception {
		var reviewer = data.leader("Frozen reviewer");
		long id = data.inReview(owner, "Frozen", reviewer);
		patch(owner, id, "{\"version\": 1, \"title\": \"Changed\"}").andExpect(status().isConflict());
		move(reviewer, id, "approve", "{}");
		move(owner, id, "archive", "{}");
		patch(owner, id, "{\"version\": 1, \"title\": \"Changed\"}").andExpect(status().isConflict());
		assertThat(jdbc.sql("select title from knowledge_article where id = :id").param("id", id).query(String.class)
			.single()).isEqualTo("Frozen");
	}

	@Test
	void eventsOfDraftsCarryNoText() throws Exception {
		long id = data.draft(owner, "Secret draft title");
		patch(owner, id, "{\"version\": 1, \"body\": \"Secret words\"}").andExpect(status().isOk());
		var updated = events.stream(ArticleUpdated.class).filter(e -> e.articleId() == id).toList();
		assertThat(updated).singleElement().satisfies(e -> {
			assertThat(e.version()).isEqualTo(2);
			assertThat(e.status()).isEqualTo(ArticleStatus.DRAFT);
			assertThat(e.toString()).doesNotContain("Secret");
		});
		assertThat(events.stream(ArticlePublished.class).filter(e -> e.articleId() == id)).isEmpty();
	}

	@Test
	void theListFiltersByStatusTypeAndTag() throws Exception {
		String tag = "t" + KnowledgeTestData.unique();
		var form = new ArticleForm("CASE_STUDY", "Tagged case", "", "Text", tag, "", "", "", "en", "", null);
		long id = editor.create(owner.principal(), form, java.util.List.of(), null);
		workflow.move(owner.principal(), id, Transition.PUBLISH, ArticleWorkflow.Move.none());
		long draft = data.draft(owner, "Tagged draft");

		var employee = data.employee("Lister");
		mvc.perform(get("/api/v1/articles").param("tag", tag).with(employee.signedIn()))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(id));
		mvc.perform(get("/api/v1/articles").param("tag", tag).param("type", "INSIGHT").with(employee.signedIn()))
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/articles").param("status", "DRAFT").param("mine", "true").with(owner.signedIn()))
			.andExpect(jsonPath("$.items[*].id", hasItem((int) draft)));
		mvc.perform(get("/api/v1/articles").param("status", "DRAFT").with(employee.signedIn()))
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) draft))));
		mvc.perform(get("/api/v1/articles").param("status", "NONSENSE").with(employee.signedIn()))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
	}

	private ResultActions move(TestPerson who, long id, String move, String json) throws Exception {
		return mvc.perform(post("/api/v1/articles/" + id + "/" + move).with(who.signedIn()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private ResultActions patch(TestPerson who, long id, String json) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch("/api/v1/articles/" + id)
			.with(who.signedIn()).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
	}
}
