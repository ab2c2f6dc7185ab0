package org.agora.initiatives;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The rows of support plans: plans, meetings, actions and help requests. Callers check {@link InitiativesPolicy}
 * first; nothing here is logged or indexed.
 */
@Component
class SupportPlans {

	private final JdbcClient jdbc;

	SupportPlans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<SupportPlan> ofLeader(long leaderId) {
		return jdbc.sql("select * from initiatives_support_plan where leader_id = :leader")
			.param("leader", leaderId)
			.query((rs, n) -> new SupportPlan(rs.getLong("id"), rs.getLong("leader_id"), rs.getLong("coach_id"),
					rs.getString("focus"), instant(rs, "created_at"), instant(rs, "updated_at")))
			.optional();
	}

	/**
	 * Holds the leader's person row until the transaction ends, so that two people assigning a first coach at once
	 * take turns rather than both inserting a plan (the second would break the unique leader).
	 */
	void lock(long leaderId) {
		jdbc.sql("select id from people_person where id = :leader for update").param("leader", leaderId).query().listOfRows();
	}

	/** Creates the leader's plan or changes its coach and focus; returns the plan's id. Safe to run at once. */
	long save(long leaderId, long coachId, String focus, Instant now) {
		lock(leaderId);
		int changed = jdbc.sql("""
				update initiatives_support_plan set coach_id = :coach, focus = :focus, updated_at = :now
				where leader_id = :leader""")
			.param("coach", coachId)
			.param("focus", focus)
			.param("now", Timestamp.from(now))
			.param("leader", leaderId)
			.update();
		if (changed == 0) {
			var key = new GeneratedKeyHolder();
			jdbc.sql("""
					insert into initiatives_support_plan (leader_id, coach_id, focus, created_at, updated_at)
					values (:leader, :coach, :focus, :now, :now)""")
				.param("leader", leaderId)
				.param("coach", coachId)
				.param("focus", focus)
				.param("now", Timestamp.from(now))
				.update(key, "id");
			return key.getKeyAs(Number.class).longValue();
		}
		return ofLeader(leaderId).orElseThrow().id();
	}

	List<SupportPlan.Meeting> meetings(long planId) {
		return jdbc.sql("select * from initiatives_support_meeting where plan_id = :plan order by met_on desc, id desc")
			.param("plan", planId)
			.query((rs, n) -> new SupportPlan.Meeting(rs.getLong("id"), rs.getDate("met_on").toLocalDate(),
					rs.getString("notes"), rs.getLong("written_by"), instant(rs, "created_at")))
			.list();
	}

	long addMeeting(long planId, LocalDate metOn, String notes, long writtenBy, Instant now) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into initiatives_support_meeting (plan_id, met_on, notes, written_by, created_at, updated_at)
				values (:plan, :metOn, :notes, :by, :now, :now)""")
			.param("plan", planId)
			.param("metOn", Date.valueOf(metOn))
			.param("notes", notes)
			.param("by", writtenBy)
			.param("now", Timestamp.from(now))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/** Open actions first, by due date; then the done ones. */
	List<SupportPlan.Action> actions(long planId) {
		return jdbc.sql("""
				select * from initiatives_support_action where plan_id = :plan
				order by case when done_at is null then 0 else 1 end, due_on, id""")
			.param("plan", planId)
			.query((rs, n) -> action(rs))
			.list();
	}

	Optional<SupportPlan.Action> action(long planId, long actionId) {
		return jdbc.sql("select * from initiatives_support_action where plan_id = :plan and id = :id")
			.param("plan", planId)
			.param("id", actionId)
			.query((rs, n) -> action(rs))
			.optional();
	}

	long addAction(long planId, String title, long ownerId, LocalDate dueOn, long createdBy, Instant now) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into initiatives_support_action (plan_id, title, owner_id, due_on, created_by, created_at)
				values (:plan, :title, :owner, :due, :by, :now)""")
			.param("plan", planId)
			.param("title", title)
			.param("owner", ownerId)
			.param("due", Date.valueOf(dueOn))
			.param("by", createdBy)
			.param("now", Timestamp.from(now))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	void markDone(long actionId, Instant now) {
		jdbc.sql("update initiatives_support_action set done_at = :now where id = :id and done_at is null")
			.param("now", Timestamp.from(now))
			.param("id", actionId)
			.update();
	}

	/** Newest first, the open ones before the answered ones. */
	List<SupportPlan.HelpRequest> helpRequests(long planId) {
		return jdbc.sql("""
				select * from initiatives_help_request where plan_id = :plan
				order by case when status = 'OPEN' then 0 else 1 end, created_at desc, id desc""")
			.param("plan", planId)
			.query((rs, n) -> helpRequest(rs))
			.list();
	}

	Optional<SupportPlan.HelpRequest> helpRequest(long planId, long id) {
		return jdbc.sql("select * from initiatives_help_request where plan_id = :plan and id = :id")
			.param("plan", planId)
			.param("id", id)
			.query((rs, n) -> helpRequest(rs))
			.optional();
	}

	long addHelpRequest(long planId, HelpCategory category, String body, Instant now) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into initiatives_help_request (plan_id, category, body, status, created_at)
				values (:plan, :category, :body, 'OPEN', :now)""")
			.param("plan", planId)
			.param("category", category.name())
			.param("body", body)
			.param("now", Timestamp.from(now))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/** Closes an open request with its answer; false when it was answered meanwhile. */
	boolean resolve(long id, String answer, long answeredBy, Instant now) {
		return jdbc.sql("""
				update initiatives_help_request set status = 'RESOLVED', answer = :answer, answered_by = :by,
				  answered_at = :now, closed_at = :now
				where id = :id and status = 'OPEN'""")
			.param("answer", answer)
			.param("by", answeredBy)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update() == 1;
	}

	private static SupportPlan.Action action(ResultSet rs) throws SQLException {
		return new SupportPlan.Action(rs.getLong("id"), rs.getString("title"), rs.getLong("owner_id"),
				rs.getDate("due_on").toLocalDate(), instant(rs, "done_at"), rs.getLong("created_by"));
	}

	private static SupportPlan.HelpRequest helpRequest(ResultSet rs) throws SQLException {
		long by = rs.getLong("answered_by");
		Long answeredBy = rs.wasNull() ? null : by;
		return new SupportPlan.HelpRequest(rs.getLong("id"), HelpCategory.parse(rs.getString("category")),
				rs.getString("body"), rs.getString("status"), rs.getString("answer"), answeredBy,
				instant(rs, "answered_at"), instant(rs, "created_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
