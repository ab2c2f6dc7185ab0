package org.agora.knowledge;

import java.sql.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lists of articles a viewer may see, filtered by the policy's SQL and by type, status, tag, staleness and role. */
@Component
@Transactional(readOnly = true)
class ArticleListing {

	static final int MAX_SIZE = 100;

	/**
	 * What to list; null fields do not filter.
	 *
	 * @param mine only articles the viewer owns, contributes to or reviews
	 * @param templates true for templates only, false for articles only, null for both
	 * @param reviewing only articles in review that wait for the viewer: named as their reviewer, or, for a community
	 * manager, any
	 */
	record Query(ArticleType type, ArticleStatus status, String tag, boolean stale, boolean mine, Boolean templates,
			boolean reviewing) {

		Query(ArticleType type, ArticleStatus status, String tag, boolean stale, boolean mine, Boolean templates) {
			this(type, status, tag, stale, mine, templates, false);
		}

		static Query published() {
			return new Query(null, ArticleStatus.PUBLISHED, null, false, false, false);
		}
	}

	private final JdbcClient jdbc;

	private final Articles articles;

	private final KnowledgePolicy policy;

	private final KnowledgeDates dates;

	ArticleListing(JdbcClient jdbc, Articles articles, KnowledgePolicy policy, KnowledgeDates dates) {
		this.jdbc = jdbc;
		this.articles = articles;
		this.policy = policy;
		this.dates = dates;
	}

	Page<Article> list(AgoraPrincipal viewer, Query query, int page, int size) {
		if (page < 0) {
			throw new InvalidInputException("page", "knowledge.error.page", "The page is a number from 0.");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidInputException("size", "knowledge.error.size", "The size is 1 to 100.");
		}
		var filter = policy.visible(viewer);
		Map<String, Object> params = new HashMap<>(filter.params());
		var where = new StringBuilder(" from knowledge_article a where " + filter.where());
		if (query.type() != null) {
			where.append(" and a.type = :type");
			params.put("type", query.type().name());
		}
		if (query.templates() != null) {
			where.append(query.templates() ? " and a.type = 'TEMPLATE'" : " and a.type <> 'TEMPLATE'");
		}
		if (query.status() != null) {
			where.append(" and a.status = :status");
			params.put("status", query.status().name());
		}
		if (query.tag() != null && !query.tag().isBlank()) {
			where.append(" and exists (select 1 from knowledge_article_tag g where g.article_id = a.id and g.tag = :tag)");
			params.put("tag", query.tag().strip().toLowerCase(Locale.ROOT));
		}
		if (query.stale()) {
			where.append(" and a.status = 'PUBLISHED' and a.review_by < :today");
			params.put("today", Date.valueOf(dates.today()));
		}
		if (query.mine()) {
			where.append(" and ").append("""
					(a.owner_id = :me or a.reviewer_id = :me
					  or exists (select 1 from knowledge_contributor mc where mc.article_id = a.id and mc.person_id = :me))""");
			params.put("me", viewer.personId());
		}
		if (query.reviewing()) {
			where.append(" and a.status = 'IN_REVIEW'");
			if (!viewer.isManager()) {
				where.append(" and a.reviewer_id = :me");
				params.put("me", viewer.personId());
			}
		}
		long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
		String order = query.stale() ? " order by a.review_by, a.id" : " order by a.updated_at desc, a.id desc";
		List<Article> rows = articles.list("select " + Articles.COLUMNS + where + order + " limit " + size + " offset "
				+ (long) page * size, params);
		return new Page<>(rows, page, size, total);
	}

	/** The tags of published articles, most used first. */
	List<String> popularTags(int limit) {
		return jdbc.sql("""
				select g.tag from knowledge_article_tag g join knowledge_article a on a.id = g.article_id
				where a.status = 'PUBLISHED' group by g.tag order by count(*) desc, g.tag limit :limit""")
			.param("limit", limit)
			.query(String.class)
			.list();
	}

	/** How many published articles the person owns are stale or due within the reminder period. */
	int dueForReview(long ownerId) {
		return jdbc.sql("""
				select count(*) from knowledge_article where owner_id = :owner and status = 'PUBLISHED'
				and type <> 'TEMPLATE' and review_by <= :until""")
			.param("owner", ownerId)
			.param("until", Date.valueOf(dates.today().plus(Freshness.REMIND_AHEAD)))
			.query(Integer.class)
			.single();
	}
}
