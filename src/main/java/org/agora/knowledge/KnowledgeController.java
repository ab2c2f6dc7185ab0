package org.agora.knowledge;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Browsing the knowledge base: published articles by type and tag, the viewer's own drafts and reviews, the archive,
 * and for managers the stale list. An htmx request gets the list alone.
 */
@Controller
class KnowledgeController {

	static final int PAGE_SIZE = 20;

	/** The tabs of the browse page. */
	enum Tab {
		ALL, MINE, REVIEW, STALE, ARCHIVED
	}

	private final ArticleListing listing;

	private final KnowledgePolicy policy;

	private final KnowledgeDates dates;

	private final PersonNames names;

	KnowledgeController(ArticleListing listing, KnowledgePolicy policy, KnowledgeDates dates, PersonNames names) {
		this.listing = listing;
		this.policy = policy;
		this.dates = dates;
		this.names = names;
	}

	@GetMapping("/knowledge")
	String browse(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(defaultValue = "all") String tab,
			@RequestParam(required = false) String type, @RequestParam(required = false) String tag,
			@RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model) {
		Tab shown = tab(tab);
		if (shown == Tab.STALE && !policy.maySeeStaleList(viewer)) {
			throw new NotFoundException("List");
		}
		ArticleType chosen = type == null || type.isBlank() ? null : ArticleType.parse(type);
		var query = switch (shown) {
			case ALL -> new ArticleListing.Query(chosen, ArticleStatus.PUBLISHED, tag, false, false, false);
			case MINE -> new ArticleListing.Query(chosen, null, tag, false, true, null);
			case REVIEW -> new ArticleListing.Query(chosen, null, tag, false, false, null, true);
			case STALE -> new ArticleListing.Query(chosen, null, tag, true, false, false);
			case ARCHIVED -> new ArticleListing.Query(chosen, ArticleStatus.ARCHIVED, tag, false, false, false);
		};
		var found = listing.list(viewer, query, Math.max(0, page), PAGE_SIZE);
		model.addAttribute("tab", shown);
		model.addAttribute("type", chosen);
		model.addAttribute("tag", tag == null ? "" : tag);
		model.addAttribute("articles", found);
		model.addAttribute("owners", names.names(found.items().stream()
			.map(Article::ownerId).filter(java.util.Objects::nonNull).toList()));
		model.addAttribute("today", dates.today());
		model.addAttribute("tags", listing.popularTags(20));
		model.addAttribute("mayWrite", policy.mayCreate(viewer));
		return htmx ? "knowledge/list" : "knowledge/index";
	}

	private static Tab tab(String typed) {
		try {
			return Tab.valueOf(typed.toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			return Tab.ALL;
		}
	}
}
