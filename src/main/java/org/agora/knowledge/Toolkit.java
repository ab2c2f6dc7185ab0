package org.agora.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leaders' toolkit as a reader sees it: the published templates, a shipped one in the reader's language, or in
 * English when it has no translation; templates the managers wrote in their own language as they are.
 */
@Component
@Transactional(readOnly = true)
class Toolkit {

	private final ArticleListing listing;

	Toolkit(ArticleListing listing) {
		this.listing = listing;
	}

	List<Article> templates(AgoraPrincipal viewer, String language) {
		var all = listing.list(viewer, new ArticleListing.Query(null, ArticleStatus.PUBLISHED, null, false, false, true), 0,
				ArticleListing.MAX_SIZE).items();
		Map<String, Article> shipped = new LinkedHashMap<>();
		List<Article> own = new ArrayList<>();
		for (var a : all) {
			if (a.toolkitSlug() == null) {
				own.add(a);
				continue;
			}
			var chosen = shipped.get(a.toolkitSlug());
			if (chosen == null || rank(a, language) < rank(chosen, language)) {
				shipped.put(a.toolkitSlug(), a);
			}
		}
		var result = new ArrayList<>(shipped.values());
		result.addAll(own);
		result.sort(java.util.Comparator.comparing(Article::title, String.CASE_INSENSITIVE_ORDER));
		return result;
	}

	/** The reader's language first, then English, then any. */
	private static int rank(Article a, String language) {
		return a.language().equals(language) ? 0 : a.language().equals("en") ? 1 : 2;
	}
}
