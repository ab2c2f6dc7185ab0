package org.agora.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/** The search page: its results, and links that keep the current filters while changing one. */
record SearchView(SearchResults results) {

	SearchRequest request() {
		return results.request();
	}

	boolean asked() {
		return !request().text().isEmpty() || request().filtered();
	}

	/** The current search with one filter set to the value, or removed when it has that value, from page 1. */
	String toggle(String name, String value) {
		List<String> types = new ArrayList<>(request().types());
		String space = string(request().space());
		String tag = request().tag();
		String unit = string(request().unit());
		String date = request().date() == null ? null : request().date().param();
		switch (name) {
			case "type" -> {
				if (!types.remove(value)) {
					types.add(value);
				}
			}
			case "space" -> space = value.equals(space) ? null : value;
			case "tag" -> tag = value.equals(tag) ? null : value;
			case "unit" -> unit = value.equals(unit) ? null : value;
			case "date" -> date = value.equals(date) ? null : value;
			default -> throw new IllegalArgumentException(name);
		}
		return link(request().text(), types, space, tag, unit, date, 1);
	}

	boolean chosen(String name, String value) {
		return switch (name) {
			case "type" -> request().types().contains(value);
			case "space" -> value.equals(string(request().space()));
			case "tag" -> value.equals(request().tag());
			case "unit" -> value.equals(string(request().unit()));
			case "date" -> request().date() != null && value.equals(request().date().param());
			default -> false;
		};
	}

	String page(int page) {
		var r = request();
		return link(r.text(), r.types(), string(r.space()), r.tag(), string(r.unit()),
				r.date() == null ? null : r.date().param(), page + 1);
	}

	String unfiltered() {
		return link(request().text(), List.of(), null, null, null, null, 1);
	}

	String corrected() {
		return link(results.suggestion(), List.of(), null, null, null, null, 1);
	}

	private static String link(String q, List<String> types, String space, String tag, String unit, String date,
			int page) {
		var link = UriComponentsBuilder.fromPath("/search");
		add(link, "q", q);
		types.forEach(type -> add(link, "type", type));
		add(link, "space", space);
		add(link, "tag", tag);
		add(link, "unit", unit);
		add(link, "date", date);
		if (page > 1) {
			add(link, "page", Integer.toString(page));
		}
		return link.build(true).toUriString();
	}

	private static void add(UriComponentsBuilder link, String name, String value) {
		if (value != null && !value.isBlank()) {
			link.queryParam(name, UriUtils.encode(value, StandardCharsets.UTF_8));
		}
	}

	private static String string(Long id) {
		return id == null ? null : id.toString();
	}
}
