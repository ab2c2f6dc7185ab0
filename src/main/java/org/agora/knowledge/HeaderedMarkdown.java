package org.agora.knowledge;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A Markdown file that starts with header lines {@code key: value}, then a line {@code ---}, then the body: the
 * format of the shipped toolkit templates and the demo articles. Keys are read in any case. A malformed file is refused with its name and line.
 */
record HeaderedMarkdown(Map<String, String> headers, String body) {

	static HeaderedMarkdown parse(String file, String text) {
		Map<String, String> headers = new LinkedHashMap<>();
		String[] lines = text.replace("\r\n", "\n").split("\n", -1);
		int i = 0;
		if (lines.length > 0 && lines[0].startsWith("\uFEFF")) {
			lines[0] = lines[0].substring(1);
		}
		for (; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.equals("---")) {
				break;
			}
			if (line.isEmpty()) {
				continue;
			}
			int colon = line.indexOf(':');
			if (colon <= 0) {
				throw new IllegalStateException(file + ", line " + (i + 1) + ": a header line is 'key: value'");
			}
			headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
		}
		if (i == lines.length) {
			throw new IllegalStateException(file + ": the headers end with a line '---' before the body");
		}
		String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length)).strip();
		return new HeaderedMarkdown(headers, body);
	}

	/** The header's value; an exception naming the file and key when it is missing or blank. */
	String required(String file, String key) {
		String value = headers.get(key.toLowerCase(Locale.ROOT));
		if (value == null || value.isBlank()) {
			throw new IllegalStateException(file + ": the header '" + key + "' is missing");
		}
		return value;
	}

	String optional(String key) {
		String value = headers.get(key.toLowerCase(Locale.ROOT));
		return value == null || value.isBlank() ? null : value;
	}
}
