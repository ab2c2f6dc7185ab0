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
		String plain = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > MAX_SLUG) {
			slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
		}
		return slug;
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
