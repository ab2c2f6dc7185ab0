package org.agora.knowledgemap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** How far each unit's needs are met: covered, being addressed and open, for the units that have needs. */
@Component
@Transactional(readOnly = true)
class CoverageByUnit {

	record Row(long unitId, String unit, int covered, int beingAddressed, int open) {

		int total() {
			return covered + beingAddressed + open;
		}
	}

	private final JdbcClient jdbc;

	CoverageByUnit(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One row per unit of the scope with at least one need, by the unit's name. */
	List<Row> rows(MapViewsScope.Scope scope) {
		Map<Long, int[]> counts = new LinkedHashMap<>();
		Map<Long, String> names = new LinkedHashMap<>();
		String where = " where n.status in ('OPEN', 'BEING_ADDRESSED', 'COVERED')"
				+ (scope.all() ? "" : " and n.unit_id in (:units)");
		var query = jdbc.sql("select u.id, u.name, n.status, count(*) from knowledgemap_need n"
				+ " join people_unit u on u.id = n.unit_id" + where
				+ " group by u.id, u.name, n.status order by u.name, u.id");
		if (!scope.all()) {
			query = query.param("units", scope.sqlIds());
		}
		query.query((rs, n) -> {
			long id = rs.getLong(1);
			names.put(id, rs.getString(2));
			int[] c = counts.computeIfAbsent(id, k -> new int[3]);
			switch (rs.getString(3)) {
				case "COVERED" -> c[0] = rs.getInt(4);
				case "BEING_ADDRESSED" -> c[1] = rs.getInt(4);
				default -> c[2] = rs.getInt(4);
			}
			return id;
		}).list();
		return counts.entrySet()
			.stream()
			.map(e -> new Row(e.getKey(), names.get(e.getKey()), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
			.toList();
	}
}
