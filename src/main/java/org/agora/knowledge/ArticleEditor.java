package org.agora.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.agora.people.PersonSummary;
import org.agora.platform.search.SearchableChanged;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing articles: a new draft, an edit saved as a new version, and a restore of an earlier version (itself a new
 * version). Policy, rules, then the rows and the events, in one transaction; an edit made on an older version than
 * the stored one changes nothing and says so.
 */
@Service
@Transactional
class ArticleEditor {

	/** Saved against an older version: nothing was changed. */
	static final String CHANGED_MEANWHILE = "knowledge.error.changedMeanwhile";

	/** Moved or restored on an older version than the stored one: nothing was changed. */
	static final String STALE_VERSION = "knowledge.error.staleVersion";

	/** In review or archived: the text waits. */
	static final String FROZEN = "knowledge.error.frozen";

	private final Articles articles;

	private final ArticleWriter writer;

	private final KnowledgePolicy policy;

	private final PersonNames names;

	private final Places places;

	private final KnowledgeDates dates;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	ArticleEditor(Articles articles, ArticleWriter writer, KnowledgePolicy policy, PersonNames names, Places places,
			KnowledgeDates dates, ApplicationEventPublisher events, JdbcClient jdbc) {
		this.articles = articles;
		this.writer = writer;
		this.policy = policy;
		this.names = names;
		this.places = places;
		this.dates = dates;
		this.events = events;
		this.jdbc = jdbc;
	}

	/** Writes a new draft owned by the viewer; returns its id. */
	long create(AgoraPrincipal viewer, ArticleForm form, List<AttachmentFile> files, Long sourceThreadId) {
		if (!policy.mayCreate(viewer)) {
			throw new AccessDeniedException("Knowledge leaders and community managers write articles");
		}
		var text = text(viewer, form);
		var contributors = contributors(form, viewer.personId(), Set.of());
		Long unit = places.unit(ArticleRules.optionalId("unitId", form.unitId()));
		Long space = places.space(ArticleRules.optionalId("spaceId", form.spaceId()));
		String language = ArticleRules.language(form.language());
		var reviewBy = text.type() == ArticleType.TEMPLATE ? null : ArticleRules.reviewBy(form.reviewBy(), dates.today());
		var checked = ArticleRules.files(files, 0);
		Instant now = dates.now();
		long id = writer.insert(text, new ArticleWriter.Placement(ArticleStatus.DRAFT, language, viewer.personId(),
				unit, space, sourceThreadId, null, reviewBy), viewer.personId(), now);
		writer.contributors(id, contributors);
		writer.attach(id, viewer.personId(), checked, now);
		events.publishEvent(SearchableChanged.of(KnowledgeSearchSource.TYPE, id));
		return id;
	}

	/** The article, when the viewer may save a new version of it now. */
	@Transactional(readOnly = true)
	Article editable(AgoraPrincipal viewer, long id) {
		var article = articles.visible(viewer, id);
		if (!policy.isEditor(viewer, article)) {
			throw new AccessDeniedException("The owner, contributors and community managers edit an article");
		}
		if (!policy.mayEdit(viewer, article)) {
			throw new InvalidInputException("status", FROZEN,
					"The article is " + article.status() + ": it is not edited until it is a draft or published again.");
		}
		return article;
	}

	/** Saves the form as the article's next version, if it was made on the version stored now. */
	void edit(AgoraPrincipal viewer, long id, ArticleForm form, List<AttachmentFile> files, List<Long> removeFiles) {
		var article = editable(viewer, id);
		if (form.version() == null) {
			throw versionRequired();
		}
		var text = text(viewer, form);
		if (article.isTemplate() != (text.type() == ArticleType.TEMPLATE)) {
			throw new InvalidInputException("type", "knowledge.error.typeTemplateFixed",
					"A template stays a template, and an article does not become one.");
		}
		var contributors = contributors(form, article.ownerId() == null ? -1 : article.ownerId(),
				Set.copyOf(article.contributorIds()));
		Long unit = places.unit(ArticleRules.optionalId("unitId", form.unitId()));
		Long space = places.space(ArticleRules.optionalId("spaceId", form.spaceId()));
		String language = ArticleRules.language(form.language());
		var reviewBy = article.isTemplate() ? null : ArticleRules.reviewBy(form.reviewBy(), dates.today());
		var checked = ArticleRules.files(files, writer.attachmentsKept(id, removeFiles));
		if (!Set.copyOf(contributors).equals(Set.copyOf(article.contributorIds())) && !mayChangeContributors(viewer, article)) {
			throw new InvalidInputException("contributors", "knowledge.error.contributorsOwner",
					"Only the owner or a community manager changes who contributes.");
		}
		Instant now = dates.now();
		if (!writer.update(id, form.version(), text, viewer.personId(), now, null)) {
			// moved to review or the archive meanwhile, or saved by someone else
			editable(viewer, id);
			throw changedMeanwhile(id);
		}
		writer.contributors(id, contributors);
		writer.place(id, unit, space, language, reviewBy);
		writer.detach(id, removeFiles, viewer.personId(), now);
		writer.attach(id, viewer.personId(), checked, now);
		published(id, article.status(), form.version() + 1, viewer, now);
	}

	/**
	 * Makes an earlier version the text again, as a new version that names it, if the restore was chosen on the
	 * version stored now: restoring over a text the person has not seen would throw that text away unseen.
	 */
	void restore(AgoraPrincipal viewer, long id, int number, Integer expected) {
		var article = editable(viewer, id);
		if (expected == null) {
			throw versionRequired();
		}
		var version = jdbc.sql("""
				select type, title, summary, body, tags from knowledge_article_version
				where article_id = :id and number = :number""")
			.param("id", id)
			.param("number", number)
			.query((rs, n) -> new ArticleWriter.Text(ArticleType.valueOf(rs.getString(1)), rs.getString(2),
					rs.getString(3), rs.getString(4), splitTags(rs.getString(5))))
			.optional()
			.orElseThrow(() -> new InvalidInputException("restore", "knowledge.error.noSuchVersion",
					"The article has no version " + number + "."));
		Instant now = dates.now();
		if (!writer.update(id, expected, version, viewer.personId(), now, number)) {
			editable(viewer, id);
			throw VersionConflict.sinceOpened(articles.find(id).map(Article::version).orElse(0));
		}
		published(id, article.status(), expected + 1, viewer, now);
	}

	private void published(long id, ArticleStatus status, int version, AgoraPrincipal viewer, Instant now) {
		events.publishEvent(new ArticleUpdated(id, version, viewer.personId(), status, now));
		events.publishEvent(SearchableChanged.of(KnowledgeSearchSource.TYPE, id));
	}

	private static InvalidInputException versionRequired() {
		return new InvalidInputException("version", "knowledge.error.versionRequired",
				"Send the version the change was made on.");
	}

	private InvalidInputException changedMeanwhile(long id) {
		int now = articles.find(id).map(Article::version).orElse(0);
		return new VersionConflict(now);
	}

	/** The owner and managers choose the contributors; a contributor edits the text only. */
	private static boolean mayChangeContributors(AgoraPrincipal viewer, Article article) {
		return viewer.isManager() || article.ownedBy(viewer.personId());
	}

	private ArticleWriter.Text text(AgoraPrincipal viewer, ArticleForm form) {
		var type = ArticleType.parse(form.type());
		if (type == ArticleType.TEMPLATE && !policy.mayManageTemplates(viewer)) {
			throw new InvalidInputException("type", "knowledge.error.typeTemplate",
					"Community managers write the toolkit's templates.");
		}
		return new ArticleWriter.Text(type, ArticleRules.title(form.title()), ArticleRules.summary(form.summary()),
				ArticleRules.body(form.body()), ArticleRules.tags(form.tags()));
	}

	private List<Long> contributors(ArticleForm form, long ownerId, Set<Long> kept) {
		return names.resolve("contributors", form.contributors(), kept)
			.stream()
			.map(PersonSummary::id)
			.filter(p -> p != ownerId)
			.toList();
	}

	static List<String> splitTags(String tags) {
		return tags == null || tags.isBlank() ? List.of() : List.of(tags.split(","));
	}

	/** Someone saved another version first: the article is now at {@code current}. */
	static final class VersionConflict extends InvalidInputException {

		private final int current;

		VersionConflict(int current) {
			this(current, CHANGED_MEANWHILE, "Someone saved version " + current
					+ " of this article while you were editing; nothing was saved. Your text is kept: compare and save again.");
		}

		private VersionConflict(int current, String messageKey, String message) {
			super("version", messageKey, message);
			this.current = current;
		}

		/** A move or a restore chosen on an older version: there is no typing to keep, only a page to read again. */
		static VersionConflict sinceOpened(int current) {
			return new VersionConflict(current, STALE_VERSION, "Someone saved version " + current
					+ " of this article since you opened it; nothing was changed. Read it, then choose again.");
		}

		int current() {
			return current;
		}
	}
}
