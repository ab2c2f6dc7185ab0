package org.agora.learning;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who may read, take, facilitate and edit the course. */
@Component
class LearningPolicy {

	private final JdbcClient jdbc;

	LearningPolicy(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Course content is for leaders and the people who run the programme, and for anyone invited to a cohort. */
	boolean mayRead(AgoraPrincipal viewer) {
		return viewer != null && (viewer.isManager() || viewer.has(Role.KNOWLEDGE_LEADER) || isInvitedOrEnrolled(viewer));
	}

	/** Leaders, and people invited to the cohort, may enrol in it. */
	boolean mayEnrol(AgoraPrincipal viewer, long cohortId) {
		return viewer != null && (viewer.has(Role.KNOWLEDGE_LEADER) || isInvited(viewer, cohortId));
	}

	boolean mayEditCourses(AgoraPrincipal viewer) {
		return viewer != null && viewer.isManager();
	}

	boolean mayManageCohorts(AgoraPrincipal viewer) {
		return viewer != null && viewer.isManager();
	}

	/** Facilitators of the cohort and community managers see its progress and review its exercises. */
	boolean mayFacilitate(AgoraPrincipal viewer, long cohortId) {
		return viewer != null && (viewer.isManager() || jdbc
			.sql("select count(*) from learning_facilitator where cohort_id = :cohort and person_id = :person")
			.param("cohort", cohortId)
			.param("person", viewer.personId())
			.query(Long.class)
			.single() > 0);
	}

	boolean facilitatesAny(AgoraPrincipal viewer) {
		return viewer != null && (viewer.isManager() || jdbc
			.sql("select count(*) from learning_facilitator where person_id = :person")
			.param("person", viewer.personId())
			.query(Long.class)
			.single() > 0);
	}

	private boolean isInvited(AgoraPrincipal viewer, long cohortId) {
		return jdbc.sql("select count(*) from learning_invitation where cohort_id = :cohort and person_id = :person")
			.param("cohort", cohortId)
			.param("person", viewer.personId())
			.query(Long.class)
			.single() > 0;
	}

	private boolean isInvitedOrEnrolled(AgoraPrincipal viewer) {
		return jdbc.sql("""
				select (select count(*) from learning_invitation i join learning_cohort c on c.id = i.cohort_id
				         where i.person_id = :person and c.status <> 'CLOSED')
				     + (select count(*) from learning_enrolment where person_id = :person)""")
			.param("person", viewer.personId())
			.query(Long.class)
			.single() > 0;
	}
}
