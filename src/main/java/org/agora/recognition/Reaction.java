package org.agora.recognition;

import java.util.Locale;

/** How people react to an item of the timeline: a fixed set, each shown with its name beside its emoji. */
enum Reaction {

	CLAP("\uD83D\uDC4F"), HEART("\u2764\uFE0F"), CELEBRATE("\uD83C\uDF89");

	final String emoji;

	Reaction(String emoji) {
		this.emoji = emoji;
	}

	/** The reaction of a typed name, or null when there is none. */
	static Reaction parse(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		try {
			return valueOf(name.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
