package org.agora.search;

import java.util.List;
import java.util.Set;

import org.agora.platform.web.InvalidInputException;

/** Checks a search's query parameters, the same for the page and the API. */
final class SearchParams {

	private SearchParams() {
	}

	/**
	 * @param page from 1, as people count pages
	 * @throws InvalidInputException naming the first parameter that is wrong
	 */
	static SearchRequest request(String q, List<String> types, Long space, String tag, Long unit, String date,
			int page, Set<String> knownTypes) {
		List<String> chosen = types == null ? List.of()
				: types.stream().filter(t -> t != null && !t.isBlank()).distinct().toList();
		for (String type : chosen) {
			if (!knownTypes.contains(type)) {
				throw new InvalidInputException("type", "search.error.type",
						"is not one of " + String.join(", ", knownTypes));
			}
		}
		DateRange range = date == null || date.isBlank() ? null : DateRange.of(date);
		if (range == null && date != null && !date.isBlank()) {
			throw new InvalidInputException("date", "search.error.date",
					"is not one of upcoming, week, month, year, older");
		}
		if (page < 1 || page > SearchRequest.MAX_PAGE) {
			throw new InvalidInputException("page", "search.error.page",
					"must be between 1 and " + SearchRequest.MAX_PAGE);
		}
		return new SearchRequest(q, chosen, space, tag, unit, range, page - 1);
	}
}
