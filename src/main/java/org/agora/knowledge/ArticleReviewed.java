package org.agora.knowledge;

import java.time.Instant;
import java.time.LocalDate;

/** The owner (or a manager) confirmed a published article is still accurate; its next review is due by reviewBy. */
public record ArticleReviewed(long articleId, Long ownerId, long reviewedBy, LocalDate reviewBy, Instant reviewedAt) {
}
