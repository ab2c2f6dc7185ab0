package org.agora.initiatives;

import java.util.Locale;

/** What an outcome links to, and the Agora path prefix such a link must start with. */
public enum OutcomeLinkKind {

	ARTICLE("/knowledge/a/"), EVENT("/calendar/"), COURSE("/learning/");

	private final String prefix;

	OutcomeLinkKind(String prefix) {
		this.prefix = prefix;
	}

	public String prefix() {
		return prefix;
	}

	static OutcomeLinkKind parse(String typed) {
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
