package org.agora.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The org-unit tree, read whole: organizations have hundreds of units, not millions. */
@Component
class OrgChart {

	record Unit(long id, String code, String name, UnitKind kind, Long parentId, int depth) {
	}

	private final JdbcClient jdbc;

	OrgChart(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every unit, parents before their children, each with its depth. */
	List<Unit> tree() {
		var all = jdbc.sql("select id, code, name, kind, parent_id from people_unit order by name")
			.query((rs, n) -> new Unit(rs.getLong(1), rs.getString(2), rs.getString(3), UnitKind.valueOf(rs.getString(4)),
					(Long) rs.getObject(5, Long.class), 0))
			.list();
		Map<Long, List<Unit>> children = all.stream()
			.filter(u -> u.parentId() != null)
			.collect(Collectors.groupingBy(Unit::parentId, LinkedHashMap::new, Collectors.toList()));
		var ordered = new ArrayList<Unit>();
		all.stream().filter(u -> u.parentId() == null).forEach(root -> walk(root, 0, children, ordered));
		return ordered;
	}

	private void walk(Unit unit, int depth, Map<Long, List<Unit>> children, List<Unit> out) {
		out.add(new Unit(unit.id(), unit.code(), unit.name(), unit.kind(), unit.parentId(), depth));
		children.getOrDefault(unit.id(), List.of())
			.stream()
			.sorted(Comparator.comparing(Unit::name))
			.forEach(child -> walk(child, depth + 1, children, out));
	}

	/** The unit and every unit under it. */
	Set<Long> withDescendants(long unitId) {
		var parents = jdbc.sql("select id, parent_id from people_unit")
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getObject(2) == null ? -1 : rs.getLong(2) })
			.list();
		var result = new HashSet<Long>();
		result.add(unitId);
		boolean grew = true;
		while (grew) {
			grew = false;
			for (var row : parents) {
				if (result.contains(row[1]) && result.add(row[0])) {
					grew = true;
				}
			}
		}
		return result;
	}

	/** Whether making parentId the parent of unitId would put the unit under itself. */
	boolean wouldCycle(long unitId, long parentId) {
		return withDescendants(unitId).contains(parentId);
	}
}
