package org.agora.knowledge;

import java.util.HashMap;
import java.util.Map;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may read, write, move, rate and review knowledge articles. Lists filter with {@link #visible}, the search index
 * with {@link KnowledgeSearchSource}'s keys; both say the same as {@link #maySee} (a test keeps them in agreement).
 *
 * <ul>
 * <li>The knowledge base is the organization's: guests from partner communities see none of it, as articles speak of
 * the organization's units and its own practice.</li>
 * <li>Published and archived articles are read by everyone in the organization (an archived one is marked so, and
 * links to it keep working); drafts and articles in review only by their owner, contributors, reviewer and the
 * community managers (admins count as managers).</li>
 * <li>Knowledge leaders and managers write articles; employees read, rate, and edit the articles they are named
 * contributors of. Employees' knowledge reaches the base through leaders (harvested from discussions, or as
 * contributors), which keeps the base curated without a second review queue.</li>
 * <li>The owner, contributors and managers edit drafts and published articles; an article in review is frozen until
 * its reviewer (or a manager) approves it or sends it back, and an archived one until it is restored.</li>
 * <li>The owner or a manager publishes directly, archives and restores; any editor submits for review.</li>
 * <li>Templates (the toolkit) are written and edited by managers only, and have no review-by date.</li>
 * <li>The owner or a manager confirms a published article is still accurate or moves its review-by date; managers
 * see the list of stale articles.</li>
 * <li>Everyone who reads a published article rates it, except its owner and contributors; its helpfulness is shown to
 * them and to managers.</li>
 * </ul>
 */
@Component
class KnowledgePolicy {

	/** A where-clause on {@code knowledge_article a} and its parameters. */
	record Filter(String where, Map<String, Object> params) {
	}

	/** Anyone in the organization: every role but a guest's alone. */
	static boolean inOrganization(AgoraPrincipal viewer) {
		return viewer != null && viewer.roles().stream().anyMatch(r -> r != Role.GUEST);
	}

	static boolean involved(AgoraPrincipal viewer, Article article) {
		long me = viewer.personId();
		return article.ownedBy(me) || article.contributor(me) || article.reviewer(me);
	}

	boolean maySee(AgoraPrincipal viewer, Article article) {
		if (!inOrganization(viewer)) {
			return false;
		}
		return viewer.isManager() || article.status().open() || involved(viewer, article);
	}

	/** What {@link #maySee} says, as SQL. */
	Filter visible(AgoraPrincipal viewer) {
		if (!inOrganization(viewer)) {
			return new Filter("1 = 0", Map.of());
		}
		if (viewer.isManager()) {
			return new Filter("1 = 1", Map.of());
		}
		Map<String, Object> params = new HashMap<>();
		params.put("viewer", viewer.personId());
		return new Filter("""
				(a.status in ('PUBLISHED', 'ARCHIVED') or a.owner_id = :viewer or a.reviewer_id = :viewer
				 or exists (select 1 from knowledge_contributor kc where kc.article_id = a.id and kc.person_id = :viewer))""",
				params);
	}

	boolean mayCreate(AgoraPrincipal viewer) {
		return viewer != null && (viewer.isManager() || viewer.has(Role.KNOWLEDGE_LEADER));
	}

	boolean mayCreate(AgoraPrincipal viewer, ArticleType type) {
		return type == ArticleType.TEMPLATE ? mayManageTemplates(viewer) : mayCreate(viewer);
	}

	boolean mayManageTemplates(AgoraPrincipal viewer) {
		return viewer != null && viewer.isManager();
	}

	/** Owner, contributors and managers; managers alone for templates. Whatever the status. */
	boolean isEditor(AgoraPrincipal viewer, Article article) {
		if (!maySee(viewer, article)) {
			return false;
		}
		if (article.isTemplate()) {
			return viewer.isManager();
		}
		return viewer.isManager() || article.ownedBy(viewer.personId()) || article.contributor(viewer.personId());
	}

	/** Save a new version: an editor, while the article is a draft or published. */
	boolean mayEdit(AgoraPrincipal viewer, Article article) {
		return isEditor(viewer, article)
				&& (article.status() == ArticleStatus.DRAFT || article.status() == ArticleStatus.PUBLISHED);
	}

	/** Whether the person may make the move now, the article's status included. */
	boolean may(AgoraPrincipal viewer, Article article, Transition move) {
		return article.status() == move.from && allowed(viewer, article, move);
	}

	/** Whether the person would be allowed the move, whatever the status is now. */
	boolean allowed(AgoraPrincipal viewer, Article article, Transition move) {
		if (!maySee(viewer, article)) {
			return false;
		}
		boolean ownerOrManager = viewer.isManager()
				|| (!article.isTemplate() && article.ownedBy(viewer.personId()));
		return switch (move) {
			case SUBMIT -> isEditor(viewer, article);
			case APPROVE, SEND_BACK -> viewer.isManager() || article.reviewer(viewer.personId());
			case PUBLISH, ARCHIVE, UNARCHIVE -> ownerOrManager;
		};
	}

	/** Confirm it is still accurate, or move its review-by date: the owner or a manager, while published. */
	boolean mayConfirmReview(AgoraPrincipal viewer, Article article) {
		return article.status() == ArticleStatus.PUBLISHED && !article.isTemplate() && maySee(viewer, article)
				&& (viewer.isManager() || article.ownedBy(viewer.personId()));
	}

	boolean mayRate(AgoraPrincipal viewer, Article article) {
		return article.status() == ArticleStatus.PUBLISHED && maySee(viewer, article)
				&& !article.ownedBy(viewer.personId()) && !article.contributor(viewer.personId());
	}

	/** The helpful and not-helpful counts and comments: owner, contributors and managers. */
	boolean maySeeHelpfulness(AgoraPrincipal viewer, Article article) {
		return maySee(viewer, article) && (viewer.isManager() || article.ownedBy(viewer.personId())
				|| article.contributor(viewer.personId()));
	}

	boolean maySeeStaleList(AgoraPrincipal viewer) {
		return viewer != null && viewer.isManager();
	}

	/** Turn a solved question or a thread into a draft: leaders and managers (the thread must be visible to them). */
	boolean mayHarvest(AgoraPrincipal viewer) {
		return mayCreate(viewer);
	}
}
