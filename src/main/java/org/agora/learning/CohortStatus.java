package org.agora.learning;

/** Where a run of the course stands. */
enum CohortStatus {

	/** Open for enrolment, not started yet. */
	PLANNED,

	/** Running: learners work through the course. */
	RUNNING,

	/** Over: nothing more is submitted; the content stays open as a library. */
	CLOSED
}
