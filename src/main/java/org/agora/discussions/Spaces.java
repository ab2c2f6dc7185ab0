package org.agora.discussions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads spaces, answering "not found" for a space the viewer may not see, so private spaces do not exist to them. */
@Repository
@Transactional(readOnly = true)
class Spaces {

	static final String COLUMNS = "s.id, s.slug, s.name, s.description, s.kind, s.archived, s.created_by, s.created_at, s.version";

	private final JdbcClient jdbc;

	private final DiscussionsPolicy policy;

	Spaces(JdbcClient jdbc, DiscussionsPolicy policy) {
		this.jdbc = jdbc;
		this.policy = policy;
	}

	Optional<Space> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from discussions_space s where s.id = :id")
			.param("id", id)
			.query(Spaces::row)
			.optional();
	}

	Optional<Space> findBySlug(String slug) {
		return jdbc.sql("select " + COLUMNS + " from discussions_space s where s.slug = :slug")
			.param("slug", slug == null ? "" : slug)
			.query(Spaces::row)
			.optional();
	}

	/** The space, or not found when it does not exist or the viewer may not see it. */
	Space visible(AgoraPrincipal viewer, long id) {
		return find(id).filter(s -> policy.maySee(viewer, s)).orElseThrow(() -> new NotFoundException("Space"));
	}

	/** The space at its address, or not found when it does not exist or the viewer may not see it. */
	Space visible(AgoraPrincipal viewer, String slug) {
		return findBySlug(slug).filter(s -> policy.maySee(viewer, s))
			.orElseThrow(() -> new NotFoundException("Space"));
	}

	/** The spaces the viewer sees: the lobby first, then by name. */
	List<Space> visibleTo(AgoraPrincipal viewer) {
		var filter = policy.visibleSpaces(viewer);
		return jdbc.sql("select " + COLUMNS + " from discussions_space s where " + filter.where()
				+ " order by case s.kind when 'LOBBY' then 0 when 'TOPIC' then 1 else 2 end, s.name")
			.params(filter.params())
			.query(Spaces::row)
			.list();
	}

	/** The community-wide lobby. */
	Optional<Space> lobby() {
		return jdbc.sql("select " + COLUMNS + " from discussions_space s where s.kind = 'LOBBY' order by s.id")
			.query(Spaces::row)
			.list()
			.stream()
			.findFirst();
	}

	/** The spaces with these ids, by id; those that do not exist are left out. */
	Map<Long, Space> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, Space> found = new HashMap<>();
		jdbc.sql("select " + COLUMNS + " from discussions_space s where s.id in (:ids)")
			.param("ids", List.copyOf(ids))
			.query(Spaces::row)
			.list()
			.forEach(space -> found.put(space.id(), space));
		return found;
	}

	List<Space> all() {
		return jdbc.sql("select " + COLUMNS + " from discussions_space s order by s.name").query(Spaces::row).list();
	}

	static Space row(ResultSet rs, int n) throws SQLException {
		Timestamp created = rs.getTimestamp("created_at");
		return new Space(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("description"),
				SpaceKind.valueOf(rs.getString("kind")), rs.getBoolean("archived"),
				(Long) rs.getObject("created_by", Long.class), created.toInstant(), rs.getInt("version"));
	}

	/** Used by lists: the where-clause on {@code discussions_space s} of the spaces the viewer sees. */
	DiscussionsPolicy.Filter filter(AgoraPrincipal viewer) {
		return policy.visibleSpaces(viewer);
	}
}
