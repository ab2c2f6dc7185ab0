package org.agora.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An article as stored, with its tags and contributors.
 *
 * @param ownerId who answers for it; null for a template Agora shipped
 * @param reviewerId the peer asked to review it, or null
 * @param reviewComment the reviewer's comment when they sent it back, or null
 * @param unitId the org unit it is about, or null
 * @param spaceId the discussions space it belongs with, or null
 * @param sourceThreadId the discussions thread it was harvested from, or null
 * @param toolkitSlug the shipped toolkit template it is (one article per language), or null
 * @param version the number of its latest saved version; an edit names it
 * @param reviewBy the date by which its owner confirms it is still accurate; null before publishing and for
 * templates
 */
record Article(long id, ArticleType type, ArticleStatus status, String language, String title, String summary,
		String body, Long ownerId, Long reviewerId, String reviewComment, Long unitId, Long spaceId,
		Long sourceThreadId, String toolkitSlug, int version, Instant createdAt, Instant updatedAt, Instant publishedAt,
		LocalDate reviewBy, List<String> tags, List<Long> contributorIds) {

	String path() {
		return ArticlePaths.of(id, title);
	}

	boolean isTemplate() {
		return type == ArticleType.TEMPLATE;
	}

	boolean ownedBy(long personId) {
		return ownerId != null && ownerId == personId;
	}

	boolean contributor(long personId) {
		return contributorIds.contains(personId);
	}

	boolean reviewer(long personId) {
		return reviewerId != null && reviewerId == personId;
	}

	/** Published and past its review-by date. */
	boolean stale(LocalDate today) {
		return status == ArticleStatus.PUBLISHED && reviewBy != null && reviewBy.isBefore(today);
	}
}
