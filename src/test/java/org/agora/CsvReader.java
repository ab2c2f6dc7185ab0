package org.agora;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads back CSV exports in the tests. */
public final class CsvReader {

	private CsvReader() {
	}

	/** An RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks; lines end in CRLF. */
	public static List<List<String>> parse(String csv) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		var cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				i++;
			}
			else {
				assertThat(c).as("a bare line break outside quotes").isNotIn('\r', '\n');
				cell.append(c);
			}
		}
		assertThat(quoted).as("an unclosed quote").isFalse();
		assertThat(cell).as("a last line without CRLF").isEmpty();
		return rows;
	}
}
