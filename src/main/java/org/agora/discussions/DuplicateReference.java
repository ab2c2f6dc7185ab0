package org.agora.discussions;

import org.agora.platform.web.InvalidInputException;

/** The question a moderator names as the original: its id ({@code 42}) or its address ({@code …/discussions/t/42-…}). */
final class DuplicateReference {

	private DuplicateReference() {
	}

	static long idOf(String of) {
		String text = of == null ? "" : of.strip();
		int at = text.indexOf("/discussions/t/");
		String segment = at < 0 ? text : text.substring(at + "/discussions/t/".length());
		int end = 0;
		while (end < segment.length() && "/?#".indexOf(segment.charAt(end)) < 0) {
			end++;
		}
		long id = ThreadPaths.idOf(segment.substring(0, end));
		if (id <= 0) {
			throw new InvalidInputException("of", "dqa.duplicate.format", "give the question's number or its address");
		}
		return id;
	}
}
