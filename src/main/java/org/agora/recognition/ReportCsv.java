package org.agora.recognition;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The recognition report as CSV for spreadsheets: RFC 4180 (commas, CRLF, quotes doubled), UTF-8 with a byte-order
 * mark so that spreadsheets read Hebrew right, headers and labels in the reader's language. One table holds every
 * part, the first column naming it. A cell a spreadsheet would take for a formula (starting with = + - @, a tab or a
 * carriage return) is prefixed with an apostrophe, as the knowledge map's exports do; their guard is not visible from
 * here, hence this small copy of it.
 */
final class ReportCsv {

	/** The columns, each header the message {@code recognition.report.csv.<column>}. */
	static final List<String> COLUMNS = List.of("part", "rank", "name", "unit", "points", "count");

	private ReportCsv() {
	}

	static byte[] write(RecognitionReport.Report report, Locale locale, Function<String, String> label) {
		var csv = new StringBuilder("\uFEFF");
		line(csv, COLUMNS.stream().map(c -> label.apply("recognition.report.csv." + c)).toList());
		var q = report.query();
		String scope = report.unitName() != null ? report.unitName() : label.apply("recognition.report.wholeOrganization");
		line(csv, part(label, "period", "", q.from() + " – " + q.to(), scope, "", ""));
		line(csv, part(label, "totals", "", label.apply("recognition.report.totalPoints"), "",
				report.points(), ""));
		line(csv, part(label, "totals", "", label.apply("recognition.report.totalPeople"), "", "",
				report.people()));
		for (var s : report.top()) {
			line(csv, part(label, "top", s.rank(), s.name(), text(s.unitName()),
					s.points(), ""));
		}
		if (report.moreTied() > 0) {
			line(csv, part(label, "top", "", label.apply("recognition.report.top.moreTied"), "", "", report.moreTied()));
		}
		for (var o : report.outcomes()) {
			line(csv, part(label, "outcomes", "", label.apply("recognition.report.outcome." + o.rule().name()), "", "",
					o.count()));
		}
		for (var u : report.units()) {
			line(csv, part(label, "units", "", "", u.name() == null ? label.apply("recognition.report.noUnit") : u.name(),
					u.points(), u.people()));
		}
		for (var b : report.badges()) {
			line(csv, part(label, "badges", "", b.name(locale.getLanguage()), "", "", b.count()));
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** A row of a part: its cells are text, or numbers, which are written as they are. */
	private static List<Object> part(Function<String, String> label, String part, Object... cells) {
		var row = new ArrayList<Object>();
		row.add(label.apply("recognition.report.part." + part));
		row.addAll(List.of(cells));
		return row;
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

	private static void line(StringBuilder csv, List<?> cells) {
		csv.append(String.join(",",
				cells.stream().map(c -> c instanceof Integer n ? n.toString() : cell((String) c)).toList()))
			.append("\r\n");
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
