package org.agora.discussions;

import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Fetches the enabled feed sources of the radar now and then; one node at a time (ShedLock). */
@Component
class RadarJobs {

	private final RadarSources sources;

	private final RadarFeeds feeds;

	RadarJobs(RadarSources sources, RadarFeeds feeds) {
		this.sources = sources;
		this.feeds = feeds;
	}

	@Scheduled(fixedDelayString = "${agora.radar.fetch-interval:PT6H}",
			initialDelayString = "${agora.radar.fetch-initial-delay:PT10M}")
	@SchedulerLock(name = "radar-feeds", lockAtMostFor = "PT30M")
	void run() {
		LockAssert.assertLocked();
		fetchAll();
	}

	/** Fetches every enabled source; returns how many entries were added to the queue. */
	int fetchAll() {
		int added = 0;
		for (var source : sources.enabled()) {
			added += feeds.fetch(source).added();
		}
		return added;
	}
}
