package org.agora.recognition;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.agora.calendar.EventAttended;
import org.agora.calendar.EventType;
import org.agora.discussions.AnswerAccepted;
import org.agora.discussions.AnswerPosted;
import org.agora.discussions.PostHidden;
import org.agora.discussions.SpaceKind;
import org.agora.discussions.ThreadKind;
import org.agora.discussions.SpaceFixtures.TestPerson;
import org.agora.initiatives.ProjectMemberJoined;
import org.agora.learning.CourseCompleted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import static org.agora.recognition.RecognitionTestData.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Recognition as the application runs it: the other modules' events, published in their transactions, reach the
 * listeners after commit, asynchronously, and turn into points and badges; an article published, archived and
 * restored through the knowledge module's own API earns, loses and gets back its points.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RecognitionEventsIntegrationTests {

	static final Duration WAIT = Duration.ofSeconds(60);

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Ledger ledger;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	RecognitionTestData data;

	TestPerson person;

	TestPerson asker;

	final Instant noon = Instant.parse("2026-03-10T10:00:00Z");

	@BeforeEach
	void setUp() {
		data = new RecognitionTestData(jdbc);
		person = data.employee("Events person");
		asker = data.employee("Events asker");
	}

	private void publish(Object... published) {
		transactions.executeWithoutResult(status -> {
			for (Object event : published) {
				events.publishEvent(event);
			}
		});
	}

	@Test
	void eventsOfTheOtherModulesBecomePointsAndBadgesOnceEach() {
		// a real answer, as the discussions module's own listeners look it up
		var space = data.fixtures.space(SpaceKind.TOPIC, "Recognition space " + RecognitionTestData.unique());
		var question = data.fixtures.thread(space, asker, ThreadKind.QUESTION, "How do we start?", Duration.ofHours(2));
		long post = data.fixtures.reply(question, person, "Start small.");
		var answered = new AnswerPosted(post, question.id(), space.id(), false, person.id(), asker.id(), true,
				List.of(), noon);
		var graduated = new CourseCompleted(person.id(), id(), id(), "CERT-" + RecognitionTestData.unique());
		publish(answered, graduated, new AnswerAccepted(post, question.id(), space.id(), false, person.id(),
				asker.id(), null, asker.id(), noon.plusSeconds(60)));
		// the same events delivered again
		publish(answered, graduated);

		await().atMost(WAIT).until(() -> data.badges(person).size() == 2);
		assertThat(data.badges(person)).containsExactly(BadgeRules.COURSE_GRADUATE, BadgeRules.FIRST_ANSWER);
		await().atMost(WAIT).until(() -> ledger.total(person.id()) == 5 + 50 + 15);
		// the two badges, and the graduation the timeline celebrates
		assertThat(data.timeline(person)).filteredOn(item -> item.startsWith("BADGE ")).hasSize(2);
		assertThat(data.timeline(person)).filteredOn(item -> item.startsWith("GRADUATION ")).hasSize(1);

		// a moderator hides the answer: what it earned goes
		publish(new PostHidden(post, question.id(), space.id(), person.id(), false, asker.id(), "off topic",
				noon.plusSeconds(120)));
		await().atMost(WAIT).until(() -> ledger.total(person.id()) == 50);
		assertThat(data.badges(person)).as("a badge earned stays").contains(BadgeRules.FIRST_ANSWER);
	}

	@Test
	void attendanceInFourQuartersAndFiveJointProjectsEarnTheirBadges() {
		for (int quarter = 0; quarter < 4; quarter++) {
			publish(new EventAttended(id(), person.id(), EventType.LECTURE, noon.plus(quarter * 91L, ChronoUnit.DAYS),
					asker.id()));
		}
		for (int project = 0; project < 5; project++) {
			publish(new ProjectMemberJoined(id(), person.id(), asker.id(), "Joint project " + project));
		}
		await().atMost(WAIT).until(() -> data.badges(person).size() == 2);
		assertThat(data.badges(person)).containsExactly(BadgeRules.MENTOR, BadgeRules.REGULAR);
		assertThat(ledger.total(person.id())).isEqualTo(4 * 5);
	}

	@Test
	void anArticlePublishedArchivedAndRestoredThroughKnowledgeEarnsLosesAndGetsBackItsPoints() throws Exception {
		var owner = data.fixtures.leader("Events article owner " + RecognitionTestData.unique());
		String created = mvc.perform(post("/api/v1/articles").with(owner.signedIn()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type": "INSIGHT", "title": "Points for an insight", "body": "What we learned."}"""))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long article = ((Number) JsonPath.read(created, "$.id")).longValue();

		move(owner, article, "publish").andExpect(status().isOk());
		await().atMost(WAIT).until(() -> ledger.total(owner.id()) == 20);
		move(owner, article, "archive").andExpect(status().isOk());
		await().atMost(WAIT).until(() -> ledger.total(owner.id()) == 0);
		move(owner, article, "unarchive").andExpect(status().isOk());
		await().atMost(WAIT).until(() -> ledger.total(owner.id()) == 20);
		assertThat(ledger.entriesOf(owner.id(), 10)).extracting(Ledger.Entry::points).containsExactly(20, -20, 20);
	}

	private ResultActions move(TestPerson who, long article, String move) throws Exception {
		return mvc.perform(post("/api/v1/articles/" + article + "/" + move).with(who.signedIn()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{}"));
	}
}
