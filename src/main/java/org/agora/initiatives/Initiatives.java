package org.agora.initiatives;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.NotFoundException;
import org.agora.platform.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads initiatives: one for a viewer (not found when it does not exist or they may not see it), and filtered pages. */
@Repository
@Transactional(readOnly = true)
class Initiatives {

	/** The filters of the list; null for any. */
	record Query(Long unitId, InitiativeKind kind, InitiativeStatus status, Long leaderId) {
	}

	static final String COLUMNS = """
			i.id, i.unit_id, i.leader_id, i.title, i.goal, i.kind, i.audience, i.planned_start, i.planned_end, i.status,
			i.stop_reason, i.version, i.created_by, i.created_at, i.updated_at, i.launched_at, i.completed_at,
			i.stopped_at""";

	private final JdbcClient jdbc;

	private final InitiativesPolicy policy;

	Initiatives(JdbcClient jdbc, InitiativesPolicy policy) {
		this.jdbc = jdbc;
		this.policy = policy;
	}

	Optional<Initiative> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from initiatives_initiative i where i.id = :id")
			.param("id", id)
			.query(Initiatives::row)
			.optional();
	}

	/** The initiative, or not found when it does not exist or the viewer may not see it. */
	Initiative visible(AgoraPrincipal viewer, long id) {
		return find(id).filter(i -> policy.maySeeInitiatives(viewer))
			.orElseThrow(() -> new NotFoundException("Initiative"));
	}

	Page<Initiative> list(AgoraPrincipal viewer, Query query, int page, int size) {
		int safeSize = Math.max(1, Math.min(size, 100));
		int safePage = Math.max(0, page);
		if (!policy.maySeeInitiatives(viewer)) {
			return new Page<>(List.of(), safePage, safeSize, 0);
		}
		var where = new StringBuilder(" where 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (query.unitId() != null) {
			where.append(" and i.unit_id = :unit");
			params.put("unit", query.unitId());
		}
		if (query.leaderId() != null) {
			where.append(" and i.leader_id = :leader");
			params.put("leader", query.leaderId());
		}
		if (query.kind() != null) {
			where.append(" and i.kind = :kind");
			params.put("kind", query.kind().name());
		}
		if (query.status() != null) {
			where.append(" and i.status = :status");
			params.put("status", query.status().name());
		}
		long total = jdbc.sql("select count(*) from initiatives_initiative i" + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", safeSize);
		params.put("offset", (long) safePage * safeSize);
		var items = jdbc.sql("select " + COLUMNS + " from initiatives_initiative i" + where
				+ " order by i.updated_at desc, i.id desc limit :limit offset :offset")
			.params(params)
			.query(Initiatives::row)
			.list();
		return new Page<>(items, safePage, safeSize, total);
	}

	static Initiative row(ResultSet rs, int n) throws SQLException {
		return new Initiative(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("leader_id"), rs.getString("title"),
				rs.getString("goal"), InitiativeKind.valueOf(rs.getString("kind")), rs.getString("audience"),
				date(rs, "planned_start"), date(rs, "planned_end"), InitiativeStatus.valueOf(rs.getString("status")),
				rs.getString("stop_reason"), rs.getInt("version"), rs.getLong("created_by"), instant(rs, "created_at"),
				instant(rs, "updated_at"), instant(rs, "launched_at"), instant(rs, "completed_at"),
				instant(rs, "stopped_at"));
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
