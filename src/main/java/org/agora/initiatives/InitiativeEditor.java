package org.agora.initiatives;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.agora.people.People;
import org.agora.platform.OrganizationClock;
import org.agora.platform.search.SearchableChanged;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering, editing and moving initiatives: policy, rules, then the row and the events, in one transaction. An edit
 * or a move made on an older version than the stored one changes nothing and says so.
 */
@Service
@Transactional
class InitiativeEditor {

	static final String CHANGED_MEANWHILE = "initiatives.error.changedMeanwhile";

	static final String ILLEGAL_MOVE = "initiatives.error.illegalMove";

	/** Saved or moved on an older version: nothing was changed. */
	static class VersionConflict extends InvalidInputException {

		private final int current;

		VersionConflict(int current) {
			super("version", CHANGED_MEANWHILE,
					"Someone changed this initiative meanwhile (it is now at version " + current
							+ "). Load it again and retry.");
			this.current = current;
		}

		int current() {
			return current;
		}
	}

	/** A move the statuses do not allow. */
	static class IllegalMove extends InvalidInputException {

		private final InitiativeStatus from;

		private final InitiativeStatus to;

		IllegalMove(InitiativeStatus from, InitiativeStatus to) {
			super("status", ILLEGAL_MOVE, "An initiative cannot move from " + from + " to " + to + ".");
			this.from = from;
			this.to = to;
		}

		InitiativeStatus from() {
			return from;
		}

		InitiativeStatus to() {
			return to;
		}
	}

	private record Fields(long unitId, String title, String goal, InitiativeKind kind, String audience,
			LocalDate start, LocalDate end) {
	}

	private final Initiatives initiatives;

	private final InitiativeUnits units;

	private final InitiativesPolicy policy;

	private final People people;

	private final OrganizationClock clock;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	InitiativeEditor(Initiatives initiatives, InitiativeUnits units, InitiativesPolicy policy, People people,
			OrganizationClock clock, ApplicationEventPublisher events, JdbcClient jdbc) {
		this.initiatives = initiatives;
		this.units = units;
		this.policy = policy;
		this.people = people;
		this.clock = clock;
		this.events = events;
		this.jdbc = jdbc;
	}

	/** Registers a new idea led by the viewer, or by the leader a manager names; returns its id. */
	long create(AgoraPrincipal viewer, InitiativeForm form) {
		if (!policy.mayRegisterInitiative(viewer)) {
			throw new AccessDeniedException("Knowledge leaders and community managers register initiatives");
		}
		var fields = fields(form);
		long leader = leader(viewer, form.leaderId(), viewer.personId());
		Instant now = clock.now();
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into initiatives_initiative (unit_id, leader_id, title, goal, kind, audience, planned_start,
				  planned_end, status, version, created_by, created_at, updated_at)
				values (:unit, :leader, :title, :goal, :kind, :audience, :start, :end, 'IDEA', 1, :by, :now, :now)""")
			.param("unit", fields.unitId())
			.param("leader", leader)
			.param("title", fields.title())
			.param("goal", fields.goal())
			.param("kind", fields.kind().name())
			.param("audience", fields.audience())
			.param("start", fields.start() == null ? null : Date.valueOf(fields.start()))
			.param("end", fields.end() == null ? null : Date.valueOf(fields.end()))
			.param("by", viewer.personId())
			.param("now", Timestamp.from(now))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		events.publishEvent(SearchableChanged.of(InitiativeSearch.TYPE, id));
		return id;
	}

	/** The initiative, for a form that changes it. */
	Initiative changeable(AgoraPrincipal viewer, long id) {
		var initiative = initiatives.visible(viewer, id);
		if (!policy.mayChangeInitiative(viewer, initiative.leaderId())) {
			throw new AccessDeniedException("Only the initiative's leader and community managers change it");
		}
		return initiative;
	}

	/**
	 * The initiative, for a change checked against what it holds: checked like {@link #changeable}, then read again
	 * with its row locked until the transaction ends. Editing the planned end and adding a milestone both take this
	 * lock, so that neither is checked against a state the other is changing meanwhile.
	 */
	Initiative locked(AgoraPrincipal viewer, long id) {
		changeable(viewer, id);
		return jdbc.sql("select " + Initiatives.COLUMNS + " from initiatives_initiative i where i.id = :id for update")
			.param("id", id)
			.query(Initiatives::row)
			.optional()
			.orElseThrow(() -> new NotFoundException("Initiative"));
	}

	void edit(AgoraPrincipal viewer, long id, InitiativeForm form) {
		var initiative = locked(viewer, id);
		var fields = fields(form);
		for (var milestone : jdbc.sql("select due_on from initiatives_milestone where initiative_id = :id")
			.param("id", id)
			.query((rs, n) -> rs.getDate(1).toLocalDate())
			.list()) {
			if (fields.end() != null && milestone.isAfter(fields.end())) {
				throw new InvalidInputException("plannedEnd", "initiatives.error.endBeforeMilestone",
						"A milestone is due after that end (" + milestone + "); move it first.");
			}
		}
		long leader = leader(viewer, form.leaderId(), initiative.leaderId());
		checkVersion(initiative, form.version());
		int changed = jdbc.sql("""
				update initiatives_initiative set unit_id = :unit, leader_id = :leader, title = :title, goal = :goal,
				  kind = :kind, audience = :audience, planned_start = :start, planned_end = :end,
				  version = version + 1, updated_at = :now
				where id = :id and version = :version""")
			.param("unit", fields.unitId())
			.param("leader", leader)
			.param("title", fields.title())
			.param("goal", fields.goal())
			.param("kind", fields.kind().name())
			.param("audience", fields.audience())
			.param("start", fields.start() == null ? null : Date.valueOf(fields.start()))
			.param("end", fields.end() == null ? null : Date.valueOf(fields.end()))
			.param("now", Timestamp.from(clock.now()))
			.param("id", id)
			.param("version", initiative.version())
			.update();
		if (changed == 0) {
			throw new VersionConflict(initiatives.find(id).map(Initiative::version).orElse(initiative.version()));
		}
		events.publishEvent(SearchableChanged.of(InitiativeSearch.TYPE, id));
	}

	/**
	 * Moves the initiative to the status; a stop needs a reason. The first launch and a completion are published.
	 */
	void move(AgoraPrincipal viewer, long id, InitiativeStatus target, String stopReason, Integer version) {
		var initiative = changeable(viewer, id);
		if (target == null) {
			throw new InvalidInputException("status", "initiatives.error.status", "Choose the new status.");
		}
		if (!initiative.status().mayMoveTo(target)) {
			throw new IllegalMove(initiative.status(), target);
		}
		String reason = target == InitiativeStatus.STOPPED
				? InitiativeRules.required("stopReason", stopReason, 1000) : initiative.stopReason();
		checkVersion(initiative, version);
		Instant now = clock.now();
		boolean firstLaunch = target == InitiativeStatus.ACTIVE && initiative.launchedAt() == null;
		int changed = jdbc.sql("""
				update initiatives_initiative set status = :status, stop_reason = :reason, version = version + 1,
				  updated_at = :now, launched_at = :launched, completed_at = :completed, stopped_at = :stopped
				where id = :id and version = :version""")
			.param("status", target.name())
			.param("reason", reason)
			.param("now", Timestamp.from(now))
			.param("launched", stamp(firstLaunch ? now : initiative.launchedAt()))
			.param("completed", stamp(target == InitiativeStatus.COMPLETED ? now : initiative.completedAt()))
			.param("stopped", stamp(target == InitiativeStatus.STOPPED ? now : initiative.stoppedAt()))
			.param("id", id)
			.param("version", initiative.version())
			.update();
		if (changed == 0) {
			throw new VersionConflict(initiatives.find(id).map(Initiative::version).orElse(initiative.version()));
		}
		if (firstLaunch) {
			events.publishEvent(new InitiativeLaunched(id, initiative.unitId(), initiative.leaderId(),
					viewer.personId(), initiative.title(), initiative.path(), now));
		}
		if (target == InitiativeStatus.COMPLETED) {
			events.publishEvent(new InitiativeCompleted(id, initiative.unitId(), initiative.leaderId(),
					viewer.personId(), initiative.title(), initiative.path(), now));
		}
	}

	/**
	 * Changes the fields (when a form is given) and then the status (when one is given), both on the version the
	 * change was made on, all or nothing.
	 */
	void patch(AgoraPrincipal viewer, long id, InitiativeForm form, InitiativeStatus target, String stopReason,
			Integer version) {
		changeable(viewer, id);
		if (version == null) {
			throw new InvalidInputException("version", "initiatives.error.version",
					"Send the version the change was made on.");
		}
		int next = version;
		if (form != null) {
			edit(viewer, id, form.withVersion(version));
			next = version + 1;
		}
		if (target != null) {
			move(viewer, id, target, stopReason, next);
		}
	}

	private static Timestamp stamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static void checkVersion(Initiative initiative, Integer version) {
		if (version != null && version != initiative.version()) {
			throw new VersionConflict(initiative.version());
		}
	}

	private Fields fields(InitiativeForm form) {
		long unit = units.required(InitiativeRules.id("unitId", form.unitId()));
		String title = InitiativeRules.required("title", form.title(), 200);
		String goal = InitiativeRules.required("goal", form.goal(), 4000);
		var kind = InitiativeRules.kind(form.kind());
		String audience = InitiativeRules.optional("audience", form.audience(), 500);
		var start = InitiativeRules.date("plannedStart", form.plannedStart());
		var end = InitiativeRules.end(start, InitiativeRules.date("plannedEnd", form.plannedEnd()));
		return new Fields(unit, title, goal, kind, audience, start, end);
	}

	/** The leader: kept (or the viewer) unless a manager names another active knowledge leader. */
	private long leader(AgoraPrincipal viewer, String typed, long current) {
		Long named = InitiativeRules.id("leaderId", typed);
		if (named == null || named == current) {
			return current;
		}
		if (!policy.mayNameLeader(viewer)) {
			throw new InvalidInputException("leaderId", "initiatives.error.leaderNotYours",
					"Only a community manager names another leader.");
		}
		var person = people.find(named).filter(p -> p.active() && p.has(Role.KNOWLEDGE_LEADER));
		if (person.isEmpty()) {
			throw new InvalidInputException("leaderId", "initiatives.error.leaderId",
					"Choose an active knowledge leader.");
		}
		return named;
	}
}
