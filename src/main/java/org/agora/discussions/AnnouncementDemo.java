package org.agora.discussions;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.agora.people.People;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives the demo community one current announcement from its community manager to the knowledge leaders, written
 * straight to the table (a demo sends no mail). A database that has any announcement is left alone.
 */
@Component
class AnnouncementDemo {

	private final boolean enabled;

	private final JdbcClient jdbc;

	private final People people;

	private final Clock clock;

	AnnouncementDemo(@Value("${agora.demo.enabled:false}") boolean enabled, JdbcClient jdbc, People people,
			Clock clock) {
		this.enabled = enabled;
		this.jdbc = jdbc;
		this.people = people;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE - 9)
	public void onReady() {
		if (!enabled || jdbc.sql("select count(*) from discussions_announcement").query(Integer.class).single() > 0) {
			return;
		}
		var manager = people.findByEmail("manager@agora.example").orElse(null);
		if (manager == null) {
			return;
		}
		Instant now = clock.instant();
		jdbc.sql("""
				insert into discussions_announcement (title, body, audience, unit_id, author_id, published_at, expires_at)
				values (:title, :body, 'LEADERS', null, :author, :published, :expires)""")
			.param("title", "This quarter's community event: save the date")
			.param("body", """
					Dear knowledge leaders,

					Our quarterly community meet-up is coming: an afternoon of **after-action reviews** from the field, \
					a short workshop on knowledge retention, and time to meet the leaders of other units.

					Register on the [calendar](/calendar) and bring one lesson learned from your unit to share.

					Noa""")
			.param("author", manager.id())
			.param("published", Timestamp.from(now.minus(Duration.ofDays(2))))
			.param("expires", Timestamp.from(now.plus(Duration.ofDays(28))))
			.update();
	}
}
