package org.agora.knowledge;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Was this helpful?": one answer per person and published article, which they may change, never on an article they
 * own or contribute to. The counts and comments are for the article's owner, contributors and managers.
 */
@Service
@Transactional
class Ratings {

	/** A person's own answer. */
	record Mine(boolean helpful, String comment) {
	}

	/** A comment left with an answer, and who left it. */
	record Comment(boolean helpful, String comment, String name, Instant at) {
	}

	/** What the article's people see: the counts and the comments, newest first. */
	record Helpfulness(int helpful, int notHelpful, List<Comment> comments) {
	}

	private final JdbcClient jdbc;

	private final Articles articles;

	private final KnowledgePolicy policy;

	private final KnowledgeDates dates;

	private final ApplicationEventPublisher events;

	Ratings(JdbcClient jdbc, Articles articles, KnowledgePolicy policy, KnowledgeDates dates,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.articles = articles;
		this.policy = policy;
		this.dates = dates;
		this.events = events;
	}

	/** Records or changes the viewer's answer. */
	void rate(AgoraPrincipal viewer, long id, Boolean helpful, String typedComment) {
		var article = articles.visible(viewer, id);
		if (!policy.mayRate(viewer, article)) {
			boolean own = article.ownedBy(viewer.personId()) || article.contributor(viewer.personId());
			if (!own && article.status() != ArticleStatus.PUBLISHED) {
				throw new InvalidInputException("status", ArticleWorkflow.ILLEGAL_MOVE,
						"Only a published article is rated.");
			}
			throw new AccessDeniedException("Nobody rates an article they own or contribute to");
		}
		if (helpful == null) {
			throw new InvalidInputException("helpful", "knowledge.error.helpfulRequired", "Answer yes or no.");
		}
		String comment = ArticleRules.comment(typedComment);
		// one rating at a time per article, so a double click changes the person's rating instead of adding a second
		jdbc.sql("select id from knowledge_article where id = :id for update").param("id", id).query(Long.class).list();
		var before = mine(viewer.personId(), id);
		Instant now = dates.now();
		if (before == null) {
			jdbc.sql("""
					insert into knowledge_rating (article_id, person_id, helpful, comment, rated_at)
					values (:id, :person, :helpful, :comment, :now)""")
				.param("id", id)
				.param("person", viewer.personId())
				.param("helpful", helpful)
				.param("comment", comment)
				.param("now", Timestamp.from(now))
				.update();
		}
		else {
			jdbc.sql("""
					update knowledge_rating set helpful = :helpful, comment = :comment, rated_at = :now
					where article_id = :id and person_id = :person""")
				.param("id", id)
				.param("person", viewer.personId())
				.param("helpful", helpful)
				.param("comment", comment)
				.param("now", Timestamp.from(now))
				.update();
		}
		if (helpful && (before == null || !before.helpful())) {
			events.publishEvent(new ArticleRatedHelpful(id, viewer.personId(), article.ownerId(), now));
		}
	}

	@Transactional(readOnly = true)
	Mine mine(long personId, long articleId) {
		return jdbc.sql("select helpful, comment from knowledge_rating where article_id = :id and person_id = :person")
			.param("id", articleId)
			.param("person", personId)
			.query((rs, n) -> new Mine(rs.getBoolean(1), rs.getString(2)))
			.optional()
			.orElse(null);
	}

	/** The counts and comments, for those who may see them; null for anyone else. */
	@Transactional(readOnly = true)
	Helpfulness helpfulness(AgoraPrincipal viewer, Article article) {
		if (!policy.maySeeHelpfulness(viewer, article)) {
			return null;
		}
		int[] counts = jdbc.sql("""
				select coalesce(sum(case when helpful then 1 else 0 end), 0), coalesce(sum(case when helpful then 0 else 1 end), 0)
				from knowledge_rating where article_id = :id""")
			.param("id", article.id())
			.query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) })
			.single();
		var comments = jdbc.sql("""
				select r.helpful, r.comment, p.full_name, r.rated_at from knowledge_rating r
				join people_person p on p.id = r.person_id
				where r.article_id = :id and r.comment is not null order by r.rated_at desc limit 50""")
			.param("id", article.id())
			.query((rs, n) -> new Comment(rs.getBoolean(1), rs.getString(2), rs.getString(3),
					Articles.instant(rs, "rated_at")))
			.list();
		return new Helpfulness(counts[0], counts[1], comments);
	}
}
