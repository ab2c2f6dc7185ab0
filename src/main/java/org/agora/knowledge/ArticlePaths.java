package org.agora.knowledge;

import org.agora.discussions.ThreadPaths;

/**
 * Readable article addresses, {@code /knowledge/a/12-after-action-reviews}, with the same slugs as thread addresses
 * (letters and digits of any script, marks dropped).
 */
final class ArticlePaths {

	private static final String THREAD_PREFIX = "/discussions/t/0";

	private ArticlePaths() {
	}

	static String of(long id, String title) {
		return "/knowledge/a/" + id + ThreadPaths.of(0, title).substring(THREAD_PREFIX.length());
	}

	/** The article id at the start of a segment such as {@code 12-after-action-reviews}, or -1. */
	static long idOf(String segment) {
		return ThreadPaths.idOf(segment);
	}
}
