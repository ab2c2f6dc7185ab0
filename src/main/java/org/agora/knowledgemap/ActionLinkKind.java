package org.agora.knowledgemap;

import java.util.Locale;

/**
 * What a done action produced, and the Agora path prefix its link must start with. A recording is any Agora page
 * (a course lesson, an article with the video, an event's page): a path, never another site.
 */
enum ActionLinkKind {

	ARTICLE("/knowledge/a/"), RECORDING("/"), EVENT("/calendar/"), COURSE("/learning/");

	private final String prefix;

	ActionLinkKind(String prefix) {
		this.prefix = prefix;
	}

	String prefix() {
		return prefix;
	}

	static ActionLinkKind parse(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return valueOf(typed.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
