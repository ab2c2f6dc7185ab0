package org.agora.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": each word the index does not know is replaced by the closest word it does that
 * the person may see written somewhere; the correction is offered only if it finds more among what they may see. A
 * word of something hidden is never offered.
 */
final class Spelling {

	private static final int MIN_LENGTH = 4;

	/** Near words asked for each unknown one; the first the person may see is taken. */
	private static final int CANDIDATES = 5;

	private Spelling() {
	}

	static String correction(IndexSearcher searcher, Analyzer analyzer, String text, Query filter, long found)
			throws IOException {
		var checker = new DirectSpellChecker();
		// a word in one document may be the one meant; whether the person may see it is checked below
		checker.setThresholdFrequency(0f);
		List<String> words = new ArrayList<>();
		boolean changed = false;
		for (String word : written(text)) {
			SuggestWord[] similar = word.codePointCount(0, word.length()) < MIN_LENGTH ? new SuggestWord[0]
					: checker.suggestSimilar(new Term(IndexFields.SPELL, word), CANDIDATES, searcher.getIndexReader(),
							SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
			String chosen = word;
			for (SuggestWord candidate : similar) {
				// a word is offered only as written in something the person may see
				if (seen(searcher, candidate.string, filter)) {
					chosen = candidate.string;
					break;
				}
			}
			changed |= !chosen.equals(word);
			words.add(chosen);
		}
		if (!changed) {
			return null;
		}
		String corrected = String.join(" ", words);
		var query = new BooleanQuery.Builder()
			.add(QueryText.query(QueryText.words(analyzer, corrected), QueryText.FIELDS, searcher.getIndexReader(), false, false), Occur.MUST)
			.add(filter, Occur.FILTER)
			.build();
		return searcher.count(query) > found ? corrected : null;
	}

	private static boolean seen(IndexSearcher searcher, String word, Query filter) throws IOException {
		return searcher.count(new BooleanQuery.Builder().add(new TermQuery(new Term(IndexFields.SPELL, word)), Occur.MUST)
			.add(filter, Occur.FILTER)
			.build()) > 0;
	}

	/** The words as the spelling field holds them: folded, without niqqud, not stemmed. */
	private static List<String> written(String text) throws IOException {
		List<String> words = new ArrayList<>();
		String cut = text.length() > QueryText.MAX_CHARS ? text.substring(0, QueryText.MAX_CHARS) : text;
		try (var stream = SPELLING.tokenStream(IndexFields.SPELL, cut)) {
			var term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken() && words.size() < QueryText.MAX_WORDS) {
				words.add(term.toString());
			}
			stream.end();
		}
		return words;
	}

	private static final Analyzer SPELLING = TextAnalyzer.spelling();
}
