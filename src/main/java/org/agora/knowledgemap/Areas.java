package org.agora.knowledgemap;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.agora.platform.OrganizationClock;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tree of knowledge areas: reading it in tree order, adding, editing and deleting an area. A name is unique among
 * its siblings (whatever its case, kept so by a unique index when two saves race), an area never moves under itself
 * or one of its own sub-areas, a save made on an older version changes nothing, and only an area nothing hangs on is
 * deleted.
 */
@Repository
@Transactional(readOnly = true)
class Areas {

	/** An area in tree order, with its depth (0 for a root). */
	record Node(Area area, int depth) {
	}

	/** Saved on an older version than the stored one: nothing was changed. */
	static class VersionConflict extends InvalidInputException {

		private final int current;

		VersionConflict(int current) {
			super("version", "map.areas.error.changedMeanwhile", "Someone changed this area meanwhile (it is now at "
					+ "version " + current + "). Load it again and retry.");
			this.current = current;
		}

		int current() {
			return current;
		}
	}

	/** A delete refused, as something still hangs on the area: its children, needs, holders, or other. */
	static class InUse extends InvalidInputException {

		private final String use;

		InUse(String use) {
			super("area", "map.areas.error.inUse." + use, switch (use) {
				case "children" -> "The area has sub-areas: move or delete them first.";
				case "needs" -> "Knowledge needs belong to the area: move them to another area first.";
				case "holders" -> "Knowledge holders are recorded for the area: move or remove them first.";
				default -> "Something was recorded for the area meanwhile. Load it again and retry.";
			});
			this.use = use;
		}

		String use() {
			return use;
		}
	}

	private final JdbcClient jdbc;

	private final KnowledgeMapPolicy policy;

	private final NeedUnits units;

	private final OrganizationClock clock;

	private final ObjectProvider<AreaRisks> risks;

	Areas(JdbcClient jdbc, KnowledgeMapPolicy policy, NeedUnits units, OrganizationClock clock,
			ObjectProvider<AreaRisks> risks) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.units = units;
		this.clock = clock;
		this.risks = risks;
	}

	/**
	 * The risk level of each area with holders, by the level's name, as the retention part's {@link AreaRisks}
	 * gives them; empty while no bean provides them. To anyone but managers, the level of an area that one or two
	 * people hold is left out, as it would be their own.
	 */
	Map<Long, String> riskLevels(AgoraPrincipal viewer) {
		Map<Long, Integer> holders = new HashMap<>();
		jdbc.sql("select area_id, count(*) from knowledgemap_holder where closed_on is null group by area_id")
			.query((rs, n) -> holders.put(rs.getLong(1), rs.getInt(2)))
			.list();
		Map<Long, String> levels = new HashMap<>();
		risks.ifAvailable(r -> r.levels().forEach((area, level) -> {
			if (policy.maySeeLevelOf(viewer, holders.getOrDefault(area, 0))) {
				levels.put(area, level.name());
			}
		}));
		return levels;
	}

	List<Area> all() {
		Map<Long, List<Long>> unitsOf = new HashMap<>();
		jdbc.sql("select area_id, unit_id from knowledgemap_area_unit order by area_id, unit_id")
			.query((rs, n) -> unitsOf.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)))
			.list();
		return jdbc.sql("select * from knowledgemap_area order by name, id")
			.query((rs, n) -> row(rs, unitsOf.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	/** Every area, parents before their children, siblings by name. */
	List<Node> tree() {
		var all = all();
		Map<Long, List<Area>> children = new HashMap<>();
		for (var area : all) {
			children.computeIfAbsent(area.parentId(), k -> new ArrayList<>()).add(area);
		}
		var nodes = new ArrayList<Node>();
		add(children, null, 0, nodes);
		return nodes;
	}

	private static void add(Map<Long, List<Area>> children, Long parent, int depth, List<Node> nodes) {
		for (var area : children.getOrDefault(parent, List.of())) {
			nodes.add(new Node(area, depth));
			add(children, area.id(), depth + 1, nodes);
		}
	}

	Optional<Area> find(long id) {
		return all().stream().filter(a -> a.id() == id).findFirst();
	}

	/** The area, or not found when it does not exist or the viewer may not see the map. */
	Area visible(AgoraPrincipal viewer, long id) {
		return find(id).filter(a -> policy.maySeeMap(viewer)).orElseThrow(() -> new NotFoundException("Knowledge area"));
	}

	@Transactional
	long create(AgoraPrincipal viewer, AreaForm form) {
		if (!policy.mayMapAreas(viewer)) {
			throw new AccessDeniedException("Knowledge leaders and managers map areas");
		}
		var fields = fields(form, null);
		var now = Timestamp.from(clock.now());
		var key = new GeneratedKeyHolder();
		try {
			jdbc.sql("""
					insert into knowledgemap_area (parent_id, name, description, version, parent_key, name_key,
					  created_by, created_at, updated_at)
					values (:parent, :name, :description, 1, :parentKey, lower(:name), :by, :now, :now)""")
				.param("parent", fields.parentId())
				.param("name", fields.name())
				.param("description", fields.description())
				.param("parentKey", parentKey(fields.parentId()))
				.param("by", viewer.personId())
				.param("now", now)
				.update(key, "id");
		}
		catch (DuplicateKeyException e) {
			throw nameTaken();
		}
		long id = key.getKeyAs(Number.class).longValue();
		writeUnits(id, fields.unitIds());
		return id;
	}

	/** Saves the area on the version it was read at (the form's, or the stored one when the form has none). */
	@Transactional
	void edit(AgoraPrincipal viewer, long id, AreaForm form) {
		var area = visible(viewer, id);
		if (!policy.mayMapAreas(viewer)) {
			throw new AccessDeniedException("Knowledge leaders and managers map areas");
		}
		var fields = fields(form, id);
		int version = form.version() == null ? area.version() : form.version();
		int changed;
		try {
			changed = jdbc.sql("""
					update knowledgemap_area set parent_id = :parent, name = :name, description = :description,
					  parent_key = :parentKey, name_key = lower(:name), version = version + 1, updated_at = :now
					where id = :id and version = :version""")
				.param("parent", fields.parentId())
				.param("name", fields.name())
				.param("description", fields.description())
				.param("parentKey", parentKey(fields.parentId()))
				.param("now", Timestamp.from(clock.now()))
				.param("id", id)
				.param("version", version)
				.update();
		}
		catch (DuplicateKeyException e) {
			throw nameTaken();
		}
		if (changed == 0) {
			throw new VersionConflict(find(id).map(Area::version).orElse(area.version()));
		}
		jdbc.sql("delete from knowledgemap_area_unit where area_id = :id").param("id", id).update();
		writeUnits(id, fields.unitIds());
	}

	/**
	 * Deletes an area that nothing hangs on: no sub-area, no need and no holder; otherwise says which. Its row is
	 * locked first, so a sub-area added meanwhile (which locks its parent) either comes first and is counted, or
	 * waits and then finds its parent gone.
	 */
	@Transactional
	void delete(AgoraPrincipal viewer, long id) {
		if (!policy.mayDeleteAreas(viewer)) {
			throw new AccessDeniedException("Managers delete areas");
		}
		if (jdbc.sql("select id from knowledgemap_area where id = :id for update")
			.param("id", id)
			.query(Long.class)
			.optional()
			.isEmpty()) {
			throw new NotFoundException("Knowledge area");
		}
		refuseIfAny("children", "select count(*) from knowledgemap_area where parent_id = :id", id);
		refuseIfAny("needs", "select count(*) from knowledgemap_need where area_id = :id", id);
		refuseIfAny("holders", "select count(*) from knowledgemap_holder where area_id = :id", id);
		try {
			jdbc.sql("delete from knowledgemap_area_unit where area_id = :id").param("id", id).update();
			jdbc.sql("delete from knowledgemap_area where id = :id").param("id", id).update();
		}
		catch (DataIntegrityViolationException e) {
			// a row written meanwhile without locking the area (a need or a holder) now refers to it
			throw new InUse("other");
		}
	}

	private void refuseIfAny(String use, String count, long id) {
		if (jdbc.sql(count).param("id", id).query(Integer.class).single() > 0) {
			throw new InUse(use);
		}
	}

	private void writeUnits(long id, List<Long> unitIds) {
		for (long unit : unitIds) {
			jdbc.sql("insert into knowledgemap_area_unit (area_id, unit_id) values (:area, :unit)")
				.param("area", id)
				.param("unit", unit)
				.update();
		}
	}

	private record Fields(Long parentId, String name, String description, List<Long> unitIds) {
	}

	private Fields fields(AreaForm form, Long editing) {
		String name = NeedRules.required("name", form.name(), 200);
		String description = NeedRules.optional("description", form.description(), 2000);
		Long parent = NeedRules.id("parentId", form.parentId());
		if (parent != null) {
			var parents = lockParents(parent, editing);
			if (!parents.containsKey(parent)) {
				throw new InvalidInputException("parentId", "map.areas.error.parentId", "Choose the parent from the list.");
			}
			if (editing != null && ancestorsAndSelf(parents, parent).contains(editing)) {
				throw new InvalidInputException("parentId", "map.areas.error.cycle",
						"An area cannot sit under itself or one of its own sub-areas.");
			}
		}
		String folded = name.toLowerCase(Locale.ROOT);
		boolean taken = all().stream()
			.anyMatch(a -> (editing == null || a.id() != editing) && java.util.Objects.equals(a.parentId(), parent)
					&& a.name().toLowerCase(Locale.ROOT).equals(folded));
		if (taken) {
			throw nameTaken();
		}
		var unitIds = new ArrayList<Long>();
		for (String typed : form.unitIds()) {
			Long unit = NeedRules.id("unitIds", typed);
			if (unit != null && !unitIds.contains(unit)) {
				unitIds.add(unit);
			}
		}
		return new Fields(parent, name, description, units.existing(unitIds));
	}

	/**
	 * The parent of each area the check reads, their rows locked until the change ends: for a new area its parent
	 * alone (so that the parent is not deleted meanwhile); for a move every area, in the order of their ids, so that
	 * two moves made at once take turns and the second sees the tree the first left, and never deadlock.
	 */
	private Map<Long, Long> lockParents(long parent, Long editing) {
		String where = editing == null ? " where id = :parent" : "";
		Map<Long, Long> parents = new HashMap<>();
		jdbc.sql("select id, parent_id from knowledgemap_area" + where + " order by id for update")
			.param("parent", parent)
			.query((rs, n) -> {
				long parentId = rs.getLong(2);
				return parents.put(rs.getLong(1), rs.wasNull() ? null : parentId);
			})
			.list();
		return parents;
	}

	/** The area and the areas above it, up to the top (or to a loop, should the stored tree hold one). */
	private static Set<Long> ancestorsAndSelf(Map<Long, Long> parents, long id) {
		var found = new HashSet<Long>();
		for (Long at = id; at != null && found.add(at);) {
			at = parents.get(at);
		}
		return found;
	}

	private static long parentKey(Long parentId) {
		return parentId == null ? 0 : parentId;
	}

	private static InvalidInputException nameTaken() {
		return new InvalidInputException("name", "map.areas.error.nameTaken",
				"Another area of that name sits under the same parent.");
	}

	private static Area row(ResultSet rs, List<Long> unitIds) throws SQLException {
		long parent = rs.getLong("parent_id");
		Long parentId = rs.wasNull() ? null : parent;
		return new Area(rs.getLong("id"), parentId, rs.getString("name"), rs.getString("description"),
				rs.getInt("version"), rs.getLong("created_by"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), List.copyOf(unitIds));
	}
}
