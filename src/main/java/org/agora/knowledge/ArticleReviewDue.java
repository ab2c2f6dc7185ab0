package org.agora.knowledge;

import java.time.LocalDate;

/**
 * A published article's review-by date is near or passed; its owner is reminded once for that date.
 *
 * @param path its address, {@code /knowledge/a/<id>-<slug>}
 */
public record ArticleReviewDue(long articleId, long ownerId, String title, String path, LocalDate reviewBy) {
}
