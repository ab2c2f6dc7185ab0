package org.agora.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns the index's stored fields into hits, with snippets of the body and the title as HTML: escaped, the matches in
 * {@code <mark>}.
 */
final class HitReader {

	private static final int SNIPPET_LENGTH = 180;

	private final Analyzer analyzer;

	HitReader(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	List<SearchResults.Hit> read(IndexSearcher searcher, ScoreDoc[] docs, Query text) throws IOException {
		var marked = text == null ? Map.<String, String[]>of() : highlight(searcher, docs, text);
		String[] snippets = marked.getOrDefault(IndexFields.BODY, new String[docs.length]);
		String[] titles = marked.getOrDefault(IndexFields.TITLE, new String[docs.length]);
		String[] translated = marked.getOrDefault(IndexFields.TITLES, new String[docs.length]);
		String language = LocaleContextHolder.getLocale().getLanguage();
		var stored = searcher.storedFields();
		List<SearchResults.Hit> hits = new ArrayList<>(docs.length);
		for (int i = 0; i < docs.length; i++) {
			Document doc = stored.document(docs[i].doc);
			String snippet = snippets[i] != null && !snippets[i].isBlank() ? snippets[i].strip()
					: opening(doc.get(IndexFields.BODY));
			// the title in the reader's language where the thing has one
			String inLanguage = doc.get(IndexFields.TITLE_IN + language);
			String title = inLanguage != null ? inLanguage : doc.get(IndexFields.TITLE);
			String marks = inLanguage != null ? translated[i] : titles[i];
			String titleHtml = marks != null && !marks.isBlank() && !marks.contains("\n") ? marks.strip()
					: HtmlUtils.htmlEscape(title == null ? "" : title);
			var date = doc.getField(IndexFields.DATE);
			hits.add(new SearchResults.Hit(doc.get(IndexFields.TYPE),
					doc.getField(IndexFields.ID).numericValue().longValue(), title, titleHtml, snippet,
					doc.get(IndexFields.PATH), doc.get(IndexFields.KIND), IndexFields.facet(doc.get(IndexFields.SPACE)),
					IndexFields.facet(doc.get(IndexFields.UNIT)),
					date == null ? null : Instant.ofEpochMilli(date.numericValue().longValue())));
		}
		return hits;
	}

	/** The body's best passages and the whole title, with their matches marked; null where nothing matched. */
	private Map<String, String[]> highlight(IndexSearcher searcher, ScoreDoc[] docs, Query text) throws IOException {
		if (docs.length == 0) {
			return Map.of();
		}
		var highlighter = UnifiedHighlighter.builder(searcher, analyzer)
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
			.withBreakIterator(() -> LengthGoalBreakIterator
				.createClosestToLength(BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_LENGTH, 0.5f))
			.withMaxNoHighlightPassages(0)
			.build();
		int[] ids = new int[docs.length];
		for (int i = 0; i < docs.length; i++) {
			ids[i] = docs[i].doc;
		}
		return highlighter.highlightFields(new String[] { IndexFields.BODY, IndexFields.TITLE, IndexFields.TITLES },
				text, ids, new int[] { 2, 1, 1 });
	}

	/** The start of the text, escaped, cut at a word. */
	private static String opening(String body) {
		if (body == null) {
			return "";
		}
		String text = body.strip();
		if (text.length() > SNIPPET_LENGTH) {
			int cut = text.lastIndexOf(' ', SNIPPET_LENGTH);
			text = text.substring(0, cut > SNIPPET_LENGTH / 2 ? cut : SNIPPET_LENGTH) + " …";
		}
		return HtmlUtils.htmlEscape(text);
	}
}
