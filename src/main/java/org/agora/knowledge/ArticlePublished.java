package org.agora.knowledge;

import java.time.Instant;
import java.util.List;

/**
 * An article became readable by the organization: published directly, approved by its reviewer, or restored from the
 * archive.
 *
 * @param path its address, {@code /knowledge/a/<id>-<slug>}
 */
public record ArticlePublished(long articleId, ArticleType type, Long ownerId, List<Long> contributorIds,
		long publishedBy, String title, List<String> tags, String path, Instant publishedAt) {

	public ArticlePublished {
		contributorIds = List.copyOf(contributorIds);
		tags = List.copyOf(tags);
	}
}
