package org.agora.initiatives;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

import org.agora.platform.OrganizationClock;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.HomeSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On the home page: the open project tasks assigned to the person that are due within a week or overdue, and, for a
 * project's lead, the requests to join waiting for their answer.
 */
@Component
class ProjectHomeSection implements HomeSection {

	static final int PRIORITY = 40;

	static final int DUE_WITHIN_DAYS = 7;

	private final JdbcClient jdbc;

	private final OrganizationClock clock;

	ProjectHomeSection(JdbcClient jdbc, OrganizationClock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<NextStep> nextSteps(AgoraPrincipal viewer) {
		if (!InitiativesPolicy.inOrganization(viewer)) {
			return List.of();
		}
		var steps = new ArrayList<NextStep>();
		int due = jdbc.sql("""
				select count(*) from initiatives_task t join initiatives_project p on p.id = t.project_id
				where t.assignee_id = :me and t.status <> 'DONE' and p.status = 'ACTIVE' and t.due_on <= :limit""")
			.param("me", viewer.personId())
			.param("limit", Date.valueOf(clock.today().plusDays(DUE_WITHIN_DAYS)))
			.query(Integer.class)
			.single();
		if (due > 0) {
			steps.add(new NextStep("projects.home.due", List.of(due), "/initiatives/projects?show=mine", PRIORITY));
		}
		int requests = jdbc.sql("""
				select count(*) from initiatives_join_request r join initiatives_project p on p.id = r.project_id
				where r.status = 'PENDING' and p.lead_id = :me and p.status = 'ACTIVE'""")
			.param("me", viewer.personId())
			.query(Integer.class)
			.single();
		if (requests > 0) {
			steps.add(new NextStep("projects.home.requests", List.of(requests), "/initiatives/projects?show=mine",
					PRIORITY));
		}
		return steps;
	}
}
