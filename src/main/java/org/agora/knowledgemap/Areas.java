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

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tree of knowledge areas: reading it in tree order, adding and editing an area. A name is unique among its
 * siblings (whatever its case), and an area never moves under itself or one of its own sub-areas.
 */
@Repository
@Transactional(readOnly = true)
class Areas {

	/** An area in tree order, with its depth (0 for a root). */
	record Node(Area area, int depth) {
	}

	private final JdbcClient jdbc;

	private final KnowledgeMapPolicy policy;

	private final NeedUnits units;

	private final MapClock clock;

	private final ObjectProvider<AreaRisks> risks;

	Areas(JdbcClient jdbc, KnowledgeMapPolicy policy, NeedUnits units, MapClock clock,
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
		jdbc.sql("select area_id, count(*) from knowledgemap_holder group by area_id")
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
		jdbc.sql("""
				insert into knowledgemap_area (parent_id, name, description, created_by, created_at, updated_at)
				values (:parent, :name, :description, :by, :now, :now)""")
			.param("parent", fields.parentId())
			.param("name", fields.name())
			.param("description", fields.description())
			.param("by", viewer.personId())
			.param("now", now)
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		writeUnits(id, fields.unitIds());
		return id;
	}

	@Transactional
	void edit(AgoraPrincipal viewer, long id, AreaForm form) {
		visible(viewer, id);
		if (!policy.mayMapAreas(viewer)) {
			throw new AccessDeniedException("Knowledge leaders and managers map areas");
		}
		var fields = fields(form, id);
		jdbc.sql("""
				update knowledgemap_area set parent_id = :parent, name = :name, description = :description,
				  updated_at = :now where id = :id""")
			.param("parent", fields.parentId())
			.param("name", fields.name())
			.param("description", fields.description())
			.param("now", Timestamp.from(clock.now()))
			.param("id", id)
			.update();
		jdbc.sql("delete from knowledgemap_area_unit where area_id = :id").param("id", id).update();
		writeUnits(id, fields.unitIds());
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
		var all = all();
		if (parent != null) {
			if (all.stream().noneMatch(a -> a.id() == parent)) {
				throw new InvalidInputException("parentId", "map.areas.error.parentId", "Choose the parent from the list.");
			}
			if (editing != null && descendantsAndSelf(all, editing).contains(parent)) {
				throw new InvalidInputException("parentId", "map.areas.error.cycle",
						"An area cannot sit under itself or one of its own sub-areas.");
			}
		}
		String folded = name.toLowerCase(Locale.ROOT);
		boolean taken = all.stream()
			.anyMatch(a -> (editing == null || a.id() != editing) && java.util.Objects.equals(a.parentId(), parent)
					&& a.name().toLowerCase(Locale.ROOT).equals(folded));
		if (taken) {
			throw new InvalidInputException("name", "map.areas.error.nameTaken",
					"Another area of that name sits under the same parent.");
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

	private static HashSet<Long> descendantsAndSelf(List<Area> all, long id) {
		var found = new HashSet<Long>();
		found.add(id);
		boolean grew = true;
		while (grew) {
			grew = false;
			for (var area : all) {
				if (area.parentId() != null && found.contains(area.parentId()) && found.add(area.id())) {
					grew = true;
				}
			}
		}
		return found;
	}

	private static Area row(ResultSet rs, List<Long> unitIds) throws SQLException {
		long parent = rs.getLong("parent_id");
		Long parentId = rs.wasNull() ? null : parent;
		return new Area(rs.getLong("id"), parentId, rs.getString("name"),
				rs.getString("description"), rs.getLong("created_by"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), List.copyOf(unitIds));
	}
}
