package org.agora.recognition;

import java.time.Instant;

import org.agora.calendar.EventAttended;
import org.agora.calendar.EventHosted;
import org.agora.discussions.AnswerAccepted;
import org.agora.discussions.AnswerPosted;
import org.agora.discussions.PostHidden;
import org.agora.discussions.PostRestored;
import org.agora.initiatives.InitiativeCompleted;
import org.agora.initiatives.InitiativeLaunched;
import org.agora.knowledge.ArticleArchived;
import org.agora.knowledge.ArticlePublished;
import org.agora.knowledge.ArticleRatedHelpful;
import org.agora.knowledgemap.RetentionActionCompleted;
import org.agora.learning.CourseCompleted;
import org.agora.learning.LessonCompleted;
import org.agora.people.People;
import org.agora.platform.OrganizationClock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Points for what people do in the other modules, each event keyed by what earned it so that a second delivery awards
 * nothing, then the badge its rule counts. Nobody earns by acting on their own content, and guests earn nothing: the
 * recognition is the organization's. Removing content (a hidden answer, an archived article) takes its points back;
 * restoring it gives them back.
 */
@Component
class PointsListeners {

	private final Ledger ledger;

	private final HeldAwards held;

	private final BadgeRules badges;

	private final People people;

	private final OrganizationClock clock;

	PointsListeners(Ledger ledger, HeldAwards held, BadgeRules badges, People people, OrganizationClock clock) {
		this.ledger = ledger;
		this.held = held;
		this.badges = badges;
		this.people = people;
		this.clock = clock;
	}

	/** Not for answering your own question. */
	@ApplicationModuleListener
	void on(AnswerPosted event) {
		if (event.authorId() == event.questionAuthorId()) {
			return;
		}
		if (award(event.authorId(), PointRule.ANSWER_POSTED, "answer-posted:" + event.postId(), Subjects.ANSWER,
				event.postId(), event.privateSpace(), event.postedAt())) {
			badges.answerPosted(event.authorId(), event.postedAt());
		}
	}

	/**
	 * To the answer's author, not when they accepted it themselves or answered their own question. The answer accepted
	 * before loses its points. Each acceptance has its own key, so an answer accepted again after another took its
	 * place earns again; one whose points still hold (accepted, taken back without a new acceptance, accepted again)
	 * does not earn twice.
	 */
	@ApplicationModuleListener
	void on(AnswerAccepted event) {
		Instant at = event.acceptedAt();
		if (event.previousPostId() != null) {
			ledger.reverse(PointRule.ANSWER_ACCEPTED, Subjects.ANSWER, event.previousPostId(), at);
		}
		long author = event.answerAuthorId();
		if (event.acceptedBy() == author || event.questionAuthorId() == author
				|| held.any(PointRule.ANSWER_ACCEPTED, Subjects.ANSWER, event.postId())) {
			return;
		}
		if (award(author, PointRule.ANSWER_ACCEPTED, "answer-accepted:" + event.postId() + ":" + at.toEpochMilli(),
				Subjects.ANSWER, event.postId(), event.privateSpace(), at)) {
			badges.answerAccepted(author, at);
		}
	}

	/** A hidden answer takes back what it earned, posted and accepted. */
	@ApplicationModuleListener
	void on(PostHidden event) {
		ledger.reverse(null, Subjects.ANSWER, event.postId(), event.hiddenAt());
	}

	/**
	 * A restored answer earns its posting again. Not its acceptance: hiding an accepted answer took the acceptance
	 * away, and accepting it again earns it.
	 */
	@ApplicationModuleListener
	void on(PostRestored event) {
		ledger.restore(PointRule.ANSWER_POSTED, Subjects.ANSWER, event.postId(), event.restoredAt());
	}

	/**
	 * To the owner (who published it, for an article without one), once per article ever: published again from the
	 * archive, it gets back what archiving took.
	 */
	@ApplicationModuleListener
	void on(ArticlePublished event) {
		long person = event.ownerId() != null ? event.ownerId() : event.publishedBy();
		String key = "article-published:" + event.articleId();
		if (ledger.exists(key)) {
			ledger.restore(PointRule.ARTICLE_PUBLISHED, Subjects.ARTICLE, event.articleId(), clock.now());
			return;
		}
		award(person, PointRule.ARTICLE_PUBLISHED, key, Subjects.ARTICLE, event.articleId(), false,
				event.publishedAt());
	}

	@ApplicationModuleListener
	void on(ArticleArchived event) {
		ledger.reverse(PointRule.ARTICLE_PUBLISHED, Subjects.ARTICLE, event.articleId(), event.archivedAt());
	}

	/** To the owner, once per person who found it helpful; not for rating your own article. */
	@ApplicationModuleListener
	void on(ArticleRatedHelpful event) {
		if (event.ownerId() == null || event.ownerId() == event.raterId()) {
			return;
		}
		award(event.ownerId(), PointRule.ARTICLE_HELPFUL,
				"article-helpful:" + event.articleId() + ":" + event.raterId(), Subjects.ARTICLE, event.articleId(),
				false, event.ratedAt());
	}

	@ApplicationModuleListener
	void on(EventAttended event) {
		if (award(event.personId(), PointRule.EVENT_ATTENDED,
				"event-attended:" + event.eventId() + ":" + event.personId(), Subjects.EVENT, event.eventId(), false,
				event.attendedAt())) {
			badges.eventAttended(event.personId(), event.attendedAt());
		}
	}

	@ApplicationModuleListener
	void on(EventHosted event) {
		award(event.organizerId(), PointRule.EVENT_HOSTED,
				"event-hosted:" + event.eventId() + ":" + event.organizerId(), Subjects.EVENT, event.eventId(), false,
				event.endedAt());
	}

	@ApplicationModuleListener
	void on(LessonCompleted event) {
		award(event.personId(), PointRule.LESSON_COMPLETED,
				"lesson-completed:" + event.lessonId() + ":" + event.personId(), Subjects.LESSON, event.lessonId(),
				false, clock.now());
	}

	@ApplicationModuleListener
	void on(CourseCompleted event) {
		Instant now = clock.now();
		if (award(event.personId(), PointRule.COURSE_COMPLETED,
				"course-completed:" + event.courseId() + ":" + event.personId(), Subjects.COURSE, event.courseId(),
				false, now)) {
			badges.courseCompleted(event.personId(), now);
		}
	}

	@ApplicationModuleListener
	void on(InitiativeLaunched event) {
		if (award(event.leaderId(), PointRule.INITIATIVE_LAUNCHED, "initiative-launched:" + event.initiativeId(),
				Subjects.INITIATIVE, event.initiativeId(), false, event.launchedAt())) {
			badges.initiativeLaunched(event.leaderId(), event.launchedAt());
		}
	}

	@ApplicationModuleListener
	void on(InitiativeCompleted event) {
		award(event.leaderId(), PointRule.INITIATIVE_COMPLETED, "initiative-completed:" + event.initiativeId(),
				Subjects.INITIATIVE, event.initiativeId(), false, event.completedAt());
	}

	@ApplicationModuleListener
	void on(RetentionActionCompleted event) {
		if (award(event.ownerId(), PointRule.RETENTION_ACTION_COMPLETED,
				"retention-action-completed:" + event.actionId(), Subjects.RETENTION_ACTION, event.actionId(), false,
				event.completedAt())) {
			badges.retentionActionCompleted(event.ownerId(), event.completedAt());
		}
	}

	/**
	 * Records the award unless its key is there or the person is a guest; true when recorded now, capped or not, so
	 * that the badge it may complete is looked at once.
	 */
	private boolean award(long personId, PointRule rule, String key, String subjectKind, long subjectId,
			boolean privateSource, Instant at) {
		if (people.find(personId).filter(Badges::member).isEmpty()) {
			return false;
		}
		return ledger.award(new Ledger.Award(personId, rule, key, subjectKind, subjectId, privateSource, at)) >= 0;
	}
}
