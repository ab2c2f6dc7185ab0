package org.agora.knowledge;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Writes articles' rows: the article, its versions, tags, contributors and attachments. Callers check the rules. */
@Component
class ArticleWriter {

	/** The text of a version as saved. */
	record Text(ArticleType type, String title, String summary, String body, List<String> tags) {
	}

	/** Where a new article stands and what it belongs with. */
	record Placement(ArticleStatus status, String language, Long ownerId, Long unitId, Long spaceId,
			Long sourceThreadId, String toolkitSlug, LocalDate reviewBy) {
	}

	private final JdbcClient jdbc;

	ArticleWriter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the article as its version 1; returns its id. */
	long insert(Text text, Placement placement, Long writtenBy, Instant now) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into knowledge_article (type, status, language, title, summary, body, owner_id, unit_id, space_id,
				  source_thread_id, toolkit_slug, version, created_at, updated_at, published_at, review_by)
				values (:type, :status, :language, :title, :summary, :body, :owner, :unit, :space, :thread, :slug, 1,
				  :now, :now, :published, :reviewBy)""")
			.param("type", text.type().name())
			.param("status", placement.status().name())
			.param("language", placement.language())
			.param("title", text.title())
			.param("summary", text.summary())
			.param("body", text.body())
			.param("owner", placement.ownerId())
			.param("unit", placement.unitId())
			.param("space", placement.spaceId())
			.param("thread", placement.sourceThreadId())
			.param("slug", placement.toolkitSlug())
			.param("now", Timestamp.from(now))
			.param("published", placement.status().open() ? Timestamp.from(now) : null)
			.param("reviewBy", placement.reviewBy() == null ? null : Date.valueOf(placement.reviewBy()))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		version(id, 1, text, writtenBy, now, null);
		tag(id, text.tags());
		return id;
	}

	/**
	 * Replaces the article's text if its version is still {@code expected} and it is still a draft or published (a
	 * move to review or the archive may have come first), and keeps the new text as version expected + 1; false
	 * otherwise.
	 */
	boolean update(long id, int expected, Text text, long writtenBy, Instant now, Integer restoredFrom) {
		int changed = jdbc.sql("""
				update knowledge_article set type = :type, title = :title, summary = :summary, body = :body,
				  version = version + 1, updated_at = :now
				where id = :id and version = :expected and status in ('DRAFT', 'PUBLISHED')""")
			.param("type", text.type().name())
			.param("title", text.title())
			.param("summary", text.summary())
			.param("body", text.body())
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("expected", expected)
			.update();
		if (changed == 0) {
			return false;
		}
		version(id, expected + 1, text, writtenBy, now, restoredFrom);
		tag(id, text.tags());
		return true;
	}

	private void version(long id, int number, Text text, Long writtenBy, Instant now, Integer restoredFrom) {
		jdbc.sql("""
				insert into knowledge_article_version (article_id, number, type, title, summary, body, tags, written_by,
				  written_at, restored_from) values (:id, :number, :type, :title, :summary, :body, :tags, :by, :now, :from)""")
			.param("id", id)
			.param("number", number)
			.param("type", text.type().name())
			.param("title", text.title())
			.param("summary", text.summary())
			.param("body", text.body())
			.param("tags", String.join(",", text.tags()))
			.param("by", writtenBy)
			.param("now", Timestamp.from(now))
			.param("from", restoredFrom)
			.update();
	}

	void tag(long id, List<String> tags) {
		jdbc.sql("delete from knowledge_article_tag where article_id = :id").param("id", id).update();
		for (String tag : tags) {
			jdbc.sql("insert into knowledge_article_tag (article_id, tag) values (:id, :tag)")
				.param("id", id)
				.param("tag", tag)
				.update();
		}
	}

	void contributors(long id, List<Long> personIds) {
		jdbc.sql("delete from knowledge_contributor where article_id = :id").param("id", id).update();
		for (long person : personIds) {
			jdbc.sql("insert into knowledge_contributor (article_id, person_id) values (:id, :person)")
				.param("id", id)
				.param("person", person)
				.update();
		}
	}

	void place(long id, Long unitId, Long spaceId, String language, LocalDate reviewBy) {
		jdbc.sql("""
				update knowledge_article set unit_id = :unit, space_id = :space, language = :language,
				  review_by = coalesce(:reviewBy, review_by) where id = :id""")
			.param("unit", unitId)
			.param("space", spaceId)
			.param("language", language)
			.param("reviewBy", reviewBy == null ? null : Date.valueOf(reviewBy))
			.param("id", id)
			.update();
	}

	void attach(long id, long uploadedBy, List<ArticleRules.CheckedFile> files, Instant now) {
		for (var file : files) {
			jdbc.sql("""
					insert into knowledge_attachment (article_id, file_name, content_type, size_bytes, data, uploaded_by,
					  created_at) values (:id, :name, :type, :size, :data, :by, :now)""")
				.param("id", id)
				.param("name", file.name())
				.param("type", file.contentType())
				.param("size", file.data().length)
				.param("data", file.data())
				.param("by", uploadedBy)
				.param("now", Timestamp.from(now))
				.update();
		}
	}

	/** Removes the article's attachments of these ids (kept in the table, as nothing a person wrote is lost). */
	void detach(long id, List<Long> attachmentIds, long removedBy, Instant now) {
		if (attachmentIds.isEmpty()) {
			return;
		}
		jdbc.sql("""
				update knowledge_attachment set removed_at = :now, removed_by = :by
				where article_id = :id and id in (:ids) and removed_at is null""")
			.param("now", Timestamp.from(now))
			.param("by", removedBy)
			.param("id", id)
			.param("ids", attachmentIds)
			.update();
	}

	/** How many of the article's attachments stay when those of these ids are removed; other ids count for nothing. */
	int attachmentsKept(long id, List<Long> removing) {
		String notRemoved = removing.isEmpty() ? "" : " and id not in (:removing)";
		var query = jdbc.sql("select count(*) from knowledge_attachment where article_id = :id and removed_at is null"
				+ notRemoved).param("id", id);
		if (!removing.isEmpty()) {
			query = query.param("removing", removing);
		}
		return query.query(Integer.class).single();
	}
}
