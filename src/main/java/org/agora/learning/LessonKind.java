package org.agora.learning;

/** What a lesson asks of the learner. */
enum LessonKind {

	/** Read (or watch) and mark as done. */
	READING,

	/** Pass a quiz graded by the server. */
	QUIZ,

	/** Submit text or a file that a facilitator accepts. */
	EXERCISE
}
