package org.agora.learning;

/**
 * A facilitator reminded a learner who is behind the cohort's schedule to keep going.
 *
 * @param percent how much of the course the learner has done
 * @param courseTitleEn the course's title in English
 * @param courseTitleHe the course's title in Hebrew
 */
public record LearningReminderSent(long personId, long cohortId, String cohortName, String courseTitleEn,
		String courseTitleHe, int percent, long sentBy) {
}
