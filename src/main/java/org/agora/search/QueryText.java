package org.agora.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What a person typed, read as plain words: no query syntax, so nothing they type can fail. Each word is looked for
 * in the title, the tags and the body, as written, without a Hebrew prefix, with a spelling mistake or, for the last
 * word, as the start of a longer one.
 */
final class QueryText {

	/** Longer input is cut: nobody types more, and every word costs clauses. */
	static final int MAX_CHARS = 500;

	static final int MAX_WORDS = 12;

	static final Map<String, Float> FIELDS = Map.of(IndexFields.TITLE, 3f, IndexFields.TITLES, 3f, IndexFields.TAGS, 2f,
			IndexFields.BODY, 1f);

	static final Map<String, Float> TITLE_ONLY = Map.of(IndexFields.TITLE, 1f, IndexFields.TITLES, 1f);

	private static final float STEM = 0.6f;

	private static final float FUZZY = 0.4f;

	private static final float PREFIX = 0.5f;

	/**
	 * The last word stands for at most this many longer words, the most frequent; rewritten to plain terms, they can
	 * also be marked in snippets from the offsets in the index.
	 */
	static final int PREFIX_TERMS = 64;

	/** A word held by fewer documents than this is looked for with spelling mistakes too. */
	static final int FUZZY_BELOW = 5;

	/** A word as the analyzer gives it, with its other forms at the same position (a Hebrew word's stems). */
	record Word(String term, List<String> forms) {
	}

	private QueryText() {
	}

	static List<Word> words(Analyzer analyzer, String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
		List<Word> words = new ArrayList<>();
		try (var stream = analyzer.tokenStream(IndexFields.BODY, cut)) {
			var term = stream.addAttribute(CharTermAttribute.class);
			var position = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				if (position.getPositionIncrement() > 0 || words.isEmpty()) {
					if (words.size() == MAX_WORDS) {
						break;
					}
					words.add(new Word(term.toString(), new ArrayList<>()));
				}
				else {
					words.get(words.size() - 1).forms().add(term.toString());
				}
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return words;
	}

	/**
	 * Most words must match: all of one or two, three in four of more. With {@code fuzzy}, a word that is rare or
	 * absent in the index (fewer than {@link #FUZZY_BELOW} documents hold it in any of the fields, in any of its
	 * forms) is also looked for with a spelling mistake; a common word is spelt right, and looking for its near
	 * misses would cost more than the rest of the search.
	 */
	static Query query(List<Word> words, Map<String, Float> fields, IndexReader reader, boolean fuzzy,
			boolean prefixLast) {
		var all = new BooleanQuery.Builder();
		for (int i = 0; i < words.size(); i++) {
			Word word = words.get(i);
			all.add(word(word, fields, fuzzy && rare(reader, word, fields.keySet()), prefixLast && i == words.size() - 1),
					BooleanClause.Occur.SHOULD);
		}
		all.setMinimumNumberShouldMatch(words.size() <= 2 ? words.size() : (int) Math.ceil(words.size() * 0.75));
		return all.build();
	}

	/** Whether fewer than {@link #FUZZY_BELOW} documents hold the word, in any form, in any of the fields. */
	static boolean rare(IndexReader reader, Word word, Collection<String> fields) {
		long held = 0;
		try {
			for (String field : fields) {
				held += reader.docFreq(new Term(field, word.term()));
				for (String form : word.forms()) {
					held += reader.docFreq(new Term(field, form));
				}
				if (held >= FUZZY_BELOW) {
					return false;
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return true;
	}

	private static Query word(Word word, Map<String, Float> fields, boolean fuzzy, boolean prefix) {
		List<Query> ways = new ArrayList<>();
		int length = word.term().codePointCount(0, word.term().length());
		for (var field : fields.entrySet()) {
			String name = field.getKey();
			float weight = field.getValue();
			ways.add(boost(new TermQuery(new Term(name, word.term())), weight));
			for (String form : word.forms()) {
				ways.add(boost(new TermQuery(new Term(name, form)), weight * STEM));
			}
			if (fuzzy && length >= 4) {
				ways.add(boost(new FuzzyQuery(new Term(name, word.term()), length >= 8 ? 2 : 1, 1, 10, true),
						weight * FUZZY));
			}
			if (prefix && length >= 2) {
				ways.add(boost(new PrefixQuery(new Term(name, word.term()),
						new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(PREFIX_TERMS)), weight * PREFIX));
			}
		}
		return new DisjunctionMaxQuery(ways, 0.1f);
	}

	private static Query boost(Query query, float boost) {
		return boost == 1f ? query : new BoostQuery(query, boost);
	}
}
