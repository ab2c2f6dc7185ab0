package org.agora.recognition;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.agora.calendar.EventAttended;
import org.agora.calendar.EventHosted;
import org.agora.calendar.EventType;
import org.agora.discussions.PostHidden;
import org.agora.discussions.PostRestored;
import org.agora.discussions.SpaceFixtures.TestPerson;
import org.agora.initiatives.InitiativeCompleted;
import org.agora.initiatives.InitiativeLaunched;
import org.agora.knowledge.ArticleArchived;
import org.agora.knowledge.ArticlePublished;
import org.agora.knowledge.ArticleRatedHelpful;
import org.agora.knowledge.ArticleType;
import org.agora.knowledgemap.RetentionActionCompleted;
import org.agora.learning.CourseCompleted;
import org.agora.learning.LessonCompleted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.agora.recognition.RecognitionTestData.accepted;
import static org.agora.recognition.RecognitionTestData.answer;
import static org.agora.recognition.RecognitionTestData.id;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Points from the other modules' events: each rule's points to the right person, nothing for acting on your own
 * content, once per event however often it is delivered, taken back when the content goes and given back when it
 * returns. The listeners are called directly, as a delivery would, twice where a second delivery matters.
 */
@SpringBootTest
class PointsListenersIntegrationTests {

	@Autowired
	PointsListeners proxied;

	@Autowired
	Ledger ledger;

	@Autowired
	JdbcClient jdbc;

	PointsListeners listeners;

	RecognitionTestData data;

	TestPerson author;

	TestPerson asker;

	final Instant noon = Instant.parse("2026-06-10T09:00:00Z");

	@BeforeEach
	void setUp() {
		listeners = RecognitionTestData.direct(proxied);
		data = new RecognitionTestData(jdbc);
		author = data.employee("Points author");
		asker = data.employee("Points asker");
	}

	@Test
	void anAnswerEarnsItsAuthorFiveOnceEvenDeliveredTwiceAndKeepsItsSpacePrivate() {
		long post = id();
		var event = answer(post, author, asker, true, noon);
		listeners.on(event);
		listeners.on(event);
		assertThat(ledger.total(author.id())).isEqualTo(5);
		assertThat(ledger.entriesOf(author.id(), 10)).singleElement().satisfies(entry -> {
			assertThat(entry.rule()).isEqualTo(PointRule.ANSWER_POSTED);
			assertThat(entry.subjectKind()).isEqualTo(Subjects.ANSWER);
			assertThat(entry.subjectId()).isEqualTo(post);
			assertThat(entry.privateSource()).isTrue();
		});
	}

	@Test
	void answeringYourOwnQuestionEarnsNothing() {
		listeners.on(answer(id(), author, author, false, noon));
		assertThat(data.entries(author)).isZero();
	}

	@Test
	void anAcceptedAnswerEarnsItsAuthorFifteenOnceButNotWhenTheyAcceptedItThemselves() {
		long post = id();
		var event = accepted(post, author, asker, null, noon);
		listeners.on(event);
		listeners.on(event);
		assertThat(data.points(author, PointRule.ANSWER_ACCEPTED)).isEqualTo(15);
		assertThat(ledger.total(asker.id())).isZero();

		var moderator = data.employee("Points moderator");
		long own = id();
		// the author accepted their own answer: as a moderator, or as the asker of the question
		listeners.on(new org.agora.discussions.AnswerAccepted(own, id(), id(), false, moderator.id(), asker.id(), null,
				moderator.id(), noon));
		listeners.on(accepted(id(), asker, asker, null, noon));
		assertThat(data.entries(moderator)).isZero();
		assertThat(data.entries(asker)).isZero();
	}

	@Test
	void acceptingAnotherAnswerTakesThePreviousOnesPointsAndAcceptingItAgainGivesThemBack() {
		var other = data.employee("Points other author");
		long first = id();
		long second = id();
		var firstAcceptance = accepted(first, author, asker, null, noon);
		listeners.on(firstAcceptance);
		listeners.on(accepted(second, other, asker, first, noon.plusSeconds(60)));
		assertThat(data.points(author, PointRule.ANSWER_ACCEPTED)).isZero();
		assertThat(data.points(other, PointRule.ANSWER_ACCEPTED)).isEqualTo(15);

		listeners.on(accepted(first, author, asker, second, noon.plusSeconds(120)));
		assertThat(data.points(author, PointRule.ANSWER_ACCEPTED)).isEqualTo(15);
		assertThat(data.points(other, PointRule.ANSWER_ACCEPTED)).isZero();
		// a late second delivery of the first acceptance changes nothing
		listeners.on(firstAcceptance);
		assertThat(data.points(author, PointRule.ANSWER_ACCEPTED)).isEqualTo(15);
	}

	@Test
	void anAnswerAcceptedAgainWhileItsPointsStillHoldDoesNotEarnTwice() {
		long post = id();
		listeners.on(accepted(post, author, asker, null, noon));
		// taken back without an event (the asker un-accepted it), then accepted again
		listeners.on(accepted(post, author, asker, null, noon.plusSeconds(600)));
		assertThat(data.points(author, PointRule.ANSWER_ACCEPTED)).isEqualTo(15);
	}

	@Test
	void hidingAnAnswerTakesBackAllItEarnedAndRestoringItGivesBackItsPosting() {
		long post = id();
		listeners.on(answer(post, author, asker, false, noon));
		listeners.on(accepted(post, author, asker, null, noon.plusSeconds(60)));
		assertThat(ledger.total(author.id())).isEqualTo(20);

		var hidden = new PostHidden(post, id(), id(), author.id(), false, asker.id(), "spam", noon.plusSeconds(120));
		listeners.on(hidden);
		listeners.on(hidden);
		assertThat(ledger.total(author.id())).isZero();

		var restored = new PostRestored(post, id(), id(), author.id(), false, asker.id(), noon.plusSeconds(180));
		listeners.on(restored);
		listeners.on(restored);
		assertThat(data.points(author, PointRule.ANSWER_POSTED)).isEqualTo(5);
		// hiding took the acceptance away in discussions too: accepting it again earns it again
		assertThat(data.points(author, PointRule.ANSWER_ACCEPTED)).isZero();
		listeners.on(accepted(post, author, asker, null, noon.plusSeconds(240)));
		assertThat(ledger.total(author.id())).isEqualTo(20);
	}

	@Test
	void anArticleEarnsItsOwnerOnceArchivingTakesItBackAndRepublishingRestoresIt() {
		long article = id();
		var publisher = data.manager("Points publisher");
		var published = published(article, author.id(), publisher, noon);
		listeners.on(published);
		listeners.on(published);
		assertThat(ledger.total(author.id())).isEqualTo(20);
		assertThat(ledger.total(publisher.id())).isZero();

		var archived = new ArticleArchived(article, author.id(), publisher.id(), noon.plus(1, ChronoUnit.DAYS));
		listeners.on(archived);
		listeners.on(archived);
		assertThat(ledger.total(author.id())).isZero();

		// restored from the archive: the same event again, with the first publication's date
		listeners.on(published);
		listeners.on(published);
		assertThat(ledger.total(author.id())).isEqualTo(20);
		assertThat(ledger.entriesOf(author.id(), 10)).filteredOn(e -> e.reverses() == null).hasSize(1);
	}

	@Test
	void anArticleWithoutAnOwnerEarnsWhoPublishedIt() {
		listeners.on(published(id(), null, author, noon));
		assertThat(data.points(author, PointRule.ARTICLE_PUBLISHED)).isEqualTo(20);
	}

	@Test
	void aHelpfulRatingEarnsTheOwnerTwoOncePerRaterAndNeverForTheirOwn() {
		long article = id();
		var rater = data.employee("Points rater");
		var rating = new ArticleRatedHelpful(article, rater.id(), author.id(), noon);
		listeners.on(rating);
		// changed to "no" and back to "yes": the same rater again
		listeners.on(new ArticleRatedHelpful(article, rater.id(), author.id(), noon.plusSeconds(60)));
		listeners.on(new ArticleRatedHelpful(article, data.employee("Second rater").id(), author.id(), noon));
		listeners.on(new ArticleRatedHelpful(article, author.id(), author.id(), noon));
		listeners.on(new ArticleRatedHelpful(id(), rater.id(), null, noon));
		assertThat(data.points(author, PointRule.ARTICLE_HELPFUL)).isEqualTo(4);
		assertThat(data.entries(rater)).isZero();
	}

	@Test
	void eventsCoursesInitiativesAndRetentionEarnTheirRulesOnceEach() {
		long event = id();
		long initiative = id();
		var deliveries = List.<Runnable>of(
				() -> listeners.on(new EventAttended(event, author.id(), EventType.WORKSHOP, noon, asker.id())),
				() -> listeners.on(new EventHosted(event, author.id(), EventType.WORKSHOP, noon, 12)),
				() -> listeners.on(new LessonCompleted(author.id(), event, 1)),
				() -> listeners.on(new CourseCompleted(author.id(), event, 1, "CERT")),
				() -> listeners.on(new InitiativeLaunched(initiative, 1, author.id(), asker.id(), "Launch", "/i",
						noon)),
				() -> listeners.on(new InitiativeCompleted(initiative, 1, author.id(), asker.id(), "Done", "/i",
						noon)),
				() -> listeners.on(new RetentionActionCompleted(event, id(), id(), author.id(), asker.id(), noon)));
		deliveries.forEach(Runnable::run);
		deliveries.forEach(Runnable::run);
		assertThat(data.points(author, PointRule.EVENT_ATTENDED)).isEqualTo(5);
		assertThat(data.points(author, PointRule.EVENT_HOSTED)).isEqualTo(25);
		assertThat(data.points(author, PointRule.LESSON_COMPLETED)).isEqualTo(2);
		assertThat(data.points(author, PointRule.COURSE_COMPLETED)).isEqualTo(50);
		assertThat(data.points(author, PointRule.INITIATIVE_LAUNCHED)).isEqualTo(30);
		assertThat(data.points(author, PointRule.INITIATIVE_COMPLETED)).isEqualTo(50);
		assertThat(data.points(author, PointRule.RETENTION_ACTION_COMPLETED)).isEqualTo(20);
		assertThat(ledger.total(author.id())).isEqualTo(182);
		assertThat(ledger.total(asker.id())).isZero();
	}

	@Test
	void guestsEarnNothing() {
		var guest = data.fixtures.guest("Points guest " + RecognitionTestData.unique());
		listeners.on(new EventAttended(id(), guest.id(), EventType.JOINT_EVENT, noon, asker.id()));
		assertThat(ledger.total(guest.id())).isZero();
		assertThat(jdbc.sql("select count(*) from recognition_entry where person_id = :p").param("p", guest.id())
			.query(Integer.class).single()).isZero();
	}

	private static ArticlePublished published(long article, Long ownerId, TestPerson publisher, Instant at) {
		return new ArticlePublished(article, ArticleType.INSIGHT, ownerId, List.of(), publisher.id(), "An insight",
				List.of(), "/knowledge/a/" + article + "-an-insight", at);
	}
}
