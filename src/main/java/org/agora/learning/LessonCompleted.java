package org.agora.learning;

/** A learner finished a lesson: read it, passed its quiz, or had its exercise accepted. */
public record LessonCompleted(long personId, long lessonId, long cohortId) {
}
