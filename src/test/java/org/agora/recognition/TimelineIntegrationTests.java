package org.agora.recognition;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.agora.discussions.AnswerAccepted;
import org.agora.discussions.PostHidden;
import org.agora.discussions.PostRestored;
import org.agora.discussions.SpaceFixtures;
import org.agora.discussions.SpaceFixtures.TestPerson;
import org.agora.initiatives.InitiativeCompleted;
import org.agora.learning.CourseCompleted;
import org.agora.people.LeaderAppointed;
import org.agora.platform.OrganizationClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The timeline: what the other modules' events put on it, once however often they arrive; the milestones at their
 * boundaries; reactions and their counts; and its pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TimelineIntegrationTests {

	/** Question ids of the accepted answers these tests make up, far from any real question's. */
	static final AtomicLong QUESTIONS = new AtomicLong(7_000_000_000L + (System.nanoTime() % 1_000_000) * 1000);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Celebrations celebrations;

	@Autowired
	Achievements achievements;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	OrganizationClock clock;

	SpaceFixtures fixtures;

	TestPerson leader;

	TestPerson viewer;

	@BeforeEach
	void people() {
		fixtures = new SpaceFixtures(jdbc);
		leader = fixtures.leader("Lea Leader " + unique());
		viewer = fixtures.employee("Vered Viewer " + unique());
	}

	@Test
	void aGraduationDeliveredTwiceIsCelebratedOnceInBothLanguages() throws Exception {
		long unit = unit("Graduates " + unique());
		jdbc.sql("update people_person set unit_id = :u where id = :p").param("u", unit).param("p", leader.id()).update();
		var event = new CourseCompleted(leader.id(), 777_001, 3, "CERT-" + unique());
		celebrations.graduated(event);
		celebrations.graduated(event);

		assertThat(count("graduation-" + leader.id() + "-777001")).isOne();
		assertThat(jdbc.sql("select unit_id from recognition_achievement where achievement_key = :k")
			.param("k", "graduation-" + leader.id() + "-777001").query(Long.class).single()).isEqualTo(unit);
		mvc.perform(get("/api/v1/achievements").param("size", "100").with(viewer.signedIn()))
			.andExpect(jsonPath("$.items[?(@.person.id == %d)].text".formatted(leader.id()))
				.value(hasItem(leader.name() + " graduated from the knowledge leaders' course.")))
			.andExpect(jsonPath("$.items[?(@.person.id == %d)].path".formatted(leader.id()))
				.value(hasItem("/learning/courses/777001")));
		mvc.perform(get("/recognition").param("lang", "he").with(viewer.signedIn()))
			.andExpect(content().string(containsString(leader.name() + " סיים/ה את הכשרת מובילי הידע.")));
	}

	@Test
	void anInitiativeCompletedTwiceIsCelebratedOnceWithItsTitleLinkAndUnit() throws Exception {
		long unit = unit("Night shift " + unique());
		String title = "After-action reviews " + unique();
		var event = new InitiativeCompleted(888_002, unit, leader.id(), leader.id(), title, "/initiatives/888002",
				Instant.now());
		celebrations.initiativeCompleted(event);
		celebrations.initiativeCompleted(event);

		assertThat(count("initiative-completed-888002")).isOne();
		String unitName = jdbc.sql("select name from people_unit where id = :u").param("u", unit)
			.query(String.class).single();
		mvc.perform(get("/recognition").with(viewer.signedIn()))
			.andExpect(content().string(containsString(
					leader.name() + " completed the initiative \"" + title + "\" in " + unitName + ".")))
			.andExpect(content().string(containsString("href=\"/initiatives/888002\"")));
	}

	@Test
	void aBadgeAndAMilestoneAreToldInEachLanguage() throws Exception {
		String slug = "night-owl-" + unique();
		jdbc.sql("""
				insert into recognition_badge (slug, automatic, name_en, name_he, description_en, description_he, created_at)
				values (:slug, true, 'Night owl', 'ינשוף לילה', 'Answers at night', 'עונה בלילות', :now)""")
			.param("slug", slug).param("now", Timestamp.from(Instant.now())).update();
		long badgeId = jdbc.sql("select id from recognition_badge where slug = :slug").param("slug", slug)
			.query(Long.class).single();
		achievements.record(new Achievements.Item(AchievementKind.BADGE, "badge-" + badgeId + "-" + leader.id(),
				leader.id(), null, null, badgeId, slug, "/recognition/badges/" + slug, Instant.now()));
		String milestone = "test-accepted-" + unique();
		achievements.record(new Achievements.Item(AchievementKind.MILESTONE, milestone, null, null, null, 250L,
				Timeline.ACCEPTED_ANSWERS, null, Instant.now()));
		long badgeItem = id("badge-" + badgeId + "-" + leader.id());
		long milestoneItem = id(milestone);

		mvc.perform(get("/api/v1/achievements").param("size", "100").with(viewer.signedIn()))
			.andExpect(jsonPath("$.items[?(@.id == %d)].text".formatted(badgeItem))
				.value(hasItem(leader.name() + " earned the badge Night owl.")))
			.andExpect(jsonPath("$.items[?(@.id == %d)].path".formatted(badgeItem))
				.value(hasItem("/recognition/badges/" + slug)))
			.andExpect(jsonPath("$.items[?(@.id == %d)].text".formatted(milestoneItem))
				.value(hasItem("The community has reached 250 accepted answers.")));
		mvc.perform(get("/api/v1/achievements").param("size", "100").param("lang", "he").with(viewer.signedIn()))
			.andExpect(jsonPath("$.items[?(@.id == %d)].text".formatted(badgeItem))
				.value(hasItem(leader.name() + " זכה/תה בתג ינשוף לילה.")))
			.andExpect(jsonPath("$.items[?(@.id == %d)].text".formatted(milestoneItem))
				.value(hasItem("הקהילה הגיעה ל-250 תשובות מקובלות.")));
	}

	@Test
	void theListenersHearTheEventsAfterTheirTransaction() {
		transactions.executeWithoutResult(tx -> events.publishEvent(new CourseCompleted(leader.id(), 777_003, 4,
				"CERT-" + unique())));
		await().atMost(Duration.ofSeconds(30)).until(() -> count("graduation-" + leader.id() + "-777003") == 1);
	}

	@Test
	void theHundredthAcceptedAnswerIsCelebratedOnceAtItsBoundary() {
		// the next milestone at least two answers away, 100 on a fresh database
		int next = nextMilestone(celebrations.acceptedAnswers() + 1);
		String key = "milestone-accepted-" + next;
		assertThat(count(key)).isZero();
		var author = fixtures.employee("Avi Answerer " + unique());
		while (celebrations.acceptedAnswers() < next - 2) {
			celebrations.answerAccepted(accept(author, false));
		}
		var last = accept(author, false);
		celebrations.answerAccepted(last);
		assertThat(celebrations.acceptedAnswers()).isEqualTo(next - 1);
		assertThat(count(key)).as("one short of " + next).isZero();

		// a repeated delivery and an answer in a private space do not count
		celebrations.answerAccepted(last);
		celebrations.answerAccepted(accept(author, true));
		assertThat(celebrations.acceptedAnswers()).isEqualTo(next - 1);
		assertThat(count(key)).isZero();

		// nor does a hidden answer
		celebrations.postHidden(new PostHidden(last.postId(), last.threadId(), last.spaceId(), author.id(), false, 1,
				"spam", Instant.now()));
		celebrations.answerAccepted(accept(author, false));
		assertThat(celebrations.acceptedAnswers()).isEqualTo(next - 1);
		assertThat(count(key)).isZero();

		// restored, it counts again: the milestone is reached
		celebrations.postRestored(new PostRestored(last.postId(), last.threadId(), last.spaceId(), author.id(), false,
				1, Instant.now()));
		assertThat(celebrations.acceptedAnswers()).isEqualTo(next);
		assertThat(count(key)).isOne();

		// dropping under it, its question hidden, and passing it again celebrates nothing new
		celebrations.postHidden(new PostHidden(last.postId() + 1, last.threadId(), last.spaceId(), author.id(), true,
				1, "off topic", Instant.now()));
		assertThat(celebrations.acceptedAnswers()).isEqualTo(next - 1);
		celebrations.answerAccepted(accept(author, false));
		assertThat(celebrations.acceptedAnswers()).isEqualTo(next);
		assertThat(count(key)).isOne();
	}

	@Test
	void aNewerAcceptanceReplacesTheOlderOneOfTheSameQuestionInAnyOrder() {
		var author = fixtures.employee("Ayelet Answerer " + unique());
		int before = celebrations.acceptedAnswers();
		long question = QUESTIONS.incrementAndGet();
		var first = new AnswerAccepted(question * 10, question, 1, false, author.id(), 2, null, 2,
				Instant.parse("2026-03-01T10:00:00Z"));
		var second = new AnswerAccepted(question * 10 + 1, question, 1, false, author.id(), 2, question * 10, 2,
				Instant.parse("2026-03-02T10:00:00Z"));
		celebrations.answerAccepted(second);
		celebrations.answerAccepted(first);
		assertThat(celebrations.acceptedAnswers()).isEqualTo(before + 1);
		assertThat(jdbc.sql("select post_id from recognition_accepted_answer where thread_id = :t").param("t", question)
			.query(Long.class).single()).isEqualTo(second.postId());
	}

	@Test
	void milestonesAreTheHundredthTwoHundredFiftiethFiveHundredthThousandthAndEveryThousandOn() {
		assertThat(Celebrations.milestone(99)).isZero();
		assertThat(Celebrations.milestone(100)).isEqualTo(100);
		assertThat(Celebrations.milestone(249)).isEqualTo(100);
		assertThat(Celebrations.milestone(250)).isEqualTo(250);
		assertThat(Celebrations.milestone(999)).isEqualTo(500);
		assertThat(Celebrations.milestone(1000)).isEqualTo(1000);
		assertThat(Celebrations.milestone(1999)).isEqualTo(1000);
		assertThat(Celebrations.milestone(2000)).isEqualTo(2000);
	}

	@Test
	void noMilestoneWhileAUnitHasNoActiveLeader() {
		unit("Leaderless " + unique());
		String key = "milestone-every-unit-" + clock.today().getYear();
		int before = count(key);
		celebrations.leaderAppointed(new LeaderAppointed(leader.id(), 1, 2, null, LocalDate.now(), "2026"));
		assertThat(celebrations.everyUnitLed()).isFalse();
		assertThat(count(key)).isEqualTo(before);
	}

	@Test
	@Transactional
	void everyUnitWithAnActiveLeaderIsCelebratedOnceAYear() throws Exception {
		String key = "milestone-every-unit-" + clock.today().getYear();
		// undone with the rest of this test
		achievements.remove(key);
		var units = jdbc.sql("""
				select u.id from people_unit u where not exists (select 1 from people_person p
				  where p.unit_id = u.id and p.active and p.leader_status = 'ACTIVE')""").query(Long.class).list();
		for (long unit : units) {
			var appointed = fixtures.leader("Unit leader " + unique());
			jdbc.sql("update people_person set unit_id = :u, leader_status = 'ACTIVE' where id = :p")
				.param("u", unit).param("p", appointed.id()).update();
		}
		var event = new LeaderAppointed(leader.id(), 1, 2, null, LocalDate.now(), "2026");
		celebrations.leaderAppointed(event);
		celebrations.leaderAppointed(event);
		assertThat(count(key)).isOne();
		assertThat(jdbc.sql("select path from recognition_achievement where achievement_key = :k").param("k", key)
			.query(String.class).single()).isEqualTo("/leaders");
	}

	@Test
	void peopleReactAndTakeTheirReactionBackAndTheCountsFollow() throws Exception {
		long id = item("Reacted " + unique());
		var other = fixtures.employee("Oren Other " + unique());

		mvc.perform(post("/api/v1/achievements/" + id + "/reactions/CLAP").with(viewer.signedIn()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].kind").value("CLAP"))
			.andExpect(jsonPath("$[0].count").value(1))
			.andExpect(jsonPath("$[0].reacted").value(true));
		// again is the same as once
		mvc.perform(post("/api/v1/achievements/" + id + "/reactions/clap").with(viewer.signedIn()).with(csrf()))
			.andExpect(jsonPath("$[0].count").value(1));
		// without script: a form, and back to the item
		mvc.perform(post("/recognition/achievements/" + id + "/reactions/CLAP").with(other.signedIn()).with(csrf()))
			.andExpect(redirectedUrl("/recognition#achievement-" + id));
		// with htmx: the item's reactions alone
		mvc.perform(post("/recognition/achievements/" + id + "/reactions/HEART").with(other.signedIn()).with(csrf())
			.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reactions-" + id + "\"")))
			.andExpect(content().string(containsString("/reactions/HEART/remove")))
			.andExpect(content().string(not(containsString("<html"))));

		mvc.perform(get("/api/v1/achievements").param("size", "100").with(viewer.signedIn()))
			.andExpect(jsonPath("$.items[?(@.id == %d)].reactions[0].count".formatted(id)).value(hasItem(2)))
			.andExpect(jsonPath("$.items[?(@.id == %d)].reactions[0].reacted".formatted(id)).value(hasItem(true)))
			.andExpect(jsonPath("$.items[?(@.id == %d)].reactions[1].count".formatted(id)).value(hasItem(1)))
			.andExpect(jsonPath("$.items[?(@.id == %d)].reactions[1].reacted".formatted(id)).value(hasItem(false)));

		mvc.perform(delete("/api/v1/achievements/" + id + "/reactions/CLAP").with(viewer.signedIn()).with(csrf()))
			.andExpect(jsonPath("$[0].count").value(1))
			.andExpect(jsonPath("$[0].reacted").value(false));
		mvc.perform(post("/recognition/achievements/" + id + "/reactions/HEART/remove").with(other.signedIn())
			.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select reaction from recognition_reaction where achievement_id = :id").param("id", id)
			.query(String.class).list()).containsExactly("CLAP");

		mvc.perform(post("/api/v1/achievements/" + id + "/reactions/SHRUG").with(viewer.signedIn()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		mvc.perform(post("/api/v1/achievements/987654321/reactions/CLAP").with(viewer.signedIn()).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theTimelineIsReadNewestFirstAPageAtATime() throws Exception {
		long older = item("Older " + unique());
		long newer = item("Newer " + unique());
		mvc.perform(get("/api/v1/achievements").param("before", String.valueOf(newer)).param("size", "1")
			.with(viewer.signedIn()))
			.andExpect(jsonPath("$.items[0].id").value(older))
			.andExpect(jsonPath("$.size").value(1));
		mvc.perform(get("/recognition").param("before", String.valueOf(newer)).with(viewer.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"achievement-" + older + "\"")))
			.andExpect(content().string(not(containsString("id=\"achievement-" + newer + "\""))));
		mvc.perform(get("/api/v1/achievements").param("size", "101").with(viewer.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		mvc.perform(get("/api/v1/achievements").param("before", "987654321").with(viewer.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("before"));
	}

	/** A milestone of the test's own, just now, whose id is returned. */
	private long item(String name) {
		String key = "test-" + name;
		achievements.record(new Achievements.Item(AchievementKind.MILESTONE, key, null, null, null, null, name, null,
				Instant.now()));
		return id(key);
	}

	private long id(String key) {
		return jdbc.sql("select id from recognition_achievement where achievement_key = :k").param("k", key)
			.query(Long.class).single();
	}

	private AnswerAccepted accept(TestPerson author, boolean privateSpace) {
		long question = QUESTIONS.incrementAndGet();
		return new AnswerAccepted(question * 10, question, 1, privateSpace, author.id(), 2, null, 2, Instant.now());
	}

	/** The first milestone above the count. */
	private static int nextMilestone(int count) {
		int next = count + 1;
		while (Celebrations.milestone(next) != next) {
			next++;
		}
		return next;
	}

	private int count(String key) {
		return jdbc.sql("select count(*) from recognition_achievement where achievement_key = :k").param("k", key)
			.query(Integer.class).single();
	}

	private long unit(String name) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("insert into people_unit (code, name, kind, created_at) values (:code, :name, 'TEAM', :now)")
			.param("code", "T" + unique())
			.param("name", name)
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}
}
