package org.agora.knowledgemap;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the holder and action forms offer in their lists: the areas, and the active people of the organization. */
@Component
@Transactional(readOnly = true)
class HolderChoices {

	/** A choice in a select: its id and name. */
	record Choice(long id, String name) {
	}

	private final JdbcClient jdbc;

	HolderChoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Choice> areas() {
		return jdbc.sql("select id, name from knowledgemap_area order by name, id")
			.query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2)))
			.list();
	}

	List<Choice> people() {
		return jdbc.sql("select id, full_name from people_person where active order by full_name, id")
			.query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2)))
			.list();
	}
}
