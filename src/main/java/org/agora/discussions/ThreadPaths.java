package org.agora.discussions;

import java.text.Normalizer;
import java.util.Locale;

/** Readable thread addresses: the id, then a slug of the title in any script ({@code /discussions/t/12-how-to-start}). */
public final class ThreadPaths {

	private static final int MAX_SLUG = 60;

	private ThreadPaths() {
	}

	public static String of(long threadId, String title) {
		String slug = slug(title);
		return "/discussions/t/" + threadId + (slug.isEmpty() ? "" : "-" + slug);
	}

	/** Letters and digits of any script, lower case, joined by hyphens; marks such as niqqud dropped. */
	static String slug(String title) {
		if (title == null) {
			return "";
		}
		String lower = withoutMarks(title).toLowerCase(Locale.ROOT);
		var slug = new StringBuilder(Math.min(lower.length(), MAX_SLUG + 1));
		boolean gap = false;
		for (int i = 0; i < lower.length() && slug.length() < MAX_SLUG;) {
			int c = lower.codePointAt(i);
			i += Character.charCount(c);
			if (letterOrNumber(c)) {
				if (gap && slug.length() > 0) {
					slug.append('-');
				}
				gap = false;
				slug.appendCodePoint(c);
			}
			else {
				gap = true;
			}
		}
		if (slug.length() > MAX_SLUG) {
			slug.setLength(MAX_SLUG);
		}
		int end = slug.length();
		while (end > 0 && slug.charAt(end - 1) == '-') {
			end--;
		}
		return slug.substring(0, end);
	}

	/** The text in compatibility decomposition without its combining marks; plain ASCII as it is. */
	private static String withoutMarks(String text) {
		boolean ascii = true;
		for (int i = 0; i < text.length() && ascii; i++) {
			ascii = text.charAt(i) < 0x80;
		}
		if (ascii) {
			return text;
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
		var out = new StringBuilder(decomposed.length());
		decomposed.codePoints().filter(c -> !mark(c)).forEach(out::appendCodePoint);
		return out.toString();
	}

	private static boolean mark(int c) {
		int type = Character.getType(c);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
				|| type == Character.ENCLOSING_MARK;
	}

	private static boolean letterOrNumber(int c) {
		int type = Character.getType(c);
		return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
				|| type == Character.OTHER_NUMBER;
	}

	/** The thread id at the start of a path segment such as {@code 12-how-to-start}, or -1. */
	public static long idOf(String segment) {
		if (segment == null) {
			return -1;
		}
		int end = 0;
		while (end < segment.length() && end < 18 && Character.isDigit(segment.charAt(end)) && segment.charAt(end) < 128) {
			end++;
		}
		if (end == 0 || (end < segment.length() && segment.charAt(end) != '-')) {
			return -1;
		}
		return Long.parseLong(segment.substring(0, end));
	}
}
