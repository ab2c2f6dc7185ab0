package org.agora.knowledge;

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
 * Gives the demo community its knowledge base once the people and the discussion spaces are there: articles in every
 * state, one stale, with versions and ratings. A database that has any article beside the shipped toolkit is left
 * alone.
 */
@Component
class KnowledgeDemo {

	private static final Logger log = LoggerFactory.getLogger(KnowledgeDemo.class);

	private final boolean enabled;

	private final JdbcClient jdbc;

	private final KnowledgeDemoWriter writer;

	KnowledgeDemo(@Value("${agora.demo.enabled:false}") boolean enabled, JdbcClient jdbc, KnowledgeDemoWriter writer) {
		this.enabled = enabled;
		this.jdbc = jdbc;
		this.writer = writer;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE - 10)
	void onReady() {
		if (!enabled || !empty()) {
			return;
		}
		int written = writer.write(writer.read());
		if (written > 0) {
			log.info("Demo knowledge written: {} articles", written);
		}
	}

	boolean empty() {
		return jdbc.sql("select count(*) from knowledge_article where toolkit_slug is null").query(Integer.class).single() == 0;
	}
}
