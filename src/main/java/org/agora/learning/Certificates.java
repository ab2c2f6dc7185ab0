package org.agora.learning;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The certificates issued: one for each completed enrolment. */
@Component
@Transactional(readOnly = true)
class Certificates {

	record Certificate(long enrolmentId, long personId, long courseId, long cohortId, Bilingual courseTitle,
			Instant completedAt, String code) {

		/** The PDF's address, for the learner and community managers. */
		String downloadPath() {
			return "/learning/certificates/" + enrolmentId + ".pdf";
		}

		/** The public page that confirms the certificate. */
		String verificationPath() {
			return "/certificates/" + code;
		}
	}

	private static final String SELECT = """
			select e.id, e.person_id, c.course_id, e.cohort_id, k.title_en, k.title_he, e.completed_at, e.certificate_code
			from learning_enrolment e
			join learning_cohort c on c.id = e.cohort_id
			join learning_course k on k.id = c.course_id
			where e.completed_at is not null and e.certificate_code is not null
			""";

	private final JdbcClient jdbc;

	Certificates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Certificate> ofEnrolment(long enrolmentId) {
		return jdbc.sql(SELECT + " and e.id = :id").param("id", enrolmentId).query(Certificates::map).optional();
	}

	Optional<Certificate> byCode(String code) {
		return jdbc.sql(SELECT + " and e.certificate_code = :code").param("code", code).query(Certificates::map).optional();
	}

	/** The person's certificates, the latest first. */
	List<Certificate> ofPerson(long personId) {
		return jdbc.sql(SELECT + " and e.person_id = :person order by e.completed_at desc, e.id desc")
			.param("person", personId)
			.query(Certificates::map)
			.list();
	}

	private static Certificate map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Certificate(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
				new Bilingual(rs.getString(5), rs.getString(6)), rs.getTimestamp(7).toInstant(), rs.getString(8));
	}
}
