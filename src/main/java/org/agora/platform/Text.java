package org.agora.platform;

/** What forms do with the text people type. */
public final class Text {

	private Text() {
	}

	/** The text without surrounding spaces, or null when nothing was typed. */
	public static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
