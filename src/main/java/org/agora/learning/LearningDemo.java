package org.agora.learning;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the demo community two cohorts of the foundations course once it is there: one closed, whose learners all
 * completed, and one running, whose learners are at every stage. A database that has any cohort is left alone.
 */
@Component
class LearningDemo {

	private static final Logger log = LoggerFactory.getLogger(LearningDemo.class);

	private final boolean enabled;

	private final Catalog catalog;

	private final Cohorts cohorts;

	private final LearningDemoWriter writer;

	LearningDemo(@Value("${agora.demo.enabled:false}") boolean enabled, Catalog catalog, Cohorts cohorts,
			LearningDemoWriter writer) {
		this.enabled = enabled;
		this.catalog = catalog;
		this.cohorts = cohorts;
		this.writer = writer;
	}

	/** Runs last, after the course content is in place. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE - 5)
	void onReady() {
		if (!enabled || cohorts.any()) {
			return;
		}
		catalog.courseIdBySlug(CohortInvitations.FOUNDATIONS).ifPresent(courseId -> {
			var written = writer.write(courseId);
			log.info("Demo cohorts written: {} learners in a running cohort, {} in a closed one", written.running(),
					written.closed());
		});
	}
}
