package org.agora.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.agora.platform.markdown.MarkdownRenderer;
import org.agora.platform.search.SearchAccess;
import org.agora.platform.search.SearchDocument;
import org.agora.platform.search.SearchSource;
import org.agora.platform.security.AgoraPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Articles (templates included, with kind {@code TEMPLATE}) for the search index. The keys say what
 * {@link KnowledgePolicy#maySee} says: a published or archived article opens to the organization, a draft or an
 * article in review to its owner, contributors and reviewer, and to the managers.
 */
@Component
@Transactional(readOnly = true)
class KnowledgeSearchSource implements SearchSource {

	static final String TYPE = "article";

	private static final int BATCH = 200;

	private final Articles articles;

	private final KnowledgePolicy policy;

	private final Places places;

	private final MarkdownRenderer markdown;

	private final JdbcClient jdbc;

	KnowledgeSearchSource(Articles articles, KnowledgePolicy policy, Places places, MarkdownRenderer markdown,
			JdbcClient jdbc) {
		this.articles = articles;
		this.policy = policy;
		this.places = places;
		this.markdown = markdown;
		this.jdbc = jdbc;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public void all(Consumer<List<SearchDocument>> batches) {
		long after = 0;
		while (true) {
			var page = articles.list("select " + Articles.COLUMNS
					+ " from knowledge_article a where a.id > :after order by a.id limit " + BATCH, Map.of("after", after));
			if (page.isEmpty()) {
				return;
			}
			batches.accept(documents(page));
			after = page.get(page.size() - 1).id();
		}
	}

	@Override
	public long count() {
		return jdbc.sql("select count(*) from knowledge_article").query(Long.class).single();
	}

	@Override
	public List<SearchDocument> find(Collection<Long> ids) {
		return documents(load(ids));
	}

	@Override
	public Set<Long> visible(AgoraPrincipal viewer, Collection<Long> ids) {
		Set<Long> visible = new HashSet<>();
		load(ids).stream().filter(a -> policy.maySee(viewer, a)).forEach(a -> visible.add(a.id()));
		return visible;
	}

	/** The keys that open the article, from the same rules as {@link KnowledgePolicy#maySee}. */
	static Set<String> access(Article article) {
		Set<String> keys = new LinkedHashSet<>();
		if (article.status().open()) {
			keys.add(SearchAccess.ORGANIZATION);
			return keys;
		}
		keys.add(SearchAccess.MANAGERS);
		if (article.ownerId() != null) {
			keys.add(SearchAccess.person(article.ownerId()));
		}
		article.contributorIds().forEach(c -> keys.add(SearchAccess.person(c)));
		if (article.reviewerId() != null) {
			keys.add(SearchAccess.person(article.reviewerId()));
		}
		return keys;
	}

	private List<Article> load(Collection<Long> ids) {
		List<Article> found = new ArrayList<>();
		var list = List.copyOf(new LinkedHashSet<>(ids));
		for (int from = 0; from < list.size(); from += BATCH) {
			found.addAll(articles.list("select " + Articles.COLUMNS + " from knowledge_article a where a.id in (:ids)",
					Map.of("ids", list.subList(from, Math.min(list.size(), from + BATCH)))));
		}
		return found;
	}

	/** The articles' documents, reading the names of their units and spaces once for all of them. */
	private List<SearchDocument> documents(List<Article> page) {
		var units = places.unitNames(page.stream().map(Article::unitId).filter(Objects::nonNull).distinct().toList());
		var spaces = places.spaceNames(page.stream().map(Article::spaceId).filter(Objects::nonNull).distinct().toList());
		return page.stream().map(a -> document(a, units, spaces)).toList();
	}

	private SearchDocument document(Article a, Map<Long, String> units, Map<Long, String> spaces) {
		String body = (a.summary() == null ? "" : a.summary() + "\n\n") + markdown.toPlainText(a.body());
		String space = a.spaceId() == null ? null : spaces.get(a.spaceId());
		String unit = a.unitId() == null ? null : units.get(a.unitId());
		return new SearchDocument(TYPE, a.id(), a.title(), a.tags(), body, a.path(), a.type().name(),
				space == null ? null : new SearchDocument.Facet(a.spaceId(), space),
				unit == null ? null : new SearchDocument.Facet(a.unitId(), unit),
				a.publishedAt() != null ? a.publishedAt() : a.updatedAt(), access(a));
	}
}
