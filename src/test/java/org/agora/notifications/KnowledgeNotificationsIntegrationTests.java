package org.agora.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.agora.discussions.SpaceFixtures;
import org.agora.discussions.SpaceFixtures.TestPerson;
import org.agora.knowledge.ArticleSubmittedForReview;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A draft sent for review reaches its named reviewer, or with none named the community managers, and nobody else:
 * never the person who sent it, the owner or the contributors, and never anyone who may not read the draft. The notice
 * names the draft and the sender, never its text.
 */
@SpringBootTest
@AutoConfigureMockMvc
class KnowledgeNotificationsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Notifications notifications;

	SpaceFixtures fixtures;

	TestPerson owner;

	@BeforeEach
	void anOwner() {
		fixtures = new SpaceFixtures(jdbc);
		owner = fixtures.leader("Orna Owner " + unique());
	}

	@Test
	void theNamedReviewerIsAskedInAgoraAndByEmailAndNobodyElse() throws Exception {
		var reviewer = fixtures.leader("Rina Reviewer " + unique());
		var contributor = fixtures.employee("Carmel Contributor " + unique());
		var manager = fixtures.manager("Moshe Manager " + unique());
		String title = "Review me " + unique();
		var draft = draft(title, "Secret draft words", contributor);

		submit(draft, owner, reviewer.email());

		var asked = awaitNotification(reviewer, draft.path());
		assertThat(asked.kind()).isEqualTo("knowledge.reviewRequested");
		assertThat(asked.args()).containsExactly(owner.name(), title);
		var mail = await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(reviewer), m -> !m.isEmpty());
		assertThat(mail).allSatisfy(text -> assertThat(text).contains(title).doesNotContain("Secret draft words"));
		for (var other : List.of(owner, contributor, manager)) {
			assertThat(about(other, draft.path())).as(other.name()).isEmpty();
		}
	}

	@Test
	void withNoReviewerNamedTheCommunityManagersAreAskedButNotTheOneWhoSentIt() throws Exception {
		var manager = fixtures.manager("Miri Manager " + unique());
		var submittingManager = fixtures.manager("Sivan Submitter " + unique());
		var draft = draft("For the managers " + unique(), "Text", submittingManager);

		submit(draft, submittingManager, null);

		assertThat(awaitNotification(manager, draft.path()).args()).containsExactly(submittingManager.name(),
				draft.title());
		assertThat(about(submittingManager, draft.path())).isEmpty();
		assertThat(about(owner, draft.path())).isEmpty();
	}

	@Test
	void nobodyWhoMayNotReadTheDraftIsAsked() throws Exception {
		var outsider = fixtures.leader("Ohad Outsider " + unique());
		var reviewer = fixtures.leader("Tal Reviewer " + unique());
		var draft = draft("Not for outsiders " + unique(), "Text");

		// an event naming someone the draft is not shared with, as a late delivery after the reviewer changed would
		transactions.executeWithoutResult(status -> events
			.publishEvent(new ArticleSubmittedForReview(draft.id(), owner.id(), outsider.id(), Instant.now())));
		submit(draft, owner, reviewer.email());

		awaitNotification(reviewer, draft.path());
		await().atMost(Duration.ofSeconds(10)).until(() -> delivered(draft) == 2);
		assertThat(about(outsider, draft.path())).isEmpty();
		assertThat(mailsTo(outsider)).isEmpty();
	}

	private record Draft(long id, String title, String path) {
	}

	private Draft draft(String title, String body, TestPerson... contributors) throws Exception {
		var names = String.join("\", \"", java.util.Arrays.stream(contributors).map(TestPerson::email).toList());
		String json = mvc
			.perform(post("/api/v1/articles").with(owner.signedIn()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"type": "HOW_TO", "title": "%s", "body": "%s", "contributors": [%s]}"""
					.formatted(title, body, contributors.length == 0 ? "" : "\"" + names + "\"")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return new Draft(((Number) JsonPath.read(json, "$.id")).longValue(), title, JsonPath.read(json, "$.path"));
	}

	private void submit(Draft draft, TestPerson by, String reviewer) throws Exception {
		mvc.perform(post("/api/v1/articles/" + draft.id() + "/submit").with(by.signedIn()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(reviewer == null ? "{}" : "{\"reviewer\": \"" + reviewer + "\"}"))
			.andExpect(status().isOk());
	}

	private Notification awaitNotification(TestPerson person, String link) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> about(person, link).stream().findFirst(), Optional::isPresent)
			.orElseThrow();
	}

	private List<Notification> about(TestPerson person, String link) {
		return notifications.page(person.id(), 0).items().stream().filter(n -> n.link().equals(link)).toList();
	}

	/** The review requests of the draft that the listener has finished with. */
	private long delivered(Draft draft) {
		return jdbc.sql("""
				select count(*) from event_publication where event_type like '%ArticleSubmittedForReview'
				and serialized_event like :article and completion_date is not null""")
			.param("article", "%\"articleId\":" + draft.id() + ",%")
			.query(Long.class)
			.single();
	}

	private List<String> mailsTo(TestPerson person) {
		return jdbc.sql("select subject || ' ' || body_text || ' ' || body_html from platform_mail where recipient = :to")
			.param("to", person.email())
			.query(String.class)
			.list();
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}
}
