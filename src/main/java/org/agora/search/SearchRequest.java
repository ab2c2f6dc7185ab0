package org.agora.search;

import java.util.List;

/**
 * A search as asked for, after its parameters were checked.
 *
 * @param text what the person typed, read as plain words
 * @param types the types to show, or empty for all
 * @param space a space's id, or null
 * @param tag a tag, or null
 * @param unit an organizational unit's id, or null
 * @param date a date range, or null
 * @param page the page, from 0
 */
record SearchRequest(String text, List<String> types, Long space, String tag, Long unit, DateRange date, int page) {

	static final int PAGE_SIZE = 20;

	/** Pages beyond this are refused: nobody reads them, and each costs the hits before it. */
	static final int MAX_PAGE = 50;

	SearchRequest {
		text = text == null ? "" : text.strip();
		types = types == null ? List.of() : List.copyOf(types);
		tag = tag == null || tag.isBlank() ? null : IndexFields.tag(tag);
	}

	boolean filtered() {
		return !types.isEmpty() || space != null || tag != null || unit != null || date != null;
	}
}
