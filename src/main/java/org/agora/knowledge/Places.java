package org.agora.knowledge;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agora.platform.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The org units and discussion spaces an article can belong with, by id, and their names. Only spaces open to the
 * whole organization are offered: a published article is read by everyone, and must not reveal a private space's
 * name.
 */
@Component
@Transactional(readOnly = true)
class Places {

	/** A choice in a select: its id and name. */
	record Choice(long id, String name) {
	}

	private final JdbcClient jdbc;

	Places(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Choice> units() {
		return jdbc.sql("select id, name from people_unit order by name")
			.query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2)))
			.list();
	}

	List<Choice> spaces() {
		return jdbc.sql("select id, name from discussions_space where kind <> 'PRIVATE' and not archived order by name")
			.query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/** The unit of the id, checked to exist; null for null. */
	Long unit(Long id) {
		if (id != null && names("select id, name from people_unit where id in (:ids)", List.of(id)).isEmpty()) {
			throw new InvalidInputException("unitId", "knowledge.error.unitId", "Choose the unit from the list.");
		}
		return id;
	}

	/** The space of the id, checked to be open to the organization; null for null. */
	Long space(Long id) {
		if (id != null && names("select id, name from discussions_space where kind <> 'PRIVATE' and id in (:ids)",
				List.of(id)).isEmpty()) {
			throw new InvalidInputException("spaceId", "knowledge.error.spaceId", "Choose the space from the list.");
		}
		return id;
	}

	String unitName(Long id) {
		return id == null ? null : names("select id, name from people_unit where id in (:ids)", List.of(id)).get(id);
	}

	String spaceName(Long id) {
		return id == null ? null
				: names("select id, name from discussions_space where kind <> 'PRIVATE' and id in (:ids)", List.of(id))
					.get(id);
	}

	/** The names of these units, by id, in one statement; a missing unit is left out. */
	Map<Long, String> unitNames(Collection<Long> ids) {
		return ids.isEmpty() ? Map.of() : names("select id, name from people_unit where id in (:ids)", List.copyOf(ids));
	}

	/** The names of these spaces that are open to the organization, by id, in one statement. */
	Map<Long, String> spaceNames(Collection<Long> ids) {
		return ids.isEmpty() ? Map.of()
				: names("select id, name from discussions_space where kind <> 'PRIVATE' and id in (:ids)",
						List.copyOf(ids));
	}

	/** The spaces' addresses are their slugs; null when the space is gone or private. */
	String spaceSlug(Long id) {
		return id == null ? null
				: jdbc.sql("select slug from discussions_space where kind <> 'PRIVATE' and id = :id")
					.param("id", id)
					.query(String.class)
					.optional()
					.orElse(null);
	}

	private Map<Long, String> names(String sql, List<Long> ids) {
		Map<Long, String> names = new LinkedHashMap<>();
		jdbc.sql(sql).param("ids", ids).query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
		return names;
	}
}
