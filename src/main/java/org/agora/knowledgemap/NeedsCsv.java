package org.agora.knowledgemap;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The backlog as CSV (RFC 4180): every field quoted when it holds a comma, a quote or a line break, quotes doubled,
 * lines ended by CRLF; UTF-8 with a byte order mark, so that Excel reads Hebrew. A cell that starts with = + - or @
 * is prefixed with ' so that a spreadsheet does not run it as a formula.
 */
@Component
class NeedsCsv {

	static final List<String> COLUMNS = List.of("id", "unit", "area", "title", "needed by", "people", "availability",
			"importance", "scarcity", "frequency", "priority", "status", "updated");

	byte[] write(List<BacklogPages.Row> rows) {
		var csv = new StringBuilder("\uFEFF");
		line(csv, COLUMNS);
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
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(cell(cells.get(i)));
		}
		csv.append("\r\n");
	}

	static String cell(String value) {
		String text = value;
		if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
