package org.agora.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * The registration list as CSV for spreadsheets: a header row in the reader's language, then the people with a seat
 * and those waiting. A cell that a spreadsheet would take for a formula (starting with {@code = + - @}, a tab or a
 * carriage return) is prefixed with an apostrophe, so names typed by people cannot run as formulas.
 */
final class RegistrationsCsv {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private RegistrationsCsv() {
	}

	/**
	 * @param label the reader's words for a message key
	 * @param zone the time zone the times are written in
	 */
	static String write(Roster.Listing listing, Function<String, String> label, ZoneId zone) {
		var csv = new StringBuilder("\uFEFF");
		row(csv, List.of(label.apply("calattend.csv.name"), label.apply("calattend.csv.email"),
				label.apply("calattend.csv.unit"), label.apply("calattend.csv.status"),
				label.apply("calattend.csv.position"), label.apply("calattend.csv.registeredAt"),
				label.apply("calattend.csv.attendedAt")));
		for (var entries : List.of(listing.registered(), listing.waitlist())) {
			for (var e : entries) {
				row(csv, List.of(e.name(), e.email(), e.unit() == null ? "" : e.unit(),
						label.apply(e.status().labelKey()), e.position() == 0 ? "" : Integer.toString(e.position()),
						time(e.registeredAt(), zone), time(e.attendedAt(), zone)));
			}
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
		csv.append(String.join(",", cells.stream().map(RegistrationsCsv::cell).toList())).append("\r\n");
	}

	private static String time(Instant instant, ZoneId zone) {
		return instant == null ? "" : TIME.format(instant.atZone(zone));
	}
}
