package org.agora.initiatives;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agora.platform.OrganizationClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The community manager's view of all initiatives: counts by unit and by kind against status, overdue milestones,
 * units with no planned or active initiative, and obstacles by category.
 */
@Component
@Transactional(readOnly = true)
class Portfolio {

	/**
	 * One row of a count table: how many initiatives of the row are in each status.
	 *
	 * @param key what the list of initiatives filters the row by: the unit's id, or the kind's name
	 */
	record Tally(String key, String label, Map<InitiativeStatus, Integer> counts) {

		int count(InitiativeStatus status) {
			return counts.getOrDefault(status, 0);
		}

		int total() {
			return counts.values().stream().mapToInt(Integer::intValue).sum();
		}
	}

	record Overdue(long initiativeId, String initiative, String milestone, LocalDate dueOn) {

		String path() {
			return Initiative.path(initiativeId);
		}
	}

	record Obstacles(ObstacleCategory category, int count, int resolved) {
	}

	record Unit(long id, String name) {
	}

	record Report(List<Tally> byUnit, List<Tally> byKind, List<Overdue> overdue, List<Unit> uncovered,
			List<Obstacles> obstacles) {
	}

	private final JdbcClient jdbc;

	private final OrganizationClock clock;

	Portfolio(JdbcClient jdbc, OrganizationClock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Report report() {
		return new Report(byUnit(), byKind(), overdue(clock.today()), uncovered(), obstacles());
	}

	List<Tally> byUnit() {
		Map<Unit, Map<InitiativeStatus, Integer>> rows = new LinkedHashMap<>();
		jdbc.sql("""
				select u.id, u.name, i.status, count(*) from initiatives_initiative i join people_unit u on u.id = i.unit_id
				group by u.id, u.name, i.status order by u.name, u.id""")
			.query((rs, n) -> rows
				.computeIfAbsent(new Unit(rs.getLong(1), rs.getString(2)), k -> new EnumMap<>(InitiativeStatus.class))
				.put(InitiativeStatus.valueOf(rs.getString(3)), rs.getInt(4)))
			.list();
		return rows.entrySet()
			.stream()
			.map(e -> new Tally(String.valueOf(e.getKey().id()), e.getKey().name(), e.getValue()))
			.toList();
	}

	/** Every kind, in the enum's order, with zero rows left in so that the table reads the same each time. */
	List<Tally> byKind() {
		Map<InitiativeKind, Map<InitiativeStatus, Integer>> rows = new EnumMap<>(InitiativeKind.class);
		for (var kind : InitiativeKind.values()) {
			rows.put(kind, new EnumMap<>(InitiativeStatus.class));
		}
		jdbc.sql("select kind, status, count(*) from initiatives_initiative group by kind, status")
			.query((rs, n) -> rows.get(InitiativeKind.valueOf(rs.getString(1)))
				.put(InitiativeStatus.valueOf(rs.getString(2)), rs.getInt(3)))
			.list();
		return rows.entrySet().stream().map(e -> new Tally(e.getKey().name(), e.getKey().name(), e.getValue())).toList();
	}

	/** Milestones not reached and due before today, of initiatives still planned or active; oldest first. */
	List<Overdue> overdue(LocalDate today) {
		return jdbc.sql("""
				select i.id, i.title, m.title, m.due_on from initiatives_milestone m
				join initiatives_initiative i on i.id = m.initiative_id
				where m.reached_on is null and m.due_on < :today and i.status in ('PLANNED', 'ACTIVE')
				order by m.due_on, m.id""")
			.param("today", Date.valueOf(today))
			.query((rs, n) -> new Overdue(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getDate(4).toLocalDate()))
			.list();
	}

	/** Units with no initiative that is planned or active. */
	List<Unit> uncovered() {
		return jdbc.sql("""
				select u.id, u.name from people_unit u where not exists (select 1 from initiatives_initiative i
				  where i.unit_id = u.id and i.status in ('PLANNED', 'ACTIVE'))
				order by u.name""")
			.query((rs, n) -> new Unit(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/** Every category, in the enum's order, with its count of obstacles and how many of them are resolved. */
	List<Obstacles> obstacles() {
		Map<ObstacleCategory, int[]> counts = new EnumMap<>(ObstacleCategory.class);
		for (var category : ObstacleCategory.values()) {
			counts.put(category, new int[2]);
		}
		jdbc.sql("""
				select category, count(*), sum(case when resolved then 1 else 0 end) from initiatives_obstacle
				group by category""")
			.query((rs, n) -> {
				var c = counts.get(ObstacleCategory.valueOf(rs.getString(1)));
				c[0] = rs.getInt(2);
				c[1] = rs.getInt(3);
				return c;
			})
			.list();
		var list = new ArrayList<Obstacles>();
		counts.forEach((category, c) -> list.add(new Obstacles(category, c[0], c[1])));
		return list;
	}
}
