package org.agora.knowledgemap;

import org.agora.platform.Text;
import org.agora.platform.web.InvalidInputException;

/**
 * The rules of what is typed into areas and needs; each broken rule names its field. Text loses any NUL characters
 * first (JSON bodies may carry them; PostgreSQL refuses them).
 */
final class NeedRules {

	private NeedRules() {
	}

	static String required(String field, String typed, int max) {
		String text = clean(typed);
		if (text.isEmpty()) {
			throw new InvalidInputException(field, "map.needs.error.required", "Fill in " + field + ".");
		}
		return max(field, text, max);
	}

	static String optional(String field, String typed, int max) {
		String text = clean(typed);
		return text.isEmpty() ? null : max(field, text, max);
	}

	private static String max(String field, String text, int max) {
		if (text.length() > max) {
			throw new InvalidInputException(field, "map.needs.error.tooLong",
					"Keep " + field + " to " + max + " characters.");
		}
		return text;
	}

	static Long id(String field, String typed) {
		String text = clean(typed);
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Long.valueOf(text);
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException(field, "map.needs.error." + field, "Choose " + field + " from the list.");
		}
	}

	/** A score of 1 to 3, required. */
	static int score(String field, String typed) {
		String text = clean(typed);
		try {
			int score = Integer.parseInt(text);
			if (Priority.valid(score)) {
				return score;
			}
		}
		catch (NumberFormatException e) {
			// answered below, as a score out of its scale
		}
		throw new InvalidInputException(field, "map.needs.error.score." + field, "Score " + field + " from 1 to 3.");
	}

	/** How many people need it: at least one, and blank when not known. */
	static Integer people(String typed) {
		String text = clean(typed);
		if (text.isEmpty()) {
			return null;
		}
		try {
			int count = Integer.parseInt(text);
			if (count >= 1 && count <= 1_000_000) {
				return count;
			}
		}
		catch (NumberFormatException e) {
			// answered below
		}
		throw new InvalidInputException("peopleCount", "map.needs.error.peopleCount",
				"Give how many people need it: a whole number of at least 1.");
	}

	static NeedAvailability availability(String typed) {
		var availability = NeedAvailability.parse(typed);
		if (availability == null) {
			throw new InvalidInputException("availability", "map.needs.error.availability",
					"Choose how available the knowledge is.");
		}
		return availability;
	}

	/**
	 * A link to what addresses a need: an Agora path under the kind's prefix. Another host, a scheme, a way back up
	 * the path or a backslash is refused, so that a link cannot lead anywhere else.
	 */
	static String linkPath(NeedLinkKind kind, String typed) {
		String path = clean(typed);
		boolean local = path.startsWith(kind.prefix) && path.length() > kind.prefix.length() && path.length() <= 300
				&& !path.startsWith("//") && !path.contains("://") && !path.contains("\\") && !path.contains("..")
				&& path.chars().noneMatch(c -> Character.isWhitespace(c) || c < 0x20);
		if (!local) {
			throw new InvalidInputException("links", "map.needs.error.link",
					"A link is an Agora path starting with " + kind.prefix + ".");
		}
		return path;
	}

	static NeedLinkKind linkKind(String typed) {
		var kind = NeedLinkKind.parse(typed);
		if (kind == null) {
			throw new InvalidInputException("links", "map.needs.error.linkKind",
					"Choose what a link leads to: an initiative, an article, an event or a course.");
		}
		return kind;
	}

	static String linkLabel(String typed) {
		String label = clean(typed);
		if (label.isEmpty() || label.length() > 200) {
			throw new InvalidInputException("links", "map.needs.error.linkLabel",
					"Give every link a label of at most 200 characters.");
		}
		return label;
	}

	private static String clean(String typed) {
		return typed == null ? "" : Text.withoutNul(typed).strip();
	}
}
