package org.agora.calendar;

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
 * Gives the demo community its calendar once the people are there: a year of past quarters with events, attendance
 * and feedback, upcoming events open for registration, and a quarter without any event, so the community manager is
 * warned. A database that has any event is left alone.
 */
@Component
class CalendarDemo {

	private static final Logger log = LoggerFactory.getLogger(CalendarDemo.class);

	private final boolean enabled;

	private final JdbcClient jdbc;

	private final CalendarDemoWriter writer;

	CalendarDemo(@Value("${agora.demo.enabled:false}") boolean enabled, JdbcClient jdbc, CalendarDemoWriter writer) {
		this.enabled = enabled;
		this.jdbc = jdbc;
		this.writer = writer;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE - 10)
	void onReady() {
		if (!enabled || jdbc.sql("select count(*) from calendar_event").query(Integer.class).single() > 0) {
			return;
		}
		var written = writer.write();
		if (written > 0) {
			log.info("Demo calendar written: {} events", written);
		}
	}
}
