package org.agora.initiatives;

import java.sql.Date;
import java.time.LocalDate;
import java.time.Period;

import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.agora.platform.OrganizationClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day, on one node (ShedLock), reminds leaders of milestones due within a week, of initiatives still planned
 * or active. A reminder marks the milestone with the due date it was for, so each milestone is reminded once per due
 * date.
 */
@Component
class MilestoneJobs {

	static final Period AHEAD = Period.ofDays(7);

	private record Due(long initiativeId, long milestoneId, long leaderId, String milestone, String initiative,
			LocalDate dueOn) {
	}

	private final JdbcClient jdbc;

	private final OrganizationClock clock;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	MilestoneJobs(JdbcClient jdbc, OrganizationClock clock, ApplicationEventPublisher events,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(cron = "${agora.initiatives.milestone-reminders:0 30 6 * * *}",
			zone = "${agora.time-zone:UTC}")
	@SchedulerLock(name = "initiatives-milestone-reminders", lockAtMostFor = "PT30M")
	void run() {
		LockAssert.assertLocked();
		remind(clock.today());
	}

	/**
	 * Reminds the leaders of milestones due from today to a week ahead; returns how many reminders went out. The marks
	 * and the events share one transaction, begun here rather than by an annotation (which {@link #run()} calling this
	 * method would bypass): the listeners run after it commits, and the registry keeps the events until they have.
	 */
	int remind(LocalDate today) {
		Integer sent = transaction.execute(status -> remindIn(today));
		return sent == null ? 0 : sent;
	}

	private int remindIn(LocalDate today) {
		var due = jdbc.sql("""
				select i.id, m.id, i.leader_id, m.title, i.title, m.due_on from initiatives_milestone m
				join initiatives_initiative i on i.id = m.initiative_id
				where m.reached_on is null and m.due_on >= :today and m.due_on <= :until
				  and i.status in ('PLANNED', 'ACTIVE')
				  and (m.reminded_for is null or m.reminded_for <> m.due_on)
				order by m.due_on, m.id""")
			.param("today", Date.valueOf(today))
			.param("until", Date.valueOf(today.plus(AHEAD)))
			.query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
					rs.getDate(6).toLocalDate()))
			.list();
		int sent = 0;
		for (var d : due) {
			int claimed = jdbc.sql("""
					update initiatives_milestone set reminded_for = due_on where id = :id and due_on = :due
					and (reminded_for is null or reminded_for <> due_on)""")
				.param("id", d.milestoneId())
				.param("due", Date.valueOf(d.dueOn()))
				.update();
			if (claimed == 1) {
				events.publishEvent(new MilestoneDue(d.initiativeId(), d.milestoneId(), d.leaderId(), d.milestone(),
						d.initiative(), Initiative.path(d.initiativeId()), d.dueOn()));
				sent++;
			}
		}
		return sent;
	}
}
