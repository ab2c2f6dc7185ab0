package org.agora.discussions;

import java.sql.Timestamp;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes sure the community has its one lobby, on a fresh database too, with or without the demo. Several nodes may
 * start at once: the unique address lets only one of them write it.
 */
@Component
class SpaceLobby {

	static final String SLUG = "lobby";

	private static final Logger log = LoggerFactory.getLogger(SpaceLobby.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	SpaceLobby(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE - 30)
	void ensure() {
		if (jdbc.sql("select count(*) from discussions_space where kind = 'LOBBY'").query(Integer.class).single() > 0) {
			return;
		}
		try {
			jdbc.sql("""
					insert into discussions_space (slug, name, description, kind, archived, created_at)
					values (:slug, 'Lobby', :description, 'LOBBY', false, :now)""")
				.param("slug", SLUG)
				.param("description", "The whole community's meeting place: introduce yourself, ask anything, share news.")
				.param("now", Timestamp.from(clock.instant()))
				.update();
			log.info("The discussions lobby was created");
		}
		catch (DuplicateKeyException e) {
			// another node created it at the same moment
		}
	}
}
