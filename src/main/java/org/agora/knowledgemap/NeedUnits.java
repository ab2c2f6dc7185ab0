package org.agora.knowledgemap;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agora.platform.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The org units that areas serve and needs belong to, and their names (read from the people module's table). */
@Component
@Transactional(readOnly = true)
class NeedUnits {

	/** A choice in a select: its id and name. */
	record Choice(long id, String name) {
	}

	private final JdbcClient jdbc;

	NeedUnits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Choice> all() {
		return jdbc.sql("select id, name from people_unit order by name, id")
			.query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/** The need's unit, which must be given and exist: a need without a unit is refused. */
	long required(Long id) {
		if (id == null || names(List.of(id)).isEmpty()) {
			throw new InvalidInputException("unitId", "map.needs.error.unitId",
					"Choose the unit that needs the knowledge: a need without a unit cannot be recorded.");
		}
		return id;
	}

	/** The units typed for an area, each of which must exist. */
	List<Long> existing(Collection<Long> ids) {
		var found = names(ids);
		if (found.size() != ids.stream().distinct().count()) {
			throw new InvalidInputException("unitIds", "map.areas.error.unitIds", "Choose the units from the list.");
		}
		return List.copyOf(found.keySet());
	}

	Map<Long, String> names(Collection<Long> ids) {
		Map<Long, String> names = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		jdbc.sql("select id, name from people_unit where id in (:ids) order by name, id")
			.param("ids", List.copyOf(ids))
			.query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
			.list();
		return names;
	}
}
