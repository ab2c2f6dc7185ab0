package org.agora.knowledgemap;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The holders of the map and their retention actions, in the module's own tables. */
@Repository
class Holders {

	private static final String HOLDER = """
			select h.id, h.area_id, a.name, h.person_id, h.level, h.departure_reason, h.expected_departure,
			       h.position_risk, h.successor_id, h.captured, h.version, h.announced_level
			from knowledgemap_holder h join knowledgemap_area a on a.id = h.area_id""";

	private static final String ACTION = """
			select id, holder_id, kind, title, owner_id, due_on, status, result, link_path, link_label, completed_at
			from knowledgemap_action""";

	private final JdbcClient jdbc;

	Holders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Holder> find(long id) {
		return jdbc.sql(HOLDER + " where h.id = :id").param("id", id).query(Holders::holder).optional();
	}

	/** Every holder, the area's name with it. */
	List<Holder> all() {
		return jdbc.sql(HOLDER + " order by h.id").query(Holders::holder).list();
	}

	List<Holder> ofPerson(long personId) {
		return jdbc.sql(HOLDER + " where h.person_id = :p order by a.name").param("p", personId).query(Holders::holder).list();
	}

	/** How many holders each area has. */
	Map<Long, Integer> countsByArea() {
		Map<Long, Integer> counts = new HashMap<>();
		jdbc.sql("select area_id, count(*) from knowledgemap_holder group by area_id")
			.query((rs, n) -> counts.put(rs.getLong(1), rs.getInt(2)))
			.list();
		return counts;
	}

	boolean areaExists(long areaId) {
		return jdbc.sql("select count(*) from knowledgemap_area where id = :id").param("id", areaId).query(Integer.class).single() > 0;
	}

	boolean holds(long areaId, long personId, long exceptHolderId) {
		return jdbc.sql("""
				select count(*) from knowledgemap_holder where area_id = :a and person_id = :p and id <> :id""")
			.param("a", areaId).param("p", personId).param("id", exceptHolderId)
			.query(Integer.class).single() > 0;
	}

	long insert(Holder h, long by, Instant now) {
		var ts = Timestamp.from(now);
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into knowledgemap_holder (area_id, person_id, level, departure_reason, expected_departure,
				  position_risk, successor_id, captured, version, created_by, created_at, updated_at, announced_level)
				values (:area, :person, :level, :reason, :departure, :position, :successor, :captured, 1, :by, :now, :now,
				  :announced)""")
			.params(params(h))
			.param("by", by)
			.param("now", ts)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/** Saves the holder if still at the version read; false when someone changed it meanwhile. */
	boolean update(Holder h, Instant now) {
		return jdbc.sql("""
				update knowledgemap_holder set area_id = :area, person_id = :person, level = :level,
				  departure_reason = :reason, expected_departure = :departure, position_risk = :position,
				  successor_id = :successor, captured = :captured, announced_level = :announced,
				  version = version + 1, updated_at = :now
				where id = :id and version = :version""")
			.params(params(h))
			.param("id", h.id())
			.param("version", h.version())
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** Records what a done action achieved: the knowledge captured, or a successor named. */
	void mitigate(long holderId, boolean captured, Long successorId, Instant now) {
		jdbc.sql("""
				update knowledgemap_holder set captured = captured or :captured,
				  successor_id = coalesce(:successor, successor_id), version = version + 1, updated_at = :now
				where id = :id""")
			.param("captured", captured)
			.param("successor", successorId)
			.param("now", Timestamp.from(now))
			.param("id", holderId)
			.update();
	}

	/** Marks the level as announced, if it was not already; true for the one caller that changed it. */
	boolean announce(long holderId, RiskLevel level) {
		return jdbc.sql("""
				update knowledgemap_holder set announced_level = :level
				where id = :id and (announced_level is null or announced_level <> :level)""")
			.param("level", level.name())
			.param("id", holderId)
			.update() == 1;
	}

	List<RetentionAction> actions(long holderId) {
		return jdbc.sql(ACTION + " where holder_id = :h order by due_on, id").param("h", holderId).query(Holders::action).list();
	}

	Optional<RetentionAction> action(long actionId) {
		return jdbc.sql(ACTION + " where id = :id").param("id", actionId).query(Holders::action).optional();
	}

	/** The open actions of an owner, soonest due first. */
	List<RetentionAction> openActionsOf(long ownerId) {
		return jdbc.sql(ACTION + " where owner_id = :o and status in ('PLANNED', 'IN_PROGRESS') order by due_on, id")
			.param("o", ownerId)
			.query(Holders::action)
			.list();
	}

	/** Each holder's actions counted: done and all but cancelled. */
	Map<Long, int[]> progress() {
		Map<Long, int[]> progress = new HashMap<>();
		jdbc.sql("""
				select holder_id, sum(case when status = 'DONE' then 1 else 0 end), count(*) from knowledgemap_action
				where status <> 'CANCELLED' group by holder_id""")
			.query((rs, n) -> progress.put(rs.getLong(1), new int[] { rs.getInt(2), rs.getInt(3) }))
			.list();
		return progress;
	}

	long addAction(long holderId, ActionKind kind, String title, long ownerId, LocalDate dueOn, long by, Instant now) {
		var ts = Timestamp.from(now);
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into knowledgemap_action (holder_id, kind, title, owner_id, due_on, status, created_by, created_at,
				  updated_at)
				values (:h, :kind, :title, :owner, :due, 'PLANNED', :by, :now, :now)""")
			.param("h", holderId).param("kind", kind.name()).param("title", title).param("owner", ownerId)
			.param("due", Date.valueOf(dueOn)).param("by", by).param("now", ts)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/** Moves the action on if it is still in the status read; false when it moved meanwhile. */
	boolean move(long actionId, ActionStatus from, ActionStatus to, ActionResult result, String linkPath,
			String linkLabel, Instant now) {
		var ts = Timestamp.from(now);
		return jdbc.sql("""
				update knowledgemap_action set status = :to, result = :result, link_path = :path, link_label = :label,
				  completed_at = :completed, updated_at = :now
				where id = :id and status = :from""")
			.param("to", to.name())
			.param("result", result == null ? null : result.name())
			.param("path", linkPath)
			.param("label", linkLabel)
			.param("completed", to == ActionStatus.DONE ? ts : null)
			.param("now", ts)
			.param("id", actionId)
			.param("from", from.name())
			.update() == 1;
	}

	private static Map<String, Object> params(Holder h) {
		Map<String, Object> p = new HashMap<>();
		p.put("area", h.areaId());
		p.put("person", h.personId());
		p.put("level", h.level().name());
		p.put("reason", h.reason() == null ? null : h.reason().name());
		p.put("departure", h.expectedDeparture() == null ? null : Date.valueOf(h.expectedDeparture()));
		p.put("position", h.positionRisk());
		p.put("successor", h.successorId());
		p.put("captured", h.captured());
		p.put("announced", h.announcedLevel());
		return p;
	}

	private static Holder holder(ResultSet rs, int n) throws SQLException {
		var departure = rs.getDate(7);
		long successor = rs.getLong(9);
		Long successorId = rs.wasNull() ? null : successor;
		return new Holder(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
				HolderLevel.valueOf(rs.getString(5)), HolderDeparture.parse(rs.getString(6)),
				departure == null ? null : departure.toLocalDate(), rs.getInt(8), successorId, rs.getBoolean(10),
				rs.getInt(11), rs.getString(12));
	}

	private static RetentionAction action(ResultSet rs, int n) throws SQLException {
		var completed = rs.getTimestamp(11);
		return new RetentionAction(rs.getLong(1), rs.getLong(2), ActionKind.valueOf(rs.getString(3)), rs.getString(4),
				rs.getLong(5), rs.getDate(6).toLocalDate(), ActionStatus.valueOf(rs.getString(7)),
				ActionResult.parse(rs.getString(8)), rs.getString(9), rs.getString(10),
				completed == null ? null : completed.toInstant());
	}
}
