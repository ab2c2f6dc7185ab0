package org.agora.knowledgemap;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads knowledge needs: one for a viewer (not found when it does not exist or they may not see the map), and the
 * backlog, ranked by the priority the scales in force give, then by scarcity, then oldest first.
 */
@Repository
@Transactional(readOnly = true)
class Needs {

	/**
	 * The backlog's filters; null for any. A unit holds the units under it, as in the views; {@code openOnly} keeps
	 * the needs not yet covered; importance and scarcity pick a cell of the heat map.
	 */
	record Query(Long unitId, NeedStatus status, boolean openOnly, Integer importance, Integer scarcity) {

		Query(Long unitId, NeedStatus status, boolean openOnly) {
			this(unitId, status, openOnly, null, null);
		}
	}

	/** A need with the priority the scales in force give it. */
	record Ranked(Need need, int priority) {
	}

	static final Comparator<Ranked> ORDER = Comparator.comparingInt(Ranked::priority)
		.reversed()
		.thenComparing(Comparator.comparingInt((Ranked r) -> r.need().scarcity()).reversed())
		.thenComparing(r -> r.need().createdAt())
		.thenComparingLong(r -> r.need().id());

	private final JdbcClient jdbc;

	private final KnowledgeMapPolicy policy;

	private final MapSettings settings;

	private final MapViewsScope scopes;

	Needs(JdbcClient jdbc, KnowledgeMapPolicy policy, MapSettings settings, MapViewsScope scopes) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.settings = settings;
		this.scopes = scopes;
	}

	Optional<Need> find(long id) {
		return jdbc.sql("select * from knowledgemap_need where id = :id")
			.param("id", id)
			.query(Needs::row)
			.optional()
			.map(n -> n.withLinks(links(List.of(id)).getOrDefault(id, List.of())));
	}

	Need visible(AgoraPrincipal viewer, long id) {
		return find(id).filter(n -> policy.maySeeMap(viewer)).orElseThrow(() -> new NotFoundException("Knowledge need"));
	}

	/** The backlog for the viewer, ranked; empty for one who may not see the map. */
	List<Ranked> backlog(AgoraPrincipal viewer, Query query) {
		if (!policy.maySeeMap(viewer)) {
			return List.of();
		}
		var where = new StringBuilder(" where 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (query.unitId() != null) {
			var units = scopes.andBelow(query.unitId());
			if (units.isEmpty()) {
				return List.of();
			}
			where.append(" and unit_id in (:units)");
			params.put("units", List.copyOf(units));
		}
		if (query.importance() != null) {
			where.append(" and importance = :importance");
			params.put("importance", query.importance());
		}
		if (query.scarcity() != null) {
			where.append(" and scarcity = :scarcity");
			params.put("scarcity", query.scarcity());
		}
		if (query.status() != null) {
			where.append(" and status = :status");
			params.put("status", query.status().name());
		}
		else if (query.openOnly()) {
			where.append(" and status <> 'COVERED'");
		}
		var needs = jdbc.sql("select * from knowledgemap_need" + where).params(params).query(Needs::row).list();
		var links = links(needs.stream().map(Need::id).toList());
		var scales = settings.scales();
		var ranked = new ArrayList<Ranked>();
		for (var need : needs) {
			var full = need.withLinks(links.getOrDefault(need.id(), List.of()));
			ranked.add(new Ranked(full, full.priority(scales)));
		}
		ranked.sort(ORDER);
		return ranked;
	}

	/** How many needs are not yet covered, by area. */
	Map<Long, Integer> openByArea() {
		Map<Long, Integer> counts = new HashMap<>();
		jdbc.sql("""
				select area_id, count(*) from knowledgemap_need where area_id is not null and status <> 'COVERED'
				group by area_id""")
			.query((rs, n) -> counts.put(rs.getLong(1), rs.getInt(2)))
			.list();
		return counts;
	}

	private Map<Long, List<Need.Link>> links(List<Long> needIds) {
		Map<Long, List<Need.Link>> links = new HashMap<>();
		if (needIds.isEmpty()) {
			return links;
		}
		jdbc.sql("select need_id, kind, path, label from knowledgemap_need_link where need_id in (:ids) order by id")
			.param("ids", needIds)
			.query((rs, n) -> links.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new Need.Link(NeedLinkKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4))))
			.list();
		return links;
	}

	static Need row(ResultSet rs, int n) throws SQLException {
		long area = rs.getLong("area_id");
		Long areaId = rs.wasNull() ? null : area;
		int people = rs.getInt("people_count");
		Integer peopleCount = rs.wasNull() ? null : people;
		return new Need(rs.getLong("id"), rs.getLong("unit_id"), areaId, rs.getString("title"),
				rs.getString("description"), rs.getString("needed_by"), peopleCount,
				NeedAvailability.valueOf(rs.getString("availability")), rs.getInt("importance"), rs.getInt("scarcity"),
				rs.getInt("frequency"), NeedStatus.valueOf(rs.getString("status")), rs.getInt("version"),
				rs.getLong("raised_by"), instant(rs, "created_at"), instant(rs, "updated_at"),
				instant(rs, "covered_at"), List.of());
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
