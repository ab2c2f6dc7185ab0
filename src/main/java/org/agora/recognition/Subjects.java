package org.agora.recognition;

/** The kinds of content behind points, as the ledger names them; removing the content takes its points back. */
final class Subjects {

	static final String ANSWER = "ANSWER";

	static final String ARTICLE = "ARTICLE";

	static final String EVENT = "EVENT";

	static final String LESSON = "LESSON";

	static final String COURSE = "COURSE";

	static final String INITIATIVE = "INITIATIVE";

	static final String RETENTION_ACTION = "RETENTION_ACTION";

	static final String KUDOS = "KUDOS";

	private Subjects() {
	}
}
