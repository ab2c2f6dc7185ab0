package org.agora.search;

import java.util.List;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search as JSON: the same words, filters and permission checks as the page; admins rebuild the index. */
@RestController
@RequestMapping("/api/v1/search")
class SearchApi {

	private final SiteSearch search;

	private final Sources sources;

	private final IndexRebuild rebuild;

	SearchApi(SiteSearch search, Sources sources, IndexRebuild rebuild) {
		this.search = search;
		this.sources = sources;
		this.rebuild = rebuild;
	}

	/**
	 * @param page from 1
	 * @param hits the snippet of each is HTML: the text escaped, the matching words in {@code <mark>}
	 */
	record Results(String query, long total, int page, int pages, List<SearchResults.Hit> hits,
			SearchResults.Facets facets, String suggestion) {
	}

	@GetMapping
	Results search(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) List<String> type, @RequestParam(required = false) Long space,
			@RequestParam(required = false) String tag, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) String date, @RequestParam(defaultValue = "1") int page) {
		var request = SearchParams.request(q, type, space, tag, unit, date, page, sources.types());
		var found = search.search(viewer, request);
		return new Results(request.text(), found.total(), page, found.pages(), found.hits(), found.facets(),
				found.suggestion());
	}

	/** Starts rebuilding the whole index in the background: 202, or 409 while one runs. */
	@PostMapping("/rebuild")
	ResponseEntity<RebuildStatus> rebuild() {
		boolean started = rebuild.start();
		return ResponseEntity.status(started ? HttpStatus.ACCEPTED : HttpStatus.CONFLICT).body(rebuild.status());
	}

	@GetMapping("/rebuild")
	RebuildStatus rebuildStatus() {
		return rebuild.status();
	}
}
