package org.agora.knowledgemap;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The needs heat map: how many needs not yet covered (open or being addressed) sit at each importance × scarcity,
 * the rows from importance 3 down to 1 and the columns from scarcity 1 up to 3, so that the most urgent corner is at
 * the top, at the end of the reading direction.
 */
@Component
@Transactional(readOnly = true)
class HeatMaps {

	/** The statuses of a need that still wants knowledge, as the needs' status column holds them. */
	static final List<String> UNCOVERED = List.of("OPEN", "BEING_ADDRESSED");

	/** How many shades a cell can take beside the one of zero. */
	static final int SHADES = 3;

	/**
	 * @param shade 0 for no need, else 1 to {@link #SHADES} by the count against the fullest cell's
	 */
	record Cell(int importance, int scarcity, int count, int shade) {
	}

	record Row(int importance, List<Cell> cells) {
	}

	record NeedsGrid(List<Row> rows, int total) {

		Cell cell(int importance, int scarcity) {
			return rows.get(Priority.MAX_SCORE - importance).cells().get(scarcity - Priority.MIN_SCORE);
		}
	}

	private final JdbcClient jdbc;

	HeatMaps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	NeedsGrid needs(MapViewsScope.Scope scope) {
		int[][] counts = new int[Priority.MAX_SCORE + 1][Priority.MAX_SCORE + 1];
		String where = scope.all() ? "" : " and n.unit_id in (:units)";
		var query = jdbc.sql("""
				select n.importance, n.scarcity, count(*) from knowledgemap_need n
				where n.status in (:statuses) and n.importance between 1 and 3 and n.scarcity between 1 and 3"""
				+ where + " group by n.importance, n.scarcity")
			.param("statuses", UNCOVERED);
		if (!scope.all()) {
			query = query.param("units", scope.sqlIds());
		}
		query.query((rs, n) -> counts[rs.getInt(1)][rs.getInt(2)] = rs.getInt(3)).list();
		return grid(counts);
	}

	/** The grid of the counts, indexed [importance][scarcity] from 1, with each cell's shade. */
	static NeedsGrid grid(int[][] counts) {
		int max = 0;
		int total = 0;
		for (int i = Priority.MIN_SCORE; i <= Priority.MAX_SCORE; i++) {
			for (int s = Priority.MIN_SCORE; s <= Priority.MAX_SCORE; s++) {
				max = Math.max(max, counts[i][s]);
				total += counts[i][s];
			}
		}
		var rows = new ArrayList<Row>();
		for (int i = Priority.MAX_SCORE; i >= Priority.MIN_SCORE; i--) {
			var cells = new ArrayList<Cell>();
			for (int s = Priority.MIN_SCORE; s <= Priority.MAX_SCORE; s++) {
				cells.add(new Cell(i, s, counts[i][s], shade(counts[i][s], max)));
			}
			rows.add(new Row(i, List.copyOf(cells)));
		}
		return new NeedsGrid(List.copyOf(rows), total);
	}

	/** 0 for none; else the count's share of the fullest cell's, rounded up to one of the shades. */
	static int shade(int count, int max) {
		if (count <= 0 || max <= 0) {
			return 0;
		}
		return Math.min(SHADES, (count * SHADES + max - 1) / max);
	}
}
