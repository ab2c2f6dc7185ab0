package org.agora.search;

import java.io.IOException;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * One analysis for English and Hebrew, the same when indexing and when querying: Unicode words, folded (NFKC, case,
 * accents), Hebrew without niqqud and with its prefixes stacked, English without possessives and stemmed. The
 * spelling variant keeps words as people write them, to suggest corrections from.
 */
final class TextAnalyzer extends Analyzer {

	private static final int MAX_TOKEN_LENGTH = 64;

	private final boolean spelling;

	private TextAnalyzer(boolean spelling) {
		this.spelling = spelling;
	}

	static TextAnalyzer text() {
		return new TextAnalyzer(false);
	}

	static TextAnalyzer spelling() {
		return new TextAnalyzer(true);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		var words = new StandardTokenizer();
		words.setMaxTokenLength(MAX_TOKEN_LENGTH);
		TokenStream stream = new ICUFoldingFilter(words);
		if (spelling) {
			return new TokenStreamComponents(words, new HebrewFilter(stream, false, false));
		}
		stream = new HebrewFilter(stream, true, true);
		stream = new LatinOnly(stream, in -> new PorterStemFilter(new EnglishPossessiveFilter(in)));
		return new TokenStreamComponents(words, stream);
	}

	/** Applies English rules only to words in Latin script. */
	private static final class LatinOnly extends ConditionalTokenFilter {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		LatinOnly(TokenStream input, Function<TokenStream, TokenStream> filters) {
			super(input, filters);
		}

		@Override
		protected boolean shouldFilter() throws IOException {
			for (int i = 0; i < term.length(); i++) {
				if (Character.isLetter(term.charAt(i))) {
					return Character.UnicodeScript.of(term.charAt(i)) == Character.UnicodeScript.LATIN;
				}
			}
			return false;
		}
	}
}
