package org.agora.knowledge;

import java.time.Instant;

/**
 * A draft was sent for review: to the named peer, or, with none named, to the community managers. It carries ids
 * only, as the article is still unpublished: who may read it is for {@link Knowledge#articleFor}.
 *
 * @param reviewerId the peer asked to review it, or null when the community managers review it
 */
public record ArticleSubmittedForReview(long articleId, long submittedBy, Long reviewerId, Instant submittedAt) {
}
