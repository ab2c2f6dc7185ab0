package org.agora.discussions;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.agora.platform.web.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The radar's links in the database, with their tags, read in a fixed number of queries. */
@Repository
class RadarItems {

	static final int PAGE_SIZE = 20;

	/** A page of approved items. */
	record RadarPage(List<RadarItem> items, int page, int size, long total) implements Paging {
	}

	private static final String SELECT = """
			select i.id, i.url, i.title, i.summary, i.kind, i.status, i.featured, i.submitted_by, p.full_name,
			       i.source_id, s.name as source_name, i.created_at
			from discussions_radar_item i
			left join people_person p on p.id = i.submitted_by
			left join discussions_radar_source s on s.id = i.source_id
			""";

	private final JdbcClient jdbc;

	RadarItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<RadarItem> find(long id) {
		return list(SELECT + " where i.id = :id", Map.of("id", id)).stream().findFirst();
	}

	/** The item with the same link, if any. */
	Optional<RadarItem> findByKey(String urlKey) {
		return list(SELECT + " where i.url_key = :key", Map.of("key", urlKey)).stream().findFirst();
	}

	/** Approved items, featured first, then newest; filtered by kind and tag when given. */
	RadarPage approved(RadarKind kind, String tag, int page) {
		var where = new StringBuilder(" where i.status = 'APPROVED'");
		Map<String, Object> params = new HashMap<>();
		if (kind != null) {
			where.append(" and i.kind = :kind");
			params.put("kind", kind.name());
		}
		if (tag != null && !tag.isBlank()) {
			where.append(" and exists (select 1 from discussions_radar_item_tag t where t.item_id = i.id and t.tag = :tag)");
			params.put("tag", tag);
		}
		long total = jdbc.sql("select count(*) from discussions_radar_item i" + where)
			.params(params)
			.query(Long.class)
			.single();
		int safePage = Math.max(0, page);
		params.put("limit", PAGE_SIZE);
		params.put("offset", (long) safePage * PAGE_SIZE);
		var items = list(SELECT + where + " order by i.featured desc, i.created_at desc, i.id desc limit :limit offset :offset",
				params);
		return new RadarPage(items, safePage, PAGE_SIZE, total);
	}

	/** Pending items, oldest first. */
	List<RadarItem> pending() {
		return list(SELECT + " where i.status = 'PENDING' order by i.created_at, i.id limit 200", Map.of());
	}

	/** Adds an item; returns its id. */
	long insert(String url, String title, String summary, RadarKind kind, RadarStatus status, Long submittedBy,
			Long sourceId, Long decidedBy, Instant now, List<String> tags) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into discussions_radar_item (url, url_key, title, summary, kind, status, featured, submitted_by,
				  source_id, created_at, decided_by, decided_at)
				values (:url, :key, :title, :summary, :kind, :status, false, :by, :source, :now, :decidedBy, :decidedAt)""")
			.param("url", url)
			.param("key", RadarUrls.key(url))
			.param("title", title)
			.param("summary", summary)
			.param("kind", kind.name())
			.param("status", status.name())
			.param("by", submittedBy)
			.param("source", sourceId)
			.param("now", Timestamp.from(now))
			.param("decidedBy", decidedBy)
			.param("decidedAt", decidedBy == null ? null : Timestamp.from(now))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		replaceTags(id, tags);
		return id;
	}

	void update(long id, String url, String title, String summary, RadarKind kind, List<String> tags) {
		jdbc.sql("""
				update discussions_radar_item set url = :url, url_key = :key, title = :title, summary = :summary,
				  kind = :kind, version = version + 1 where id = :id""")
			.param("url", url)
			.param("key", RadarUrls.key(url))
			.param("title", title)
			.param("summary", summary)
			.param("kind", kind.name())
			.param("id", id)
			.update();
		replaceTags(id, tags);
	}

	/** Moves a pending item to the decided status; false when it was no longer pending. */
	boolean decide(long id, RadarStatus status, long by, Instant now) {
		return jdbc.sql("""
				update discussions_radar_item set status = :status, decided_by = :by, decided_at = :now,
				  version = version + 1 where id = :id and status = 'PENDING'""")
			.param("status", status.name())
			.param("by", by)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update() == 1;
	}

	void feature(long id, boolean featured) {
		jdbc.sql("update discussions_radar_item set featured = :featured, version = version + 1 where id = :id")
			.param("featured", featured)
			.param("id", id)
			.update();
	}

	/** The tags of approved items, most used first. */
	List<String> tagsInUse(int limit) {
		return jdbc.sql("""
				select t.tag from discussions_radar_item_tag t join discussions_radar_item i on i.id = t.item_id
				where i.status = 'APPROVED' group by t.tag order by count(*) desc, t.tag limit :limit""")
			.param("limit", limit)
			.query(String.class)
			.list();
	}

	private void replaceTags(long id, List<String> tags) {
		jdbc.sql("delete from discussions_radar_item_tag where item_id = :id").param("id", id).update();
		for (String tag : tags) {
			jdbc.sql("insert into discussions_radar_item_tag (item_id, tag) values (:id, :tag)")
				.param("id", id)
				.param("tag", tag)
				.update();
		}
	}

	private List<RadarItem> list(String sql, Map<String, Object> params) {
		var items = jdbc.sql(sql)
			.params(params)
			.query((rs, n) -> new RadarItem(rs.getLong("id"), rs.getString("url"), rs.getString("title"),
					rs.getString("summary"), RadarKind.valueOf(rs.getString("kind")),
					RadarStatus.valueOf(rs.getString("status")), rs.getBoolean("featured"),
					rs.getObject("submitted_by", Long.class), rs.getString("full_name"),
					rs.getObject("source_id", Long.class), rs.getString("source_name"),
					rs.getTimestamp("created_at").toInstant(), List.of()))
			.list();
		if (items.isEmpty()) {
			return items;
		}
		Map<Long, List<String>> tags = jdbc.sql(
				"select item_id, tag from discussions_radar_item_tag where item_id in (:ids) order by tag")
			.param("ids", items.stream().map(RadarItem::id).toList())
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		var result = new ArrayList<RadarItem>(items.size());
		for (var item : items) {
			result.add(item.withTags(tags.getOrDefault(item.id(), List.of())));
		}
		return result;
	}
}
