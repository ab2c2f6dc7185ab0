package org.agora.initiatives;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

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
 * Once a day, on one node (ShedLock), reminds the owners of open support actions due within {@value #DAYS_AHEAD} days
 * or overdue: once per action and due date, so that moving the date reminds again.
 */
@Component
class SupportJobs {

	static final int DAYS_AHEAD = 3;

	private record Due(long id, long leaderId, long ownerId, LocalDate dueOn) {
	}

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final OrganizationClock clock;

	private final TransactionTemplate transaction;

	SupportJobs(JdbcClient jdbc, ApplicationEventPublisher events, OrganizationClock clock,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(cron = "${agora.support.reminder-cron:0 30 6 * * *}", zone = "${agora.time-zone:UTC}")
	@SchedulerLock(name = "support-action-reminders", lockAtMostFor = "PT30M")
	void run() {
		LockAssert.assertLocked();
		remind(clock.today());
	}

	/**
	 * Publishes {@link SupportActionDue} for each action not yet reminded for its due date, in one transaction with
	 * the marks (so the events are kept by the publication registry); returns how many.
	 */
	int remind(LocalDate today) {
		Integer sent = transaction.execute(status -> remindIn(today));
		return sent == null ? 0 : sent;
	}

	private int remindIn(LocalDate today) {
		List<Due> due = jdbc.sql("""
				select a.id, p.leader_id, a.owner_id, a.due_on from initiatives_support_action a
				join initiatives_support_plan p on p.id = a.plan_id
				where a.done_at is null and a.due_on <= :until
				  and (a.reminded_for is null or a.reminded_for <> a.due_on)""")
			.param("until", Date.valueOf(today.plusDays(DAYS_AHEAD)))
			.query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getDate(4).toLocalDate()))
			.list();
		int sent = 0;
		for (Due d : due) {
			// another node or run may have reminded it meanwhile
			int claimed = jdbc.sql("""
					update initiatives_support_action set reminded_for = due_on
					where id = :id and due_on = :due and (reminded_for is null or reminded_for <> due_on)""")
				.param("id", d.id())
				.param("due", Date.valueOf(d.dueOn()))
				.update();
			if (claimed == 1) {
				events.publishEvent(new SupportActionDue(d.id(), d.leaderId(), d.ownerId(), d.dueOn()));
				sent++;
			}
		}
		return sent;
	}
}
