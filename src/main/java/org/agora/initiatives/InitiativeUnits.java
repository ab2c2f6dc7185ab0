package org.agora.initiatives;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agora.platform.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The org units an initiative can belong to, and their names (read from the people module's table). */
@Component
@Transactional(readOnly = true)
class InitiativeUnits {

	/** A choice in a select: its id and name. */
	record Choice(long id, String name) {
	}

	private final JdbcClient jdbc;

	InitiativeUnits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Choice> all() {
		return jdbc.sql("select id, name from people_unit order by name")
			.query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/** The unit of the id, which must be given and exist. */
	long required(Long id) {
		if (id == null) {
			throw new InvalidInputException("unitId", "initiatives.error.unitId", "Choose the unit from the list.");
		}
		if (names(List.of(id)).isEmpty()) {
			throw new InvalidInputException("unitId", "initiatives.error.unitId", "Choose the unit from the list.");
		}
		return id;
	}

	Map<Long, String> names(Collection<Long> ids) {
		Map<Long, String> names = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		jdbc.sql("select id, name from people_unit where id in (:ids)")
			.param("ids", List.copyOf(ids))
			.query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
			.list();
		return names;
	}
}
