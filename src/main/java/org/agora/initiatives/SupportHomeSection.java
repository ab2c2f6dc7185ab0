package org.agora.initiatives;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.agora.platform.OrganizationClock;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.agora.platform.web.HomeSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On the home page, in counts only: a leader's open actions due soon or overdue and their recently answered help
 * requests; a coach's open help requests and the overdue actions of the leaders they coach.
 */
@Component
class SupportHomeSection implements HomeSection {

	static final int PRIORITY = 25;

	/** How long an answered request stays on the leader's home page. */
	static final Duration ANSWERED_SHOWN = Duration.ofDays(14);

	private final JdbcClient jdbc;

	private final OrganizationClock clock;

	SupportHomeSection(JdbcClient jdbc, OrganizationClock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<NextStep> nextSteps(AgoraPrincipal viewer) {
		if (!InitiativesPolicy.inOrganization(viewer)) {
			return List.of();
		}
		var steps = new ArrayList<NextStep>();
		long me = viewer.personId();
		var today = clock.today();
		int due = count("""
				select count(*) from initiatives_support_action a join initiatives_support_plan p on p.id = a.plan_id
				where p.leader_id = :me and a.owner_id = :me and a.done_at is null and a.due_on <= :until""", me,
				Date.valueOf(today.plusDays(SupportJobs.DAYS_AHEAD)));
		add(steps, "initiatives.support.home.actionsDue", due, "/initiatives/support/" + me, PRIORITY);
		int answered = count("""
				select count(*) from initiatives_help_request h join initiatives_support_plan p on p.id = h.plan_id
				where p.leader_id = :me and h.status = 'RESOLVED' and h.answered_at >= :until""", me,
				Timestamp.from(clock.now().minus(ANSWERED_SHOWN)));
		add(steps, "initiatives.support.home.answered", answered, "/initiatives/support/" + me, PRIORITY);
		if (!viewer.has(Role.COMMUNITY_MANAGER)) {
			// a coach who is no longer a community manager has lost the plans with the role
			return steps;
		}
		int open = count("""
				select count(*) from initiatives_help_request h join initiatives_support_plan p on p.id = h.plan_id
				where p.coach_id = :me and p.leader_id <> :me and h.status = 'OPEN' and h.created_at <= :until""", me,
				Timestamp.from(clock.now()));
		add(steps, "initiatives.support.home.openHelp", open, "/initiatives/support", PRIORITY);
		int overdue = count("""
				select count(*) from initiatives_support_action a join initiatives_support_plan p on p.id = a.plan_id
				where p.coach_id = :me and p.leader_id <> :me and a.done_at is null and a.due_on < :until""", me,
				Date.valueOf(today));
		add(steps, "initiatives.support.home.overdue", overdue, "/initiatives/support", PRIORITY + 5);
		return steps;
	}

	private int count(String sql, long me, Object until) {
		return jdbc.sql(sql).param("me", me).param("until", until).query(Integer.class).single();
	}

	private static void add(List<NextStep> steps, String key, int count, String href, int priority) {
		if (count > 0) {
			steps.add(new NextStep(key, List.of(count), href, priority));
		}
	}
}
