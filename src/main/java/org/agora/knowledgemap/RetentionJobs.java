package org.agora.knowledgemap;

import java.time.LocalDate;

import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.agora.platform.OrganizationClock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day, on one node (ShedLock), announces the holders whom time alone has moved into high risk (a departure
 * now nearer than a band), once per rise: the level last announced is kept per holder.
 */
@Component
class RetentionJobs {

	private final Holders holders;

	private final MapSettings settings;

	private final OrganizationClock clock;

	private final RiskAnnouncements announcements;

	private final TransactionTemplate transaction;

	RetentionJobs(Holders holders, MapSettings settings, OrganizationClock clock, RiskAnnouncements announcements,
			PlatformTransactionManager transactions) {
		this.holders = holders;
		this.settings = settings;
		this.clock = clock;
		this.announcements = announcements;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(cron = "${agora.retention.risk-cron:0 45 6 * * *}", zone = "${agora.time-zone:UTC}")
	@SchedulerLock(name = "retention-risk-rises", lockAtMostFor = "PT30M")
	void run() {
		LockAssert.assertLocked();
		announce(clock.today());
	}

	/**
	 * Publishes {@link RetentionRiskRaised} for each holder newly high on this day, in one transaction with the marks
	 * (so the events are kept by the publication registry); returns how many.
	 */
	int announce(LocalDate today) {
		Integer raised = transaction.execute(status -> {
			var scales = settings.scales();
			int count = 0;
			for (var holder : holders.active()) {
				if (announcements.check(holder, scales, today, clock.now())) {
					count++;
				}
			}
			return count;
		});
		return raised == null ? 0 : raised;
	}
}
