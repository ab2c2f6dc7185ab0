package org.agora.knowledge;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads articles with their tags and contributors, in a fixed number of statements for any number of articles, and
 * finds an article for a viewer, answering "not found" for what the viewer may not see.
 */
@Repository
@Transactional(readOnly = true)
class Articles {

	static final String COLUMNS = """
			a.id, a.type, a.status, a.language, a.title, a.summary, a.body, a.owner_id, a.reviewer_id, a.review_comment,
			a.unit_id, a.space_id, a.source_thread_id, a.toolkit_slug, a.version, a.created_at, a.updated_at,
			a.published_at, a.review_by""";

	private static final int CHUNK = 500;

	private final JdbcClient jdbc;

	private final KnowledgePolicy policy;

	Articles(JdbcClient jdbc, KnowledgePolicy policy) {
		this.jdbc = jdbc;
		this.policy = policy;
	}

	Optional<Article> find(long id) {
		return list("select " + COLUMNS + " from knowledge_article a where a.id = :id", Map.of("id", id)).stream()
			.findFirst();
	}

	/** The article, or not found when it does not exist or the viewer may not see it. */
	Article visible(AgoraPrincipal viewer, long id) {
		return find(id).filter(a -> policy.maySee(viewer, a)).orElseThrow(() -> new NotFoundException("Article"));
	}

	/** Articles of a query that selects {@link #COLUMNS} from {@code knowledge_article a}, in its order. */
	List<Article> list(String sql, Map<String, ?> params) {
		List<Article> rows = jdbc.sql(sql).params(params).query(Articles::row).list();
		if (rows.isEmpty()) {
			return rows;
		}
		var ids = rows.stream().map(Article::id).toList();
		Map<Long, List<String>> tags = new LinkedHashMap<>();
		Map<Long, List<Long>> contributors = new LinkedHashMap<>();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			var chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
			jdbc.sql("select article_id, tag from knowledge_article_tag where article_id in (:ids) order by tag")
				.param("ids", chunk)
				.query((rs, n) -> tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
				.list();
			jdbc.sql("select article_id, person_id from knowledge_contributor where article_id in (:ids) order by person_id")
				.param("ids", chunk)
				.query((rs, n) -> contributors.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)))
				.list();
		}
		return rows.stream()
			.map(a -> new Article(a.id(), a.type(), a.status(), a.language(), a.title(), a.summary(), a.body(),
					a.ownerId(), a.reviewerId(), a.reviewComment(), a.unitId(), a.spaceId(), a.sourceThreadId(),
					a.toolkitSlug(), a.version(), a.createdAt(), a.updatedAt(), a.publishedAt(), a.reviewBy(),
					List.copyOf(tags.getOrDefault(a.id(), List.of())),
					List.copyOf(contributors.getOrDefault(a.id(), List.of()))))
			.toList();
	}

	private static Article row(ResultSet rs, int n) throws SQLException {
		return new Article(rs.getLong("id"), ArticleType.valueOf(rs.getString("type")),
				ArticleStatus.valueOf(rs.getString("status")), rs.getString("language"), rs.getString("title"),
				rs.getString("summary"), rs.getString("body"), (Long) rs.getObject("owner_id", Long.class),
				(Long) rs.getObject("reviewer_id", Long.class), rs.getString("review_comment"),
				(Long) rs.getObject("unit_id", Long.class), (Long) rs.getObject("space_id", Long.class),
				(Long) rs.getObject("source_thread_id", Long.class), rs.getString("toolkit_slug"), rs.getInt("version"),
				instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "published_at"),
				date(rs, "review_by"), List.of(), List.of());
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date value = rs.getDate(column);
		return value == null ? null : value.toLocalDate();
	}
}
