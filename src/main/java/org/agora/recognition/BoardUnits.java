package org.agora.recognition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.agora.people.People;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The org units the boards and the report are filtered by: a unit stands for itself and every unit under it in the
 * tree. The people module's public API gives a person's unit but not the tree, so the tree is read from its table,
 * as the other modules' unit filters do.
 */
@Component
@Transactional(readOnly = true)
class BoardUnits {

	/** A unit with its depth in the tree, 0 for a top-level unit. */
	record Unit(long id, String name, Long parentId, int depth) {
	}

	private final JdbcClient jdbc;

	private final People people;

	BoardUnits(JdbcClient jdbc, People people) {
		this.jdbc = jdbc;
		this.people = people;
	}

	/** Every unit, each followed by the units under it, siblings by name. */
	List<Unit> all() {
		var units = jdbc.sql("select id, name, parent_id from people_unit order by name, id")
			.query((rs, n) -> new Unit(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3, Long.class), 0))
			.list();
		Map<Long, List<Unit>> children = new LinkedHashMap<>();
		var ids = new TreeSet<Long>();
		units.forEach(u -> ids.add(u.id()));
		var roots = new ArrayList<Unit>();
		for (var unit : units) {
			if (unit.parentId() == null || !ids.contains(unit.parentId())) {
				roots.add(unit);
			}
			else {
				children.computeIfAbsent(unit.parentId(), k -> new ArrayList<>()).add(unit);
			}
		}
		var ordered = new ArrayList<Unit>();
		roots.forEach(root -> walk(root, 0, children, ordered));
		return ordered;
	}

	private static void walk(Unit unit, int depth, Map<Long, List<Unit>> children, List<Unit> out) {
		out.add(new Unit(unit.id(), unit.name(), unit.parentId(), depth));
		children.getOrDefault(unit.id(), List.of())
			.stream()
			.sorted(Comparator.comparing(Unit::name).thenComparing(Unit::id))
			.forEach(child -> walk(child, depth + 1, children, out));
	}

	/** The unit's name, or null when there is no such unit. */
	String name(long unitId) {
		return jdbc.sql("select name from people_unit where id = :id").param("id", unitId).query(String.class)
			.optional().orElse(null);
	}

	/** The unit and every unit under it in the tree; empty when there is no such unit. */
	Set<Long> andBelow(long unitId) {
		return people.unitAndBelow(unitId);
	}
}
