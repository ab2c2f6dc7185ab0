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
 * On the home page: a leader's overdue milestones in the initiatives they lead, and for community managers the count
 * of overdue milestones across all initiatives (the portfolio lists them).
 */
@Component
class InitiativeHomeSection implements HomeSection {

	static final int PRIORITY = 40;

	private static final String OVERDUE = """
			select count(*) from initiatives_milestone m join initiatives_initiative i on i.id = m.initiative_id
			where m.reached_on is null and m.due_on < :today and i.status in ('PLANNED', 'ACTIVE')""";

	private final JdbcClient jdbc;

	private final OrganizationClock clock;

	private final InitiativesPolicy policy;

	InitiativeHomeSection(JdbcClient jdbc, OrganizationClock clock, InitiativesPolicy policy) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.policy = policy;
	}

	@Override
	public List<NextStep> nextSteps(AgoraPrincipal viewer) {
		if (!policy.maySeeInitiatives(viewer)) {
			return List.of();
		}
		var steps = new ArrayList<NextStep>();
		var today = Date.valueOf(clock.today());
		int mine = jdbc.sql(OVERDUE + " and i.leader_id = :me")
			.param("today", today)
			.param("me", viewer.personId())
			.query(Integer.class)
			.single();
		if (mine > 0) {
			steps.add(new NextStep("initiatives.home.overdue", List.of(mine),
					"/initiatives?leader=" + viewer.personId(), PRIORITY));
		}
		if (policy.maySeePortfolio(viewer)) {
			int all = jdbc.sql(OVERDUE).param("today", today).query(Integer.class).single();
			if (all > 0) {
				steps.add(new NextStep("initiatives.home.overdueAll", List.of(all), "/initiatives/portfolio",
						PRIORITY + 5));
			}
		}
		return steps;
	}
}
