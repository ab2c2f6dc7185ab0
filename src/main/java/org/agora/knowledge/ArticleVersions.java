package org.agora.knowledge;

import java.time.Instant;
import java.util.List;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The saved versions of an article and the difference between any two of them. Whoever may read the article may read
 * its history: a published article's earlier texts were written for the same readers.
 */
@Component
@Transactional(readOnly = true)
class ArticleVersions {

	/** One saved version; writtenBy is null for a template Agora shipped. */
	record Version(int number, ArticleType type, String title, String summary, String body, List<String> tags,
			Long writtenById, String writtenBy, Instant writtenAt, Integer restoredFrom) {
	}

	/** Two versions and what changed from the older to the newer, field by field. */
	record Comparison(Version from, Version to, List<TextDiff.Segment> title, List<TextDiff.Segment> summary,
			List<TextDiff.Segment> tags, List<TextDiff.Segment> body) {

		boolean typeChanged() {
			return from.type() != to.type();
		}

		int[] counts() {
			return TextDiff.counts(body);
		}
	}

	private final JdbcClient jdbc;

	private final Articles articles;

	ArticleVersions(JdbcClient jdbc, Articles articles) {
		this.jdbc = jdbc;
		this.articles = articles;
	}

	/** The versions of an article the viewer may read, newest first. */
	List<Version> list(AgoraPrincipal viewer, long id) {
		articles.visible(viewer, id);
		return jdbc.sql("""
				select v.number, v.type, v.title, v.summary, v.body, v.tags, v.written_by, p.full_name, v.written_at,
				  v.restored_from
				from knowledge_article_version v left join people_person p on p.id = v.written_by
				where v.article_id = :id order by v.number desc""")
			.param("id", id)
			.query((rs, n) -> new Version(rs.getInt(1), ArticleType.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4), rs.getString(5), ArticleEditor.splitTags(rs.getString(6)),
					(Long) rs.getObject(7, Long.class), rs.getString(8), Articles.instant(rs, "written_at"),
					(Integer) rs.getObject(10, Integer.class)))
			.list();
	}

	/** The difference between two versions of the list; field errors name {@code from} or {@code to} if missing. */
	static Comparison compare(List<Version> versions, int from, int to) {
		var older = find(versions, from, "from");
		var newer = find(versions, to, "to");
		return new Comparison(older, newer, TextDiff.diff(older.title(), newer.title()),
				TextDiff.diff(nullToEmpty(older.summary()), nullToEmpty(newer.summary())),
				TextDiff.diff(String.join(", ", older.tags()), String.join(", ", newer.tags())),
				TextDiff.diff(older.body(), newer.body()));
	}

	private static Version find(List<Version> versions, int number, String field) {
		return versions.stream()
			.filter(v -> v.number() == number)
			.findFirst()
			.orElseThrow(() -> new InvalidInputException(field, "knowledge.error.noSuchVersion",
					"The article has no version " + number + "."));
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
