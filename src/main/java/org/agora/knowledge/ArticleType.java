package org.agora.knowledge;

import java.util.Locale;

import org.agora.platform.web.InvalidInputException;

/** What kind of knowledge an article holds; templates are the leaders' toolkit. */
public enum ArticleType {

	INSIGHT, LESSON_LEARNED, BEST_PRACTICE, HOW_TO, CASE_STUDY, TEMPLATE;

	/** The type named, in any case; a field error naming {@code type} otherwise. */
	static ArticleType parse(String typed) {
		if (typed == null || typed.isBlank()) {
			throw new InvalidInputException("type", "knowledge.error.typeRequired", "Choose the article's type.");
		}
		try {
			return valueOf(typed.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("type", "knowledge.error.type",
					"The type is one of INSIGHT, LESSON_LEARNED, BEST_PRACTICE, HOW_TO, CASE_STUDY, TEMPLATE.");
		}
	}
}
