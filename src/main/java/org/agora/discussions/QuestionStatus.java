package org.agora.discussions;

import java.util.Locale;

import org.agora.platform.web.InvalidInputException;

/** The questions lists: waiting for a first answer, answered, or all. */
enum QuestionStatus {

	UNANSWERED("t.reply_count = 0 and t.closed = false"), ANSWERED("t.reply_count > 0"), ALL("1 = 1");

	final String where;

	QuestionStatus(String where) {
		this.where = where;
	}

	static QuestionStatus of(String text) {
		if (text == null || text.isBlank()) {
			return UNANSWERED;
		}
		try {
			return valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("status", "dqa.questions.status", "status is unanswered, answered or all");
		}
	}

	String param() {
		return name().toLowerCase(Locale.ROOT);
	}
}
