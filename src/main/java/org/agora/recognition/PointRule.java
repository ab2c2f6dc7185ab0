package org.agora.recognition;

import java.util.Locale;

/**
 * What earns points, with the defaults a community manager may change (see {@link Rules}). Outcomes (an accepted
 * answer, an initiative completed, a retention action done) earn more than activity (an answer posted, a lesson
 * read). The daily cap is the most a person earns by one rule in a day of the organization's time zone.
 */
enum PointRule {

	ANSWER_POSTED(5, 50), ANSWER_ACCEPTED(15, 150), ARTICLE_PUBLISHED(20, 100), ARTICLE_HELPFUL(2, 20),
	EVENT_ATTENDED(5, 15), EVENT_HOSTED(25, 75), LESSON_COMPLETED(2, 20), COURSE_COMPLETED(50, 100),
	INITIATIVE_LAUNCHED(30, 90), INITIATIVE_COMPLETED(50, 150), RETENTION_ACTION_COMPLETED(20, 100),
	KUDOS_RECEIVED(5, 25);

	/** The most points a rule may award at once, and the highest daily cap. */
	static final int MAX_POINTS = 500;

	static final int MAX_CAP = 5000;

	final int points;

	final int dailyCap;

	PointRule(int points, int dailyCap) {
		this.points = points;
		this.dailyCap = dailyCap;
	}

	/** The rule of a stored or typed key, or null when unknown. */
	static PointRule parse(String key) {
		if (key == null || key.isBlank()) {
			return null;
		}
		try {
			return valueOf(key.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
