package org.agora.learning;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The checks every learner's action starts with: the viewer may read courses, and holds an enrolment in an open
 * cohort of the course they act in.
 */
@Component
class LearnerEnrolments {

	private final LearningPolicy policy;

	private final Enrolments enrolments;

	private final JdbcClient jdbc;

	LearnerEnrolments(LearningPolicy policy, Enrolments enrolments, JdbcClient jdbc) {
		this.policy = policy;
		this.enrolments = enrolments;
		this.jdbc = jdbc;
	}

	void requireReader(AgoraPrincipal viewer) {
		if (!policy.mayRead(viewer)) {
			throw new AccessDeniedException("The course is for knowledge leaders and invited colleagues");
		}
	}

	/**
	 * The viewer's enrolment in the course, locked until the transaction ends so that two requests of the same
	 * learner cannot both count as, say, the last allowed attempt.
	 */
	Enrolments.Enrolment openFor(AgoraPrincipal viewer, long courseId) {
		var enrolment = enrolments.of(viewer.personId(), courseId)
			.orElseThrow(() -> new InvalidInputException("enrolment", "learner.error.notEnrolled",
					"You are not enrolled in this course."));
		if (!enrolment.open()) {
			throw new InvalidInputException("enrolment", "learner.error.cohortClosed", "This cohort is closed.");
		}
		jdbc.sql("select id from learning_enrolment where id = :id for update").param("id", enrolment.id())
			.query(Long.class)
			.single();
		return enrolment;
	}
}
