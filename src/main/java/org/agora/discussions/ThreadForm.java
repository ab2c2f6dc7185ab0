package org.agora.discussions;

/** A new thread as typed: the kind (DISCUSSION or QUESTION), title, Markdown body and comma-separated tags. */
record ThreadForm(String kind, String title, String body, String tags) {

	static ThreadForm blank(String kind) {
		return new ThreadForm("QUESTION".equalsIgnoreCase(kind) ? "QUESTION" : "DISCUSSION", "", "", "");
	}
}
