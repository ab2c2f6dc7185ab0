package org.agora.knowledge;

import java.time.Instant;

/**
 * A new version of an article was saved (an edit or a restore). It carries no text: a draft's words stay with the
 * people who may read it.
 *
 * @param version the number of the new version
 * @param status the article's status, so that listeners can ignore drafts
 */
public record ArticleUpdated(long articleId, int version, long editorId, ArticleStatus status, Instant updatedAt) {
}
