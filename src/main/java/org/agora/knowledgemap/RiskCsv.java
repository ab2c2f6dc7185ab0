package org.agora.knowledgemap;

import java.util.List;
import java.util.function.Function;

/**
 * The risk register as CSV for spreadsheets (RFC 4180: commas, CRLF, quotes doubled), with a byte-order mark so that
 * spreadsheets read Hebrew right, and a header row in the reader's language. A cell a spreadsheet would take for a
 * formula (starting with {@code = + - @}, a tab or a carriage return) is prefixed with an apostrophe.
 */
final class RiskCsv {

	private RiskCsv() {
	}

	static String write(List<RiskRegister.Line> lines, Function<String, String> label) {
		var csv = new StringBuilder("\uFEFF");
		row(csv, List.of("area", "holder", "unit", "level", "score", "attrition", "position", "departure",
				"reason", "successor", "successorHolds", "captured", "actionsDone", "actionsPlanned", "singlePoint")
			.stream()
			.map(k -> label.apply("map.retention.csv." + k))
			.toList());
		for (var l : lines) {
			var h = l.holder();
			row(csv, List.of(h.areaName(), l.personName(), l.unitName() == null ? "" : l.unitName(),
					l.level().name(), Integer.toString(l.score()), Integer.toString(l.attrition()),
					Integer.toString(h.positionRisk()),
					h.expectedDeparture() == null ? "" : h.expectedDeparture().toString(),
					h.reason() == null ? "" : h.reason().name(), l.successorName() == null ? "" : l.successorName(),
					Boolean.toString(h.successorHolds()), Boolean.toString(h.captured()), Integer.toString(l.actionsDone()),
					Integer.toString(l.actionsPlanned()), Boolean.toString(l.singlePoint())));
		}
		return csv.toString();
	}

	/** One cell, safe from formula injection and quoted when it holds a separator, a quote or a line break. */
	static String cell(String value) {
		String text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

	private static void row(StringBuilder csv, List<String> cells) {
		csv.append(String.join(",", cells.stream().map(RiskCsv::cell).toList())).append("\r\n");
	}
}
