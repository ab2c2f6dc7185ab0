package org.agora.knowledge;

import java.time.Instant;

/** Someone answered "yes" to "was this helpful?" on a published article (first time, or changed from "no"). */
public record ArticleRatedHelpful(long articleId, long raterId, Long ownerId, Instant ratedAt) {
}
