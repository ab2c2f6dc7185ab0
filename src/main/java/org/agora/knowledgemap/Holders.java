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
			       h.position_risk, h.successor_id, h.successor_holds, h.captured, h.version, h.announced_level,
			       h.closed_on
			from knowledgemap_holder h join knowledgemap_area a on a.id = h.area_id""";

	private static final String ACTION = """
			select id, holder_id, kind, title, owner_id, due_on, status, result, link_path, link_label, completed_at,
			       successor_id, confirmed_by, confirmed_at
			from knowledgemap_action""";

	private final JdbcClient jdbc;

	Holders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Holder> find(long id) {
		return jdbc.sql(HOLDER + " where h.id = :id").param("id", id).query(Holders::holder).optional();
	}

	/** Every holder not closed, the area's name with it: those the register, the counts and the levels know. */
	List<Holder> active() {
		return jdbc.sql(HOLDER + " where h.closed_on is null order by h.id").query(Holders::holder).list();
	}

	/** The closed holders, most recently closed first. */
	List<Holder> closed() {
		return jdbc.sql(HOLDER + " where h.closed_on is not null order by h.closed_on desc, h.id desc")
			.query(Holders::holder)
			.list();
	}

	/** How many holders, not closed, each area has. */
	Map<Long, Integer> countsByArea() {
		Map<Long, Integer> counts = new HashMap<>();
		jdbc.sql("select area_id, count(*) from knowledgemap_holder where closed_on is null group by area_id")
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
				  position_risk, successor_id, version, created_by, created_at, updated_at)
				values (:area, :person, :level, :reason, :departure, :position, :successor, 1, :by, :now, :now)""")
			.params(params(h))
			.param("by", by)
			.param("now", ts)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/**
	 * Saves what the holder's form says if the holder is still at the version read and open; false when someone
	 * changed or closed it meanwhile. What the plan achieved (captured, a successor who holds) is the actions' to
	 * set: only a change of successor drops the successor's holding, which was the former successor's.
	 */
	boolean update(Holder h, Instant now) {
		return jdbc.sql("""
				update knowledgemap_holder set area_id = :area, person_id = :person, level = :level,
				  departure_reason = :reason, expected_departure = :departure, position_risk = :position,
				  successor_id = :successor, successor_holds = :holds, version = version + 1, updated_at = :now
				where id = :id and version = :version and closed_on is null""")
			.params(params(h))
			.param("holds", h.successorHolds())
			.param("id", h.id())
			.param("version", h.version())
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** Records what a confirmed action achieved: the knowledge captured. */
	void captured(long holderId, Instant now) {
		jdbc.sql("""
				update knowledgemap_holder set captured = true, version = version + 1, updated_at = :now
				where id = :id""")
			.param("now", Timestamp.from(now))
			.param("id", holderId)
			.update();
	}

	/** Records what a confirmed action achieved: this successor now holds the knowledge. */
	void successorHolds(long holderId, long successorId, Instant now) {
		jdbc.sql("""
				update knowledgemap_holder set successor_id = :successor, successor_holds = true, version = version + 1,
				  updated_at = :now
				where id = :id""")
			.param("successor", successorId)
			.param("now", Timestamp.from(now))
			.param("id", holderId)
			.update();
	}

	/**
	 * Closes the holder if still at the version read and open, and cancels the plan's open actions; false when
	 * someone changed or closed it meanwhile.
	 */
	boolean close(long holderId, int version, long by, LocalDate on, Instant now) {
		var ts = Timestamp.from(now);
		boolean closed = jdbc.sql("""
				update knowledgemap_holder set closed_on = :on, closed_by = :by, version = version + 1, updated_at = :now
				where id = :id and version = :version and closed_on is null""")
			.param("on", Date.valueOf(on))
			.param("by", by)
			.param("now", ts)
			.param("id", holderId)
			.param("version", version)
			.update() == 1;
		if (closed) {
			jdbc.sql("""
					update knowledgemap_action set status = 'CANCELLED', updated_at = :now
					where holder_id = :h and status in ('PLANNED', 'IN_PROGRESS')""")
				.param("now", ts)
				.param("h", holderId)
				.update();
		}
		return closed;
	}

	/**
	 * Deletes a holder recorded by mistake, with its plan, if still at the version read and no action of it is done
	 * (a done action is history, which closing keeps); false otherwise. The holder's row is taken first, as
	 * {@link #lock} does for an action's completion, so no action is done meanwhile.
	 */
	boolean delete(long holderId, int version) {
		boolean taken = jdbc.sql("update knowledgemap_holder set version = version + 1 where id = :id and version = :version")
			.param("id", holderId)
			.param("version", version)
			.update() == 1;
		if (!taken || hasDoneActions(holderId)) {
			return false;
		}
		jdbc.sql("delete from knowledgemap_action where holder_id = :h").param("h", holderId).update();
		return jdbc.sql("delete from knowledgemap_holder where id = :id").param("id", holderId).update() == 1;
	}

	/** The holder, its row locked for the rest of the transaction. */
	Optional<Holder> lock(long id) {
		jdbc.sql("select id from knowledgemap_holder where id = :id for update").param("id", id).query(Long.class).optional();
		return find(id);
	}

	/** Whether any action of the holder is done. */
	boolean hasDoneActions(long holderId) {
		return jdbc.sql("select count(*) from knowledgemap_action where holder_id = :h and status = 'DONE'")
			.param("h", holderId)
			.query(Integer.class)
			.single() > 0;
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

	/** Each holder's actions counted: done, all but cancelled, and done with a result awaiting confirmation. */
	Map<Long, int[]> progress() {
		Map<Long, int[]> progress = new HashMap<>();
		jdbc.sql("""
				select holder_id, sum(case when status = 'DONE' then 1 else 0 end), count(*),
				  sum(case when status = 'DONE' and result in ('CAPTURED', 'SUCCESSOR') and confirmed_at is null
				      then 1 else 0 end)
				from knowledgemap_action where status <> 'CANCELLED' group by holder_id""")
			.query((rs, n) -> progress.put(rs.getLong(1), new int[] { rs.getInt(2), rs.getInt(3), rs.getInt(4) }))
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
	boolean move(long actionId, ActionStatus from, ActionStatus to, Instant now) {
		return jdbc.sql("""
				update knowledgemap_action set status = :to, updated_at = :now where id = :id and status = :from""")
			.param("to", to.name())
			.param("now", Timestamp.from(now))
			.param("id", actionId)
			.param("from", from.name())
			.update() == 1;
	}

	/**
	 * Marks the action done with what it achieved, if it is still in the status read; the result counts as confirmed
	 * when {@code confirmedBy} is given. False when it moved meanwhile.
	 */
	boolean complete(long actionId, ActionStatus from, ActionResult result, Long successorId, String linkPath,
			String linkLabel, Long confirmedBy, Instant now) {
		var ts = Timestamp.from(now);
		Map<String, Object> p = new HashMap<>();
		p.put("result", result.name());
		p.put("successor", successorId);
		p.put("path", linkPath);
		p.put("label", linkLabel);
		p.put("by", confirmedBy);
		p.put("confirmed", confirmedBy == null ? null : ts);
		p.put("now", ts);
		p.put("id", actionId);
		p.put("from", from.name());
		return jdbc.sql("""
				update knowledgemap_action set status = 'DONE', result = :result, successor_id = :successor,
				  link_path = :path, link_label = :label, completed_at = :now, confirmed_by = :by,
				  confirmed_at = :confirmed, updated_at = :now
				where id = :id and status = :from""")
			.params(p)
			.update() == 1;
	}

	/** Confirms a done action's result if no one did yet; false when it was confirmed meanwhile. */
	boolean confirm(long actionId, long by, Instant now) {
		var ts = Timestamp.from(now);
		return jdbc.sql("""
				update knowledgemap_action set confirmed_by = :by, confirmed_at = :now, updated_at = :now
				where id = :id and status = 'DONE' and result in ('CAPTURED', 'SUCCESSOR') and confirmed_at is null""")
			.param("by", by)
			.param("now", ts)
			.param("id", actionId)
			.update() == 1;
	}

	/** The done actions whose result waits for a manager's confirmation, oldest first. */
	List<RetentionAction> awaitingConfirmation() {
		return jdbc.sql(ACTION + """
				 where status = 'DONE' and result in ('CAPTURED', 'SUCCESSOR') and confirmed_at is null
				order by completed_at, id""")
			.query(Holders::action)
			.list();
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
		return p;
	}

	private static Holder holder(ResultSet rs, int n) throws SQLException {
		var departure = rs.getDate(7);
		long successor = rs.getLong(9);
		Long successorId = rs.wasNull() ? null : successor;
		var closed = rs.getDate(14);
		return new Holder(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
				HolderLevel.valueOf(rs.getString(5)), HolderDeparture.parse(rs.getString(6)),
				departure == null ? null : departure.toLocalDate(), rs.getInt(8), successorId, rs.getBoolean(10),
				rs.getBoolean(11), rs.getInt(12), rs.getString(13), closed == null ? null : closed.toLocalDate());
	}

	private static RetentionAction action(ResultSet rs, int n) throws SQLException {
		var completed = rs.getTimestamp(11);
		long successor = rs.getLong(12);
		Long successorId = rs.wasNull() ? null : successor;
		long confirmer = rs.getLong(13);
		Long confirmedBy = rs.wasNull() ? null : confirmer;
		var confirmed = rs.getTimestamp(14);
		return new RetentionAction(rs.getLong(1), rs.getLong(2), ActionKind.valueOf(rs.getString(3)), rs.getString(4),
				rs.getLong(5), rs.getDate(6).toLocalDate(), ActionStatus.valueOf(rs.getString(7)),
				ActionResult.parse(rs.getString(8)), rs.getString(9), rs.getString(10),
				completed == null ? null : completed.toInstant(), successorId, confirmedBy,
				confirmed == null ? null : confirmed.toInstant());
	}
}
