package org.agora.initiatives;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.agora.people.People;
import org.agora.platform.OrganizationClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Component;

/**
 * Gives the demo community its unit initiatives once the people are there: initiatives in every status across the
 * units (Rania's lessons-learned process in Water Treatment is active), with milestones (some overdue, some reached),
 * progress notes, obstacles of every category and outcomes, all dated back from the clock's now. The Renewable
 * Generation department and the divisions are left without one, so that the portfolio shows uncovered units. A
 * database that has any initiative is left alone.
 */
@Component
class InitiativeDemo {

	private static final Logger log = LoggerFactory.getLogger(InitiativeDemo.class);

	record Milestone(String title, int dueInDays, Integer reachedDaysAgo) {
	}

	record Obstacle(ObstacleCategory category, String description, String handling, boolean resolved) {
	}

	record Outcome(String description, String measure, String unit, String before, String after,
			List<OutcomeValue> values, List<String[]> links) {
	}

	/** A demo initiative; leader 0 is the demo leader, 1.. the other active leaders by id. */
	record Spec(String unitCode, int leader, String title, String goal, InitiativeKind kind, String audience,
			InitiativeStatus status, int startedDaysAgo, int endsInDays, String stopReason, List<Milestone> milestones,
			List<String> updates, List<Obstacle> obstacles, List<Outcome> outcomes) {
	}

	private final boolean enabled;

	private final JdbcClient jdbc;

	private final People people;

	private final OrganizationClock clock;

	InitiativeDemo(@Value("${agora.demo.enabled:false}") boolean enabled, JdbcClient jdbc, People people,
			OrganizationClock clock) {
		this.enabled = enabled;
		this.jdbc = jdbc;
		this.people = people;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE - 8)
	@Transactional
	void onReady() {
		if (!enabled || !empty()) {
			return;
		}
		int written = write(InitiativeDemoContent.SPECS);
		if (written > 0) {
			log.info("Demo initiatives written: {}", written);
		}
	}

	boolean empty() {
		return jdbc.sql("select count(*) from initiatives_initiative").query(Integer.class).single() == 0;
	}

	int write(List<Spec> specs) {
		var leaders = leaders();
		if (leaders.isEmpty()) {
			return 0;
		}
		Map<String, Long> units = new java.util.HashMap<>();
		jdbc.sql("select code, id from people_unit").query((rs, n) -> units.put(rs.getString(1), rs.getLong(2))).list();
		int written = 0;
		for (var spec : specs) {
			Long unit = units.get(spec.unitCode());
			if (unit != null) {
				write(spec, unit, leaders.get(spec.leader() % leaders.size()));
				written++;
			}
		}
		return written;
	}

	/** The demo leader first, then the other active leaders by id; empty without the demo leader. */
	private List<Long> leaders() {
		var leader = people.findByEmail("leader@agora.example").orElse(null);
		if (leader == null) {
			return List.of();
		}
		var ids = new ArrayList<Long>();
		ids.add(leader.id());
		ids.addAll(jdbc.sql("""
				select id from people_person where active and leader_status = 'ACTIVE' and id <> :excluded order by id""")
			.param("excluded", leader.id())
			.query(Long.class)
			.list());
		return ids;
	}

	private void write(Spec spec, long unit, long leader) {
		Instant now = clock.now();
		LocalDate today = clock.today();
		Instant created = now.minus(Duration.ofDays(spec.startedDaysAgo() + 20L));
		var status = spec.status();
		boolean launched = status == InitiativeStatus.ACTIVE || status == InitiativeStatus.COMPLETED
				|| (status == InitiativeStatus.STOPPED && spec.startedDaysAgo() > 0);
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into initiatives_initiative (unit_id, leader_id, title, goal, kind, audience, planned_start,
				  planned_end, status, stop_reason, version, created_by, created_at, updated_at, launched_at,
				  completed_at, stopped_at)
				values (:unit, :leader, :title, :goal, :kind, :audience, :start, :end, :status, :reason, :version,
				  :leader, :created, :updated, :launched, :completed, :stopped)""")
			.param("unit", unit)
			.param("leader", leader)
			.param("title", spec.title())
			.param("goal", spec.goal())
			.param("kind", spec.kind().name())
			.param("audience", spec.audience())
			.param("start", Date.valueOf(today.minusDays(spec.startedDaysAgo())))
			.param("end", Date.valueOf(today.plusDays(spec.endsInDays())))
			.param("status", status.name())
			.param("reason", spec.stopReason())
			.param("version", 1 + status.ordinal())
			.param("created", Timestamp.from(created))
			.param("updated", Timestamp.from(now.minus(Duration.ofDays(2))))
			.param("launched", launched ? Timestamp.from(now.minus(Duration.ofDays(spec.startedDaysAgo()))) : null)
			.param("completed", status == InitiativeStatus.COMPLETED
					? Timestamp.from(now.minus(Duration.ofDays(Math.max(1, -spec.endsInDays())))) : null)
			.param("stopped", status == InitiativeStatus.STOPPED ? Timestamp.from(now.minus(Duration.ofDays(10))) : null)
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		for (var m : spec.milestones()) {
			jdbc.sql("""
					insert into initiatives_milestone (initiative_id, title, due_on, reached_on, created_at)
					values (:id, :title, :due, :reached, :created)""")
				.param("id", id)
				.param("title", m.title())
				.param("due", Date.valueOf(today.plusDays(m.dueInDays())))
				.param("reached", m.reachedDaysAgo() == null ? null : Date.valueOf(today.minusDays(m.reachedDaysAgo())))
				.param("created", Timestamp.from(created))
				.update();
		}
		int n = spec.updates().size();
		for (int i = 0; i < n; i++) {
			jdbc.sql("""
					insert into initiatives_update (initiative_id, author_id, body, created_at)
					values (:id, :author, :body, :at)""")
				.param("id", id)
				.param("author", leader)
				.param("body", spec.updates().get(i))
				.param("at", Timestamp.from(now.minus(Duration.ofDays(3L + 12L * (n - 1 - i)))))
				.update();
		}
		for (var o : spec.obstacles()) {
			jdbc.sql("""
					insert into initiatives_obstacle (initiative_id, category, description, handling, resolved,
					  created_by, created_at)
					values (:id, :category, :description, :handling, :resolved, :by, :at)""")
				.param("id", id)
				.param("category", o.category().name())
				.param("description", o.description())
				.param("handling", o.handling())
				.param("resolved", o.resolved())
				.param("by", leader)
				.param("at", Timestamp.from(created.plus(Duration.ofDays(15))))
				.update();
		}
		for (var o : spec.outcomes()) {
			var outcome = new GeneratedKeyHolder();
			jdbc.sql("""
					insert into initiatives_outcome (initiative_id, description, measure, measure_unit, value_before,
					  value_after, created_by, created_at)
					values (:id, :description, :measure, :unit, :before, :after, :by, :at)""")
				.param("id", id)
				.param("description", o.description())
				.param("measure", o.measure())
				.param("unit", o.unit())
				.param("before", o.before() == null ? null : new BigDecimal(o.before()))
				.param("after", o.after() == null ? null : new BigDecimal(o.after()))
				.param("by", leader)
				.param("at", Timestamp.from(now.minus(Duration.ofDays(5))))
				.update(outcome, "id");
			long outcomeId = outcome.getKeyAs(Number.class).longValue();
			for (var v : o.values()) {
				jdbc.sql("insert into initiatives_outcome_value (outcome_id, value_kind) values (:o, :v)")
					.param("o", outcomeId)
					.param("v", v.name())
					.update();
			}
			for (var l : o.links()) {
				jdbc.sql("insert into initiatives_outcome_link (outcome_id, kind, path, label) values (:o, :k, :p, :l)")
					.param("o", outcomeId)
					.param("k", l[0])
					.param("p", l[1])
					.param("l", l[2])
					.update();
			}
		}
	}
}
