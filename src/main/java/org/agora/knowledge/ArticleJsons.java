package org.agora.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The JSON shapes of articles in the API. */
final class ArticleJsons {

	record PageJson<T>(List<T> items, int page, int size, long total) {
	}

	record PersonJson(long id, String name) {
	}

	record AttachmentJson(long id, String name, String contentType, int size, String href) {
	}

	record HelpfulnessJson(int helpful, int notHelpful, List<CommentJson> comments) {
	}

	record CommentJson(boolean helpful, String comment, String name, Instant at) {
	}

	record RatingJson(boolean helpful, String comment) {
	}

	/** An article in a list: everything but its body. */
	record SummaryJson(long id, String path, ArticleType type, ArticleStatus status, String language, String title,
			String summary, Long ownerId, List<String> tags, int version, Instant updatedAt, Instant publishedAt,
			LocalDate reviewBy, boolean stale) {
	}

	/**
	 * An article with its body, people and the viewer's actions; helpfulness is null unless the viewer may see it.
	 */
	record ArticleJson(long id, String path, ArticleType type, ArticleStatus status, String language, String title,
			String summary, String body, PersonJson owner, List<PersonJson> contributors, PersonJson reviewer,
			String reviewComment, Long unitId, String unitName, Long spaceId, String spaceName, Long sourceThreadId,
			String toolkitSlug, int version, Instant createdAt, Instant updatedAt, Instant publishedAt,
			LocalDate reviewBy, boolean stale, List<String> tags, List<AttachmentJson> attachments,
			RatingJson myRating, HelpfulnessJson helpfulness, Set<String> actions) {
	}

	record VersionJson(int number, ArticleType type, String title, String summary, String body, List<String> tags,
			PersonJson writtenBy, Instant writtenAt, Integer restoredFrom) {
	}

	record SegmentJson(String op, String text) {
	}

	record DiffJson(int from, int to, boolean typeChanged, List<SegmentJson> title, List<SegmentJson> summary,
			List<SegmentJson> tags, List<SegmentJson> body) {
	}

	private ArticleJsons() {
	}

	static SummaryJson summary(Article a, LocalDate today) {
		return new SummaryJson(a.id(), a.path(), a.type(), a.status(), a.language(), a.title(), a.summary(),
				a.ownerId(), a.tags(), a.version(), a.updatedAt(), a.publishedAt(), a.reviewBy(), a.stale(today));
	}

	static ArticleJson article(ArticlePages.View v) {
		var a = v.article();
		var h = v.helpfulness();
		return new ArticleJson(a.id(), a.path(), a.type(), a.status(), a.language(), a.title(), a.summary(), a.body(),
				person(v.owner()), v.contributors().stream().map(ArticleJsons::person).toList(), person(v.reviewer()),
				a.reviewComment(), a.unitId(), v.unitName(), a.spaceId(), v.spaceName(), a.sourceThreadId(),
				a.toolkitSlug(), a.version(), a.createdAt(), a.updatedAt(), a.publishedAt(), a.reviewBy(), v.stale(),
				a.tags(),
				v.attachments().stream().map(f -> new AttachmentJson(f.id(), f.name(), f.contentType(), f.size(), f.href())).toList(),
				v.myRating() == null ? null : new RatingJson(v.myRating().helpful(), v.myRating().comment()),
				h == null ? null : new HelpfulnessJson(h.helpful(), h.notHelpful(), h.comments().stream()
					.map(c -> new CommentJson(c.helpful(), c.comment(), c.name(), c.at())).toList()),
				v.actions());
	}

	static VersionJson version(ArticleVersions.Version v) {
		return new VersionJson(v.number(), v.type(), v.title(), v.summary(), v.body(), v.tags(),
				v.writtenById() == null ? null : new PersonJson(v.writtenById(), v.writtenBy()), v.writtenAt(),
				v.restoredFrom());
	}

	static DiffJson diff(ArticleVersions.Comparison c) {
		return new DiffJson(c.from().number(), c.to().number(), c.typeChanged(), segments(c.title()),
				segments(c.summary()), segments(c.tags()), segments(c.body()));
	}

	private static List<SegmentJson> segments(List<TextDiff.Segment> segments) {
		return segments.stream().map(s -> new SegmentJson(s.op().name(), s.text())).toList();
	}

	private static PersonJson person(ArticlePages.Named named) {
		return named == null ? null : new PersonJson(named.id(), named.name());
	}
}
