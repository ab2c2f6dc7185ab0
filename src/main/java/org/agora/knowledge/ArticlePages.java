package org.agora.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.agora.platform.markdown.MarkdownRenderer;
import org.agora.platform.security.AgoraPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An article as its page and its JSON twin show it: names for ids, the viewer's actions, rating and freshness. */
@Component
@Transactional(readOnly = true)
class ArticlePages {

	/** A person named on the article. */
	record Named(long id, String name) {
	}

	/** An attachment of the article. */
	record Attachment(long id, String name, String contentType, int size) {

		String href() {
			return "/knowledge/attachments/" + id;
		}
	}

	/**
	 * @param owner null for a template Agora shipped
	 * @param actions what the viewer may do now: {@code edit}, the transitions' slugs, {@code confirm-review},
	 * {@code rate}, {@code history}
	 */
	record View(Article article, String html, Named owner, List<Named> contributors, Named reviewer, String unitName,
			String spaceName, String spaceSlug, List<Attachment> attachments, boolean stale, Ratings.Mine myRating,
			Ratings.Helpfulness helpfulness, Set<String> actions) {

		boolean may(String action) {
			return actions.contains(action);
		}

		/** The id of the page's control for a field of the workflow and rating forms, for the error summary's links. */
		String fieldId(String field) {
			return switch (field) {
				case "reviewer" -> "reviewer";
				case "comment" -> may("send-back") ? "send-back-comment" : "rating-comment";
				case "reviewBy" -> may("publish") ? "publish-review-by" : "confirm-review-by";
				case "helpful" -> "rate-yes";
				default -> "article-actions";
			};
		}
	}

	private final Articles articles;

	private final KnowledgePolicy policy;

	private final PersonNames names;

	private final Places places;

	private final Ratings ratings;

	private final KnowledgeDates dates;

	private final MarkdownRenderer markdown;

	private final JdbcClient jdbc;

	ArticlePages(Articles articles, KnowledgePolicy policy, PersonNames names, Places places, Ratings ratings,
			KnowledgeDates dates, MarkdownRenderer markdown, JdbcClient jdbc) {
		this.articles = articles;
		this.policy = policy;
		this.names = names;
		this.places = places;
		this.ratings = ratings;
		this.dates = dates;
		this.markdown = markdown;
		this.jdbc = jdbc;
	}

	View view(AgoraPrincipal viewer, long id) {
		return view(viewer, articles.visible(viewer, id));
	}

	View view(AgoraPrincipal viewer, Article a) {
		var ids = new ArrayList<Long>(a.contributorIds());
		if (a.ownerId() != null) {
			ids.add(a.ownerId());
		}
		if (a.reviewerId() != null) {
			ids.add(a.reviewerId());
		}
		var known = names.names(ids);
		var contributors = a.contributorIds().stream().filter(known::containsKey).map(c -> new Named(c, known.get(c))).toList();
		return new View(a, markdown.toHtml(a.body()), named(a.ownerId(), known), contributors,
				named(a.reviewerId(), known), places.unitName(a.unitId()), places.spaceName(a.spaceId()),
				places.spaceSlug(a.spaceId()), attachments(a.id()), a.stale(dates.today()),
				ratings.mine(viewer.personId(), a.id()), ratings.helpfulness(viewer, a), actions(viewer, a));
	}

	Set<String> actions(AgoraPrincipal viewer, Article a) {
		Set<String> actions = new LinkedHashSet<>();
		if (policy.mayEdit(viewer, a)) {
			actions.add("edit");
		}
		for (var t : Transition.values()) {
			if (policy.may(viewer, a, t)) {
				actions.add(t.slug());
			}
		}
		if (policy.mayConfirmReview(viewer, a)) {
			actions.add("confirm-review");
		}
		if (policy.mayRate(viewer, a)) {
			actions.add("rate");
		}
		return actions;
	}

	List<Attachment> attachments(long articleId) {
		return jdbc.sql("""
				select id, file_name, content_type, size_bytes from knowledge_attachment
				where article_id = :id and removed_at is null order by id""")
			.param("id", articleId)
			.query((rs, n) -> new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
			.list();
	}

	private static Named named(Long id, java.util.Map<Long, String> known) {
		return id == null || !known.containsKey(id) ? null : new Named(id, known.get(id));
	}
}
