package org.agora.discussions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives the demo community lively discussions once the people are there: topic spaces with questions answered and
 * waiting, a private leaders' circle, a joint forum with the partner's guest, flags in the moderation queue. A
 * database that has any thread, or any space beside the lobby, is left alone.
 */
@Component
class DiscussionsDemo {

	private static final Logger log = LoggerFactory.getLogger(DiscussionsDemo.class);

	private final boolean enabled;

	private final JdbcClient jdbc;

	private final DiscussionsDemoWriter writer;

	DiscussionsDemo(@Value("${agora.demo.enabled:false}") boolean enabled, JdbcClient jdbc,
			DiscussionsDemoWriter writer) {
		this.enabled = enabled;
		this.jdbc = jdbc;
		this.writer = writer;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE - 20)
	void onReady() {
		if (!enabled || jdbc.sql("""
				select (select count(*) from discussions_thread)
				  + (select count(*) from discussions_space where kind <> 'LOBBY')""").query(Integer.class).single() > 0) {
			return;
		}
		int written = writer.write();
		if (written > 0) {
			log.info("Demo discussions written: {} threads", written);
		}
	}
}
