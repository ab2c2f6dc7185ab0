package org.agora.initiatives;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.OrganizationClock;
import org.agora.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managers' list of every active knowledge leader and the state of their support, in counts and dates only: no
 * notes, titles or requests, so that looking at the list is not a read of anyone's plan.
 */
@Component
@Transactional(readOnly = true)
class SupportRoster {

	/** One leader's line. */
	record Line(long leaderId, String leaderName, String unitName, Long coachId, String coachName, int openHelp,
			int overdueActions, LocalDate lastMeeting) {
	}

	private record Counts(long leaderId, long coachId, int openHelp, int overdue, LocalDate lastMeeting) {
	}

	private final JdbcClient jdbc;

	private final People people;

	private final OrganizationClock clock;

	SupportRoster(JdbcClient jdbc, People people, OrganizationClock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.clock = clock;
	}

	List<Line> lines() {
		Map<Long, Counts> counts = new HashMap<>();
		List<Counts> rows = jdbc.sql("""
				select p.leader_id, p.coach_id,
				  (select count(*) from initiatives_help_request h where h.plan_id = p.id and h.status = 'OPEN'),
				  (select count(*) from initiatives_support_action a where a.plan_id = p.id and a.done_at is null
				     and a.due_on < :today),
				  (select max(m.met_on) from initiatives_support_meeting m where m.plan_id = p.id)
				from initiatives_support_plan p""")
			.param("today", Date.valueOf(clock.today()))
			.query((rs, n) -> {
				Date last = rs.getDate(5);
				return new Counts(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4),
						last == null ? null : last.toLocalDate());
			})
			.list();
		rows.forEach(c -> counts.put(c.leaderId(), c));
		var coaches = people.findAll(counts.values().stream().map(Counts::coachId).toList());
		return people.withRole(Role.KNOWLEDGE_LEADER).stream().map(leader -> {
			var c = counts.get(leader.id());
			if (c == null) {
				return new Line(leader.id(), leader.fullName(), leader.unitName(), null, null, 0, 0, null);
			}
			PersonSummary coach = coaches.get(c.coachId());
			return new Line(leader.id(), leader.fullName(), leader.unitName(), c.coachId(),
					coach == null ? null : coach.fullName(), c.openHelp(), c.overdue(), c.lastMeeting());
		}).toList();
	}
}
