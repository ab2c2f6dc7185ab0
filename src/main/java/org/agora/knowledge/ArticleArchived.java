package org.agora.knowledge;

import java.time.Instant;

/**
 * A published article was put in the archive: still readable, but no longer current. Restoring it from the archive
 * publishes it again ({@link ArticlePublished}).
 */
public record ArticleArchived(long articleId, Long ownerId, long archivedBy, Instant archivedAt) {
}
