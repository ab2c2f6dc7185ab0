package org.agora.search;

import java.time.Instant;
import java.util.List;

import org.agora.platform.search.SearchDocument;
import org.agora.platform.web.Paging;

/**
 * A page of search results.
 *
 * @param request what was asked
 * @param hits the hits on this page the person may open
 * @param total how many things match among those the person holds a key to
 * @param facets how the matches divide by type, space, tag, unit and date
 * @param suggestion a spelling that finds more, or null
 */
record SearchResults(SearchRequest request, List<Hit> hits, long total, Facets facets, String suggestion)
		implements Paging {

	static SearchResults none(SearchRequest request) {
		return new SearchResults(request, List.of(), 0, Facets.NONE, null);
	}

	@Override
	public int page() {
		return request.page();
	}

	@Override
	public int size() {
		return SearchRequest.PAGE_SIZE;
	}

	/** No more pages than are served: past the last, a narrower search is the way on. */
	@Override
	public int pages() {
		return Math.min(Paging.super.pages(), SearchRequest.MAX_PAGE);
	}

	@Override
	public boolean hasNext() {
		return Paging.super.hasNext() && page() + 1 < SearchRequest.MAX_PAGE;
	}

	/** A hit; {@code titleHtml} and the snippet are HTML: the text escaped, the matching words in {@code <mark>}. */
	record Hit(String type, long id, String title, String titleHtml, String snippet, String path, String kind,
			SearchDocument.Facet space, SearchDocument.Facet unit, Instant date) {
	}

	/** Matches by each facet, most first. */
	record Facets(List<Count> type, List<Count> space, List<Count> tag, List<Count> unit, List<Count> date) {

		static final Facets NONE = new Facets(List.of(), List.of(), List.of(), List.of(), List.of());
	}

	/** @param value what filters by it @param name what is shown @param count how many matches have it */
	record Count(String value, String name, long count) {
	}
}
