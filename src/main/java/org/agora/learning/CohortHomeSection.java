package org.agora.learning;

import java.util.ArrayList;
import java.util.List;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.HomeSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** On the home page: exercises waiting for a facilitator's review, and invitations to a cohort not taken up yet. */
@Component
@Transactional(readOnly = true)
class CohortHomeSection implements HomeSection {

	private final JdbcClient jdbc;

	CohortHomeSection(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<NextStep> nextSteps(AgoraPrincipal viewer) {
		if (viewer == null) {
			return List.of();
		}
		var steps = new ArrayList<NextStep>();
		jdbc.sql("""
				select c.id, c.name, count(*) from learning_submission s
				join learning_enrolment e on e.id = s.enrolment_id
				join learning_cohort c on c.id = e.cohort_id
				join learning_facilitator f on f.cohort_id = c.id and f.person_id = :person
				where s.status = 'SUBMITTED' group by c.id, c.name order by c.id""")
			.param("person", viewer.personId())
			.query((rs, n) -> new NextStep("cohorts.home.toReview", List.of(rs.getLong(3), rs.getString(2)),
					"/learning/cohorts/" + rs.getLong(1) + "/reviews", 30))
			.list()
			.forEach(steps::add);
		jdbc.sql("""
				select c.id, c.name from learning_invitation i join learning_cohort c on c.id = i.cohort_id
				where i.person_id = :person and c.status <> 'CLOSED' and not exists
				  (select 1 from learning_enrolment e where e.cohort_id = c.id and e.person_id = i.person_id)
				order by c.starts_on, c.id""")
			.param("person", viewer.personId())
			.query((rs, n) -> new NextStep("cohorts.home.invited", List.of(rs.getString(2)),
					"/learning/cohorts/" + rs.getLong(1), 20))
			.list()
			.forEach(steps::add);
		return steps;
	}
}
