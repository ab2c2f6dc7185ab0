package org.agora.search;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.agora.platform.security.AgoraPrincipal;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.springframework.stereotype.Component;

/**
 * Answers a search: the words matched in title, tags and body, only among the things the person holds a key to, and
 * of the page's hits only those their source still lets the person open.
 */
@Component
class SiteSearch {

	private static final int FACET_VALUES = 10;

	private static final int SUGGESTIONS = 8;

	private static final Sort NEWEST_FIRST = new Sort(new SortField(IndexFields.DATE, SortField.Type.LONG, true));

	private final SearchIndex index;

	private final Sources sources;

	private final Clock clock;

	private final HitReader hitReader;

	SiteSearch(SearchIndex index, Sources sources, Clock clock) {
		this.index = index;
		this.sources = sources;
		this.clock = clock;
		this.hitReader = new HitReader(index.queryAnalyzer());
	}

	SearchResults search(AgoraPrincipal viewer, SearchRequest request) {
		var words = QueryText.words(index.queryAnalyzer(), request.text());
		if (viewer == null || (words.isEmpty() && !request.filtered())) {
			return SearchResults.none(request);
		}
		try {
			return search(viewer, request, words, true);
		}
		catch (IndexSearcher.TooManyClauses e) {
			return search(viewer, request, words, false);
		}
	}

	private SearchResults search(AgoraPrincipal viewer, SearchRequest request, List<QueryText.Word> words,
			boolean fuzzy) {
		Instant now = clock.instant();
		Set<String> keys = sources.keys(viewer);
		Query filter = filter(keys, request, request.types(), now);
		int wanted = (request.page() + 1) * SearchRequest.PAGE_SIZE;
		return index.read(searcher -> {
			// rewritten once to plain terms: the search and the snippets both read them
			Query text = words.isEmpty() ? null
					: searcher.rewrite(QueryText.query(words, QueryText.FIELDS, searcher.getIndexReader(), fuzzy, true));
			CollectorManager<?, ? extends TopDocs> top = text == null
					? new TopFieldCollectorManager(NEWEST_FIRST, wanted, null, Integer.MAX_VALUE)
					: new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE);
			Object[] found = searcher.search(matching(text, filter), new MultiCollectorManager(top, new FacetCounts(now)));
			TopDocs docs = (TopDocs) found[0];
			var counted = (FacetCounts.Counted) found[1];
			var byType = request.types().isEmpty() ? counted
					: searcher.search(matching(text, filter(keys, request, List.of(), now)), new FacetCounts(now));
			int from = Math.min(docs.scoreDocs.length, request.page() * SearchRequest.PAGE_SIZE);
			ScoreDoc[] page = Arrays.copyOfRange(docs.scoreDocs, from, docs.scoreDocs.length);
			var hits = visible(viewer, hitReader.read(searcher, page, text));
			long total = docs.totalHits.value;
			String suggestion = text != null && total < 3
					? Spelling.correction(searcher, index.queryAnalyzer(), request.text(), filter, total) : null;
			return new SearchResults(request, hits, total, facets(counted, byType), suggestion);
		});
	}

	/** Titles of things the person may open, for the words typed so far. */
	List<SearchResults.Hit> suggest(AgoraPrincipal viewer, String typed) {
		var words = QueryText.words(index.queryAnalyzer(), typed);
		if (viewer == null || words.isEmpty()) {
			return List.of();
		}
		Query filter = filter(sources.keys(viewer), new SearchRequest("", List.of(), null, null, null, null, 0),
				List.of(), clock.instant());
		return index.read(searcher -> {
			Query query = matching(
					QueryText.query(words, QueryText.TITLE_ONLY, searcher.getIndexReader(), true, true), filter);
			var hits = visible(viewer, hitReader.read(searcher, searcher.search(query, SUGGESTIONS * 3).scoreDocs, null));
			return hits.subList(0, Math.min(SUGGESTIONS, hits.size()));
		});
	}

	private static Query matching(Query text, Query filter) {
		if (text == null) {
			return new ConstantScoreQuery(filter);
		}
		return new BooleanQuery.Builder().add(text, Occur.MUST).add(filter, Occur.FILTER).build();
	}

	/** The person's keys, the types that still have a source, and the facets chosen. */
	private Query filter(Set<String> keys, SearchRequest request, List<String> types, Instant now) {
		Collection<String> searchable = types.isEmpty() ? sources.types()
				: types.stream().filter(sources.types()::contains).toList();
		if (keys.isEmpty() || searchable.isEmpty()) {
			return new MatchNoDocsQuery();
		}
		var filter = new BooleanQuery.Builder();
		filter.add(new TermInSetQuery(IndexFields.ACCESS, bytes(keys)), Occur.FILTER);
		filter.add(new TermInSetQuery(IndexFields.TYPE, bytes(searchable)), Occur.FILTER);
		if (request.space() != null) {
			filter.add(new TermQuery(new Term(IndexFields.SPACE, request.space().toString())), Occur.FILTER);
		}
		if (request.unit() != null) {
			filter.add(new TermQuery(new Term(IndexFields.UNIT, request.unit().toString())), Occur.FILTER);
		}
		if (request.tag() != null) {
			filter.add(new TermQuery(new Term(IndexFields.TAG, request.tag())), Occur.FILTER);
		}
		if (request.date() != null) {
			filter.add(LongPoint.newRangeQuery(IndexFields.DATE, request.date().from(now), request.date().to(now)),
					Occur.FILTER);
		}
		return filter.build();
	}

	private static List<BytesRef> bytes(Collection<String> values) {
		return values.stream().map(BytesRef::new).toList();
	}

	/** The policy has the last word: a hit its source no longer lets the person open is dropped. */
	private List<SearchResults.Hit> visible(AgoraPrincipal viewer, List<SearchResults.Hit> hits) {
		Map<String, List<Long>> idsByType = hits.stream()
			.collect(Collectors.groupingBy(SearchResults.Hit::type, LinkedHashMap::new,
					Collectors.mapping(SearchResults.Hit::id, Collectors.toList())));
		Map<String, Set<Long>> visible = new HashMap<>();
		idsByType.forEach((type, ids) -> visible.put(type,
				sources.of(type).map(source -> source.visible(viewer, ids)).orElse(Set.of())));
		return hits.stream().filter(hit -> visible.get(hit.type()).contains(hit.id())).toList();
	}

	private static SearchResults.Facets facets(FacetCounts.Counted counted, FacetCounts.Counted byType) {
		List<SearchResults.Count> dates = new ArrayList<>();
		for (DateRange range : DateRange.values()) {
			long n = counted.dates().getOrDefault(range, 0L);
			if (n > 0) {
				dates.add(new SearchResults.Count(range.param(), range.param(), n));
			}
		}
		return new SearchResults.Facets(plain(byType, IndexFields.TYPE), named(counted, IndexFields.SPACE),
				plain(counted, IndexFields.TAG), named(counted, IndexFields.UNIT), dates);
	}

	private static List<SearchResults.Count> plain(FacetCounts.Counted counted, String field) {
		return counted.top(field, FACET_VALUES)
			.stream()
			.map(e -> new SearchResults.Count(e.getKey(), e.getKey(), e.getValue()))
			.toList();
	}

	private static List<SearchResults.Count> named(FacetCounts.Counted counted, String field) {
		return counted.top(field, FACET_VALUES).stream().map(e -> {
			var facet = IndexFields.facet(e.getKey());
			return new SearchResults.Count(Long.toString(facet.id()), facet.name(), e.getValue());
		}).toList();
	}
}
