package org.agora.knowledgemap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Risk by area × unit, for everyone in the organization: the rows are the areas, the columns the units that depend on
 * them, and each cell the highest risk level among the area's holders who belong to that unit. Only levels leave this
 * class: never a person, a score or a date. Per area, the highest level of all its holders, how many holders it has,
 * and whether it rests on a single point of knowledge (one holder, no successor who holds it).
 */
@Component
@Transactional(readOnly = true)
class HeatRisks {

	/** A holder's knowledge of an area, as the risk is computed from it; never shown. */
	record Holder(long areaId, Long unitId, LocalDate expectedDeparture, int positionRisk, boolean captured,
			boolean successorHolds) {
	}

	record Area(long id, String name) {
	}

	/**
	 * @param linked whether the area is recorded as one the unit depends on
	 * @param level the highest level of the area's holders in the unit; null when it has none there
	 */
	record Cell(long unitId, boolean linked, RiskLevel level, int holders, boolean withheld) {
	}

	/** @param level the highest level of all the area's holders; null when it has none */
	record AreaRow(long areaId, String area, RiskLevel level, int holders, boolean singlePoint, List<Cell> cells,
			boolean withheld) {
	}

	record RiskMap(List<MapViewsScope.Unit> units, List<AreaRow> areas) {
	}

	private final JdbcClient jdbc;

	HeatRisks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The areas that units of the scope depend on (every area for the whole organization), by name. */
	RiskMap map(MapScales scales, LocalDate today, MapViewsScope.Scope scope) {
		var areas = areas(scope);
		if (areas.isEmpty()) {
			return new RiskMap(List.of(), List.of());
		}
		var areaIds = areas.stream().map(Area::id).toList();
		Set<List<Long>> links = new HashSet<>();
		Map<Long, String> unitNames = new HashMap<>();
		jdbc.sql("""
				select au.area_id, u.id, u.name from knowledgemap_area_unit au join people_unit u on u.id = au.unit_id
				where au.area_id in (:areas)""")
			.param("areas", areaIds)
			.query((rs, n) -> {
				if (scope.holds(rs.getLong(2))) {
					links.add(List.of(rs.getLong(1), rs.getLong(2)));
					unitNames.put(rs.getLong(2), rs.getString(3));
				}
				return null;
			})
			.list();
		var units = unitNames.entrySet()
			.stream()
			.map(e -> new MapViewsScope.Unit(e.getKey(), e.getValue()))
			.sorted(Comparator.comparing(MapViewsScope.Unit::name).thenComparing(MapViewsScope.Unit::id))
			.toList();
		var holders = jdbc.sql(HOLDERS + " and h.area_id in (:areas)")
			.param("areas", areaIds)
			.query(HeatRisks::holder)
			.list();
		return compute(scales, today, areas, units, links, holders);
	}

	/**
	 * The level of each area that has open holders, the highest of theirs, for the areas' tree (see
	 * {@link RiskLevelsByArea}); the same reckoning as the rows of {@link #map}.
	 */
	Map<Long, RiskLevel> levelsByArea(MapScales scales, LocalDate today) {
		Map<Long, List<Holder>> byArea = new HashMap<>();
		jdbc.sql(HOLDERS).query(HeatRisks::holder).list()
			.forEach(h -> byArea.computeIfAbsent(h.areaId(), k -> new ArrayList<>()).add(h));
		Map<Long, RiskLevel> levels = new HashMap<>();
		byArea.forEach((area, holders) -> levels.put(area, highest(scales, today, holders)));
		return levels;
	}

	private static final String HOLDERS = """
			select h.area_id, p.unit_id, h.expected_departure, h.position_risk, h.captured, h.successor_holds
			from knowledgemap_holder h join people_person p on p.id = h.person_id
			where h.closed_on is null""";

	private static Holder holder(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Holder(rs.getLong(1), (Long) rs.getObject(2, Long.class),
				rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(), rs.getInt(4), rs.getBoolean(5),
				rs.getBoolean(6));
	}

	/**
	 * The map of these areas and units from their holders; links are (area id, unit id) pairs. Pure, so the scales
	 * can be varied in a test without touching the stored ones.
	 */
	static RiskMap compute(MapScales scales, LocalDate today, List<Area> areas, List<MapViewsScope.Unit> units,
			Set<List<Long>> links, List<Holder> holders) {
		Map<Long, List<Holder>> byArea = new LinkedHashMap<>();
		holders.forEach(h -> byArea.computeIfAbsent(h.areaId(), k -> new ArrayList<>()).add(h));
		var rows = new ArrayList<AreaRow>();
		for (var area : areas) {
			var own = byArea.getOrDefault(area.id(), List.of());
			var cells = new ArrayList<Cell>();
			for (var unit : units) {
				var inUnit = own.stream().filter(h -> h.unitId() != null && h.unitId() == unit.id()).toList();
				cells.add(new Cell(unit.id(), links.contains(List.of(area.id(), unit.id())),
						highest(scales, today, inUnit), inUnit.size(), false));
			}
			boolean singlePoint = own.size() == 1 && !own.get(0).successorHolds();
			rows.add(new AreaRow(area.id(), area.name(), highest(scales, today, own), own.size(), singlePoint,
					List.copyOf(cells), false));
		}
		return new RiskMap(units, List.copyOf(rows));
	}

	/**
	 * The map with each level that fewer than {@code fewest} holders make left out and marked withheld: shown to
	 * someone who may not read people's risks, such a level would be one person's.
	 */
	static RiskMap withheld(RiskMap map, int fewest) {
		var rows = map.areas()
			.stream()
			.map(row -> {
				var cells = row.cells()
					.stream()
					.map(c -> c.holders() > 0 && c.holders() < fewest
							? new Cell(c.unitId(), c.linked(), null, c.holders(), true) : c)
					.toList();
				boolean hide = row.holders() > 0 && row.holders() < fewest;
				return new AreaRow(row.areaId(), row.area(), hide ? null : row.level(), row.holders(), row.singlePoint(),
						cells, hide);
			})
			.toList();
		return new RiskMap(map.units(), rows);
	}

	/** The highest level among the holders; null for none. */
	static RiskLevel highest(MapScales scales, LocalDate today, List<Holder> holders) {
		RiskLevel highest = null;
		for (var h : holders) {
			var level = RiskLevel.of(scales,
					RetentionRisk.score(scales, today, h.expectedDeparture(), position(h)));
			if (highest == null || level.compareTo(highest) > 0) {
				highest = level;
			}
		}
		return highest;
	}

	/**
	 * The position risk that counts, by {@link RetentionRisk#position}: 1 once the knowledge is captured or a successor
	 * holds it; a stored value outside 1-5 is held to the scale rather than failing the whole page.
	 */
	static int position(Holder holder) {
		int stored = Math.max(RetentionRisk.MIN_POSITION, Math.min(RetentionRisk.MAX_POSITION, holder.positionRisk()));
		return RetentionRisk.position(stored, holder.captured(), holder.successorHolds());
	}

	private List<Area> areas(MapViewsScope.Scope scope) {
		if (scope.all()) {
			return jdbc.sql("select id, name from knowledgemap_area order by name, id")
				.query((rs, n) -> new Area(rs.getLong(1), rs.getString(2)))
				.list();
		}
		return jdbc.sql("""
				select a.id, a.name from knowledgemap_area a where exists (select 1 from knowledgemap_area_unit au
				  where au.area_id = a.id and au.unit_id in (:units))
				order by a.name, a.id""")
			.param("units", scope.sqlIds())
			.query((rs, n) -> new Area(rs.getLong(1), rs.getString(2)))
			.list();
	}
}
