package org.agora.learning;

/** A community manager changed a course's content; some learners may have finished it by that change. */
record CourseContentChanged(long courseId) {
}
