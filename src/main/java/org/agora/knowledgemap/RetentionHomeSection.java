package org.agora.knowledgemap;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

import org.agora.platform.OrganizationClock;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.HomeSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On the home page, in counts only: the retention actions a person owns that are due within a week or overdue; for
 * managers, the high risks that have no open or done action yet.
 */
@Component
class RetentionHomeSection implements HomeSection {

	static final int PRIORITY = 35;

	static final int DAYS_AHEAD = 7;

	private final JdbcClient jdbc;

	private final OrganizationClock clock;

	private final RiskRegister register;

	private final KnowledgeMapPolicy policy;

	RetentionHomeSection(JdbcClient jdbc, OrganizationClock clock, RiskRegister register, KnowledgeMapPolicy policy) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.register = register;
		this.policy = policy;
	}

	@Override
	public List<NextStep> nextSteps(AgoraPrincipal viewer) {
		if (!KnowledgeMapPolicy.inOrganization(viewer)) {
			return List.of();
		}
		var steps = new ArrayList<NextStep>();
		var today = clock.today();
		int overdue = count("due_on < :today", viewer.personId(), today);
		int due = count("due_on >= :today and due_on <= :until", viewer.personId(), today);
		add(steps, "map.retention.home.overdue", overdue, "/knowledge-map/me", PRIORITY);
		add(steps, "map.retention.home.due", due, "/knowledge-map/me", PRIORITY + 1);
		if (policy.maySeeRegister(viewer)) {
			int unplanned = (int) register.lines(today)
				.stream()
				.filter(l -> l.level() == RiskLevel.HIGH && l.actionsPlanned() == 0)
				.count();
			add(steps, "map.retention.home.unplanned", unplanned, "/knowledge-map/risks?level=HIGH", PRIORITY + 2);
		}
		return steps;
	}

	private int count(String when, long me, java.time.LocalDate today) {
		return jdbc.sql("select count(*) from knowledgemap_action where owner_id = :me"
				+ " and status in ('PLANNED', 'IN_PROGRESS') and " + when)
			.param("me", me)
			.param("today", Date.valueOf(today))
			.param("until", Date.valueOf(today.plusDays(DAYS_AHEAD)))
			.query(Integer.class)
			.single();
	}

	private static void add(List<NextStep> steps, String key, int count, String href, int priority) {
		if (count > 0) {
			steps.add(new NextStep(key, List.of(count), href, priority));
		}
	}
}
