package org.agora.platform;

/** What forms do with the text people type. */
public final class Text {

	private Text() {
	}

	/** The text without surrounding spaces, or null when nothing was typed. */
	public static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/**
	 * The text without NUL characters, which nobody types, PostgreSQL refuses to store in text, and which split a value
	 * in two for some readers; null stays null.
	 */
	public static String withoutNul(String text) {
		return text == null || text.indexOf('\0') < 0 ? text : text.replace("\0", "");
	}
}
