package org.agora.knowledgemap;

import java.util.Locale;

/** What addresses a need, and the Agora path prefix a link of that kind must start with. */
enum NeedLinkKind {

	INITIATIVE("/initiatives/"), ARTICLE("/knowledge/a/"), EVENT("/calendar/"), COURSE("/learning/");

	final String prefix;

	NeedLinkKind(String prefix) {
		this.prefix = prefix;
	}

	static NeedLinkKind parse(String typed) {
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
