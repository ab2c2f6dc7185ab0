package org.agora.knowledge;

import java.time.LocalDate;

import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Reminds owners of articles due for review, now and then; one node at a time (ShedLock), each batch committed. */
@Component
class FreshnessJobs {

	/** Batches per run; whatever is left waits for the next run. */
	static final int MAX_BATCHES = 25;

	private final Freshness freshness;

	private final KnowledgeDates dates;

	FreshnessJobs(Freshness freshness, KnowledgeDates dates) {
		this.freshness = freshness;
		this.dates = dates;
	}

	@Scheduled(fixedDelayString = "${agora.knowledge.review-interval:PT6H}",
			initialDelayString = "${agora.knowledge.review-initial-delay:PT15M}")
	@SchedulerLock(name = "knowledge-review-reminders", lockAtMostFor = "PT30M")
	void run() {
		LockAssert.assertLocked();
		remind(dates.today());
	}

	/** Reminds every owner due on the day; returns how many reminders went out. */
	int remind(LocalDate today) {
		int sent = 0;
		for (int i = 0; i < MAX_BATCHES; i++) {
			int batch = freshness.remindBatch(today);
			sent += batch;
			if (batch < Freshness.BATCH) {
				break;
			}
		}
		return sent;
	}
}
