package org.agora.knowledgemap;

import java.util.List;
import java.util.Set;

import org.agora.people.People;
import org.agora.platform.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The units the views are filtered to: a unit chosen and every unit under it in the tree (a division's view holds
 * its departments and teams), or every unit when none is chosen. Units are read from the people module's table.
 */
@Component
@Transactional(readOnly = true)
class MapViewsScope {

	/** A unit, as the filter's select and the tables' headings name it. */
	record Unit(long id, String name) {
	}

	/**
	 * @param unitId the unit chosen, or null for the whole organization
	 * @param unitIds the chosen unit and the units under it; empty when none is chosen
	 */
	record Scope(Long unitId, Set<Long> unitIds) {

		static final Scope ALL = new Scope(null, Set.of());

		boolean all() {
			return unitId == null;
		}

		boolean holds(long unit) {
			return all() || unitIds.contains(unit);
		}

		/** The ids for an SQL {@code in (:units)}, which may not be empty; unused when the scope holds all. */
		List<Long> sqlIds() {
			return unitIds.isEmpty() ? List.of(-1L) : List.copyOf(unitIds);
		}
	}

	private final JdbcClient jdbc;

	private final People people;

	MapViewsScope(JdbcClient jdbc, People people) {
		this.jdbc = jdbc;
		this.people = people;
	}

	List<Unit> units() {
		return jdbc.sql("select id, name from people_unit order by name, id")
			.query((rs, n) -> new Unit(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/** The scope of the unit, which must exist; the whole organization for null. */
	Scope of(Long unitId) {
		if (unitId == null) {
			return Scope.ALL;
		}
		var ids = andBelow(unitId);
		if (ids.isEmpty()) {
			throw new NotFoundException("Unit " + unitId);
		}
		return new Scope(unitId, ids);
	}

	/** The unit and every unit under it in the tree; empty when there is no such unit. */
	Set<Long> andBelow(long unitId) {
		return people.unitAndBelow(unitId);
	}
}
