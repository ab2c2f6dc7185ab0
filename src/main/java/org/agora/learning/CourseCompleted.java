package org.agora.learning;

/** A leader completed a course: required lessons done, quizzes passed, exercises accepted. */
public record CourseCompleted(long personId, long courseId, long cohortId, String certificateCode) {
}
