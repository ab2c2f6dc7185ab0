package org.agora.knowledge;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.agora.platform.search.SearchableChanged;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves articles through draft → in review → published → archived and back, as {@link Transition} allows and
 * {@link KnowledgePolicy} permits. Each move is a conditional update on the status it starts from, so two people
 * moving the same article at once cannot both succeed.
 */
@Service
@Transactional
class ArticleWorkflow {

	/** The move does not start from the article's status now. */
	static final String ILLEGAL_MOVE = "knowledge.error.illegalMove";

	/**
	 * What a move may carry: a reviewer (submit), a comment (send back), a review-by date (publish, approve), and the
	 * version the person saw when they chose the move (the pages always send it), or null to move whatever is stored.
	 */
	record Move(String reviewer, String comment, String reviewBy, Integer version) {

		Move(String reviewer, String comment, String reviewBy) {
			this(reviewer, comment, reviewBy, null);
		}

		static Move none() {
			return new Move(null, null, null, null);
		}
	}

	private final Articles articles;

	private final KnowledgePolicy policy;

	private final PersonNames names;

	private final KnowledgeDates dates;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	ArticleWorkflow(Articles articles, KnowledgePolicy policy, PersonNames names, KnowledgeDates dates,
			JdbcClient jdbc, ApplicationEventPublisher events) {
		this.articles = articles;
		this.policy = policy;
		this.names = names;
		this.dates = dates;
		this.jdbc = jdbc;
		this.events = events;
	}

	void move(AgoraPrincipal viewer, long id, Transition transition, Move move) {
		var article = articles.visible(viewer, id);
		if (!policy.allowed(viewer, article, transition)) {
			throw new AccessDeniedException("Not yours to " + transition.slug());
		}
		if (article.status() != transition.from) {
			throw illegal(article, transition);
		}
		if (move.version() != null && move.version() != article.version()) {
			throw staleVersion(article.version());
		}
		Instant now = dates.now();
		switch (transition) {
			case SUBMIT -> submit(viewer, article, move, now);
			case SEND_BACK -> sendBack(article, move, now);
			case APPROVE, PUBLISH -> publish(viewer, article, transition, move, now);
			case ARCHIVE -> {
				change(article, transition, move, now);
				events.publishEvent(new ArticleArchived(article.id(), article.ownerId(), viewer.personId(), now));
			}
			case UNARCHIVE -> {
				change(article, transition, move, now);
				announce(viewer, article, now);
			}
		}
		events.publishEvent(SearchableChanged.of(KnowledgeSearchSource.TYPE, id));
	}

	private void submit(AgoraPrincipal viewer, Article article, Move move, Instant now) {
		Long reviewer = null;
		var named = names.resolve("reviewer", move.reviewer());
		if (named.size() > 1) {
			throw new InvalidInputException("reviewer", "knowledge.error.oneReviewer", "Name one reviewer.");
		}
		if (!named.isEmpty()) {
			reviewer = named.get(0).id();
			if (article.ownedBy(reviewer)) {
				throw new InvalidInputException("reviewer", "knowledge.error.reviewerOwner",
						"A peer reviews the article, not its owner.");
			}
		}
		var params = new HashMap<String, Object>();
		params.put("reviewer", reviewer);
		update(article, Transition.SUBMIT, move, now, "reviewer_id = :reviewer, review_comment = null", params);
		events.publishEvent(new ArticleSubmittedForReview(article.id(), viewer.personId(), reviewer, now));
	}

	private void sendBack(Article article, Move move, Instant now) {
		String comment = ArticleRules.comment(move.comment());
		if (comment == null) {
			throw new InvalidInputException("comment", "knowledge.error.commentRequired",
					"Say what the writers should change.");
		}
		update(article, Transition.SEND_BACK, move, now, "review_comment = :comment", Map.of("comment", comment));
	}

	private void publish(AgoraPrincipal viewer, Article article, Transition transition, Move move, Instant now) {
		LocalDate typed = article.isTemplate() ? null : ArticleRules.reviewBy(move.reviewBy(), dates.today());
		LocalDate reviewBy = article.isTemplate() ? null
				: typed != null ? typed
						: article.reviewBy() != null && !article.reviewBy().isBefore(dates.today()) ? article.reviewBy()
								: dates.defaultReviewBy();
		var params = new HashMap<String, Object>();
		params.put("reviewBy", reviewBy == null ? null : Date.valueOf(reviewBy));
		update(article, transition, move, now, """
				published_at = coalesce(published_at, :now), review_comment = null, review_by = :reviewBy""", params);
		announce(viewer, article, now);
	}

	private void change(Article article, Transition transition, Move move, Instant now) {
		update(article, transition, move, now, "review_comment = review_comment", Map.of());
	}

	/**
	 * Moves the article if it still has the status the move starts from and, when the person named one, the version
	 * they saw: a draft saved again meanwhile is not published, or sent to review, unread.
	 */
	private void update(Article article, Transition transition, Move move, Instant now, String set,
			Map<String, Object> values) {
		int changed = jdbc.sql("update knowledge_article set status = :to, updated_at = :now, " + set
				+ " where id = :id and status = :from and version = :version")
			.param("to", transition.to.name())
			.param("now", Timestamp.from(now))
			.param("id", article.id())
			.param("from", transition.from.name())
			.param("version", move.version() != null ? move.version() : article.version())
			.params(values)
			.update();
		if (changed == 0) {
			var stored = articles.find(article.id()).orElse(article);
			throw stored.status() == transition.from ? staleVersion(stored.version()) : illegal(stored, transition);
		}
	}

	private void announce(AgoraPrincipal viewer, Article article, Instant now) {
		var published = articles.find(article.id()).orElseThrow();
		events.publishEvent(new ArticlePublished(published.id(), published.type(), published.ownerId(),
				published.contributorIds(), viewer.personId(), published.title(), published.tags(), published.path(),
				published.publishedAt() == null ? now : published.publishedAt()));
	}

	private static InvalidInputException staleVersion(int current) {
		return ArticleEditor.VersionConflict.sinceOpened(current);
	}

	private static InvalidInputException illegal(Article article, Transition transition) {
		return new InvalidInputException("status", ILLEGAL_MOVE,
				"The article is " + article.status() + ": it cannot " + transition.slug() + " now.");
	}
}
