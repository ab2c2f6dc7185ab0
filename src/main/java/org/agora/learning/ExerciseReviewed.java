package org.agora.learning;

/**
 * A facilitator reviewed a learner's exercise: accepted it, or asked for a revision with feedback.
 *
 * @param lessonTitleEn the exercise lesson's title in English
 * @param lessonTitleHe the exercise lesson's title in Hebrew
 */
public record ExerciseReviewed(long personId, long submissionId, long lessonId, long cohortId, boolean accepted,
		String lessonTitleEn, String lessonTitleHe, long reviewedBy) {
}
