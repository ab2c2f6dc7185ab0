package org.agora.search;

import java.util.List;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page, and the titles suggested while typing in the header's search box. */
@Controller
class SearchController {

	private final SiteSearch search;

	private final Sources sources;

	SearchController(SiteSearch search, Sources sources) {
		this.search = search;
		this.sources = sources;
	}

	@GetMapping("/search")
	String search(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) List<String> type, @RequestParam(required = false) Long space,
			@RequestParam(required = false) String tag, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) String date, @RequestParam(defaultValue = "1") int page, Model model) {
		var request = SearchParams.request(q, type, space, tag, unit, date, page, sources.types());
		model.addAttribute("view", new SearchView(search.search(viewer, request)));
		return "search/results";
	}

	@GetMapping("/search/suggest")
	String suggest(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(defaultValue = "") String q,
			Model model) {
		model.addAttribute("hits", search.suggest(viewer, q));
		return "search/suggest";
	}
}
