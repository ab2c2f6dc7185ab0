package org.agora.people;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Which units have an active knowledge leader and which have none. */
@Component
@Transactional(readOnly = true)
class Coverage {

	record Row(OrgChart.Unit unit, long people, List<String> leaders) {

		boolean covered() {
			return !leaders.isEmpty();
		}
	}

	record Report(List<Row> rows, long covered, long uncovered) {
	}

	private final JdbcClient jdbc;

	private final OrgChart chart;

	Coverage(JdbcClient jdbc, OrgChart chart) {
		this.jdbc = jdbc;
		this.chart = chart;
	}

	Report report() {
		Map<Long, Long> headcount = jdbc.sql("select unit_id, count(*) from people_person where active and unit_id is not null group by unit_id")
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		Map<Long, List<String>> leaders = jdbc.sql("""
				select unit_id, full_name from people_person
				where active and leader_status = 'ACTIVE' and unit_id is not null order by full_name""")
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		var rows = chart.tree()
			.stream()
			.map(u -> new Row(u, headcount.getOrDefault(u.id(), 0L), leaders.getOrDefault(u.id(), List.of())))
			.toList();
		long covered = rows.stream().filter(Row::covered).count();
		return new Report(rows, covered, rows.size() - covered);
	}
}
