package org.agora.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Makes a Hebrew word match however it is written: drops niqqud, cantillation and geresh marks, writes final letters
 * as regular ones, and, when asked, also emits the word without its one-letter prefixes (ו ה ב כ ל מ ש) at the same
 * position, so that "והמפה" is found by "מפה". Words without Hebrew letters pass untouched.
 */
final class HebrewFilter extends TokenFilter {

	/** The one-letter words that attach to the next word: and, the, in, as, to, from, that. */
	private static final String PREFIXES = "והבכלמש";

	private static final int MAX_PREFIX = 4;

	private static final int MIN_STEM = 2;

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

	private final boolean prefixes;

	private final boolean finals;

	private final Deque<String> stems = new ArrayDeque<>();

	private State state;

	HebrewFilter(TokenStream input, boolean prefixes, boolean finals) {
		super(input);
		this.prefixes = prefixes;
		this.finals = finals;
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!stems.isEmpty()) {
			restoreState(state);
			term.setEmpty().append(stems.removeFirst());
			position.setPositionIncrement(0);
			return true;
		}
		int skipped = 0;
		while (input.incrementToken()) {
			if (!hasHebrew(term)) {
				position.setPositionIncrement(position.getPositionIncrement() + skipped);
				return true;
			}
			String word = clean(term, finals);
			if (word.isEmpty()) {
				skipped += position.getPositionIncrement();
				continue;
			}
			term.setEmpty().append(word);
			position.setPositionIncrement(position.getPositionIncrement() + skipped);
			if (prefixes) {
				addStems(word);
				if (!stems.isEmpty()) {
					state = captureState();
				}
			}
			return true;
		}
		return false;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		stems.clear();
		state = null;
	}

	private void addStems(String word) {
		for (int i = 0; i < Math.min(MAX_PREFIX, word.length() - MIN_STEM); i++) {
			char c = word.charAt(i);
			if (PREFIXES.indexOf(c) < 0 || (c == 'ו' && i > 0)) {
				return;
			}
			stems.add(word.substring(i + 1));
		}
	}

	static boolean hasHebrew(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			if (isHebrewLetter(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	static boolean isHebrewLetter(char c) {
		return c >= 'א' && c <= 'ת';
	}

	/** The word without points, marks and quotes, and with regular letters for final ones when asked. */
	static String clean(CharSequence word, boolean finals) {
		var clean = new StringBuilder(word.length());
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (isMark(c) || c == '\'' || c == '"' || c == '׳' || c == '״') {
				continue;
			}
			clean.append(finals ? regular(c) : c);
		}
		return clean.toString();
	}

	private static boolean isMark(char c) {
		return c >= '\u0591' && c <= '\u05C7' && Character.getType(c) == Character.NON_SPACING_MARK;
	}

	private static char regular(char c) {
		return switch (c) {
			case 'ך' -> 'כ';
			case 'ם' -> 'מ';
			case 'ן' -> 'נ';
			case 'ף' -> 'פ';
			case 'ץ' -> 'צ';
			default -> c;
		};
	}
}
