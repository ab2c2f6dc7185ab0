package org.agora.knowledgemap;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Component;

/**
 * The backlog as CSV (RFC 4180), written as the risk register's is: every cell through {@link RiskCsv#cell} (quoted
 * when it holds a comma, a quote or a line break, and kept from being run as a formula), lines ended by CRLF, UTF-8
 * with a byte order mark so that Excel reads Hebrew, and the header row in the reader's language.
 */
@Component
class NeedsCsv {

	/** The columns, each header the message {@code map.needs.csv.<column>}. */
	static final List<String> COLUMNS = List.of("id", "unit", "area", "title", "neededBy", "people", "availability",
			"importance", "scarcity", "frequency", "priority", "status", "updated");

	byte[] write(List<BacklogPages.Row> rows, Function<String, String> label) {
		var csv = new StringBuilder("\uFEFF");
		line(csv, COLUMNS.stream().map(c -> label.apply("map.needs.csv." + c)).toList());
		for (var row : rows) {
			var n = row.need();
			line(csv, List.of(String.valueOf(n.id()), text(row.unit()), text(row.area()), n.title(), text(n.neededBy()),
					n.peopleCount() == null ? "" : String.valueOf(n.peopleCount()), n.availability().name(),
					String.valueOf(n.importance()), String.valueOf(n.scarcity()), String.valueOf(n.frequency()),
					String.valueOf(row.priority()), n.status().name(), n.updatedAt().toString()));
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder csv, List<String> cells) {
		csv.append(String.join(",", cells.stream().map(RiskCsv::cell).toList())).append("\r\n");
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
