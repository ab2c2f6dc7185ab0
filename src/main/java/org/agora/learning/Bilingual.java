package org.agora.learning;

/** A text kept in English and Hebrew; read in the reader's language, or the other one when that is empty. */
record Bilingual(String en, String he) {

	String in(String lang) {
		String preferred = "he".equals(lang) ? he : en;
		String other = "he".equals(lang) ? en : he;
		return preferred == null || preferred.isBlank() ? (other == null ? "" : other) : preferred;
	}

	/** The language the text is actually shown in, for the page's lang attribute. */
	String langOf(String lang) {
		String preferred = "he".equals(lang) ? he : en;
		return preferred == null || preferred.isBlank() ? ("he".equals(lang) ? "en" : "he") : lang;
	}
}
