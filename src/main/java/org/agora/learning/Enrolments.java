package org.agora.learning;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who is enrolled in which run of a course. */
@Component
@Transactional(readOnly = true)
class Enrolments {

	record Enrolment(long id, long cohortId, long courseId, long personId, CohortStatus cohortStatus,
			Instant enrolledAt, Long lastLessonId, Instant completedAt, String certificateCode) {

		boolean open() {
			return cohortStatus != CohortStatus.CLOSED;
		}
	}

	private static final String SELECT = """
			select e.id, e.cohort_id, c.course_id, e.person_id, c.status, e.enrolled_at, e.last_lesson_id, e.completed_at,
			       e.certificate_code
			from learning_enrolment e join learning_cohort c on c.id = e.cohort_id
			""";

	private final JdbcClient jdbc;

	Enrolments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The person's enrolment in the course: the most recent one, if they took it more than once. */
	Optional<Enrolment> of(long personId, long courseId) {
		return jdbc.sql(SELECT + " where e.person_id = :person and c.course_id = :course order by e.enrolled_at desc, e.id desc")
			.param("person", personId)
			.param("course", courseId)
			.query(Enrolments::map)
			.list()
			.stream()
			.findFirst();
	}

	List<Enrolment> ofPerson(long personId) {
		return jdbc.sql(SELECT + " where e.person_id = :person order by e.enrolled_at desc").param("person", personId)
			.query(Enrolments::map)
			.list();
	}

	List<Enrolment> inCohort(long cohortId) {
		return jdbc.sql(SELECT + " where e.cohort_id = :cohort order by e.id").param("cohort", cohortId)
			.query(Enrolments::map)
			.list();
	}

	Optional<Enrolment> find(long enrolmentId) {
		return jdbc.sql(SELECT + " where e.id = :id").param("id", enrolmentId).query(Enrolments::map).optional();
	}

	private static Enrolment map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Enrolment(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), CohortStatus.valueOf(rs.getString(5)),
				rs.getTimestamp(6).toInstant(), rs.getObject(7, Long.class),
				rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant(), rs.getString(9));
	}
}
