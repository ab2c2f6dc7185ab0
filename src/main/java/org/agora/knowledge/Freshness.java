package org.agora.knowledge;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.Period;

import org.agora.platform.search.SearchableChanged;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps published articles fresh: reminds owners as an article's review-by date nears (once per date: a reminder
 * marks the row with the date it was for, so a new date starts a new period), and lets the owner or a manager
 * confirm it is still accurate, which moves the date forward.
 */
@Service
@Transactional
class Freshness {

	/** How long before its review-by date the owner is reminded. */
	static final Period REMIND_AHEAD = Period.ofDays(14);

	static final int BATCH = 200;

	private record Due(long id, long ownerId, String title, LocalDate reviewBy) {
	}

	private final JdbcClient jdbc;

	private final Articles articles;

	private final KnowledgePolicy policy;

	private final KnowledgeDates dates;

	private final ApplicationEventPublisher events;

	Freshness(JdbcClient jdbc, Articles articles, KnowledgePolicy policy, KnowledgeDates dates,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.articles = articles;
		this.policy = policy;
		this.dates = dates;
		this.events = events;
	}

	/** Reminds owners of one batch of articles due for review; returns how many were reminded. */
	int remindBatch(LocalDate today) {
		var due = jdbc.sql("""
				select id, owner_id, title, review_by from knowledge_article
				where status = 'PUBLISHED' and type <> 'TEMPLATE' and owner_id is not null and review_by <= :until
				  and (review_reminded_for is null or review_reminded_for <> review_by)
				order by review_by, id limit :batch""")
			.param("until", Date.valueOf(today.plus(REMIND_AHEAD)))
			.param("batch", BATCH)
			.query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2), rs.getString(3), Articles.date(rs, "review_by")))
			.list();
		int sent = 0;
		for (var d : due) {
			int claimed = jdbc.sql("""
					update knowledge_article set review_reminded_for = review_by where id = :id and status = 'PUBLISHED'
					and review_by = :reviewBy and (review_reminded_for is null or review_reminded_for <> review_by)""")
				.param("id", d.id())
				.param("reviewBy", Date.valueOf(d.reviewBy()))
				.update();
			if (claimed == 1) {
				events.publishEvent(new ArticleReviewDue(d.id(), d.ownerId(), d.title(), ArticlePaths.of(d.id(), d.title()),
						d.reviewBy()));
				sent++;
			}
		}
		return sent;
	}

	/**
	 * The article is still accurate: its review-by date moves to the typed date, or a review period from today; a
	 * date in the past is refused with a field error.
	 */
	LocalDate confirm(AgoraPrincipal viewer, long id, String typedDate) {
		var article = articles.visible(viewer, id);
		if (!policy.mayConfirmReview(viewer, article)) {
			if (article.status() != ArticleStatus.PUBLISHED || article.isTemplate()) {
				throw new InvalidInputException("status", ArticleWorkflow.ILLEGAL_MOVE,
						"Only a published article has a review-by date.");
			}
			throw new AccessDeniedException("The owner or a community manager confirms an article");
		}
		LocalDate typed = ArticleRules.reviewBy(typedDate, dates.today());
		LocalDate reviewBy = typed != null ? typed : dates.defaultReviewBy();
		var now = dates.now();
		int changed = jdbc.sql("""
				update knowledge_article set review_by = :reviewBy, updated_at = :now
				where id = :id and status = 'PUBLISHED'""")
			.param("reviewBy", Date.valueOf(reviewBy))
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
		if (changed == 0) {
			// archived meanwhile: an archived article has no review to confirm
			throw new InvalidInputException("status", ArticleWorkflow.ILLEGAL_MOVE,
					"Only a published article has a review-by date.");
		}
		events.publishEvent(new ArticleReviewed(id, article.ownerId(), viewer.personId(), reviewBy, now));
		events.publishEvent(SearchableChanged.of(KnowledgeSearchSource.TYPE, id));
		return reviewBy;
	}
}
