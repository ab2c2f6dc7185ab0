package org.agora.knowledgemap;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.OrganizationClock;
import org.agora.platform.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the demo map its holders and retention plans, once the areas are there (written just before): a SCADA shift
 * supervisor retiring within the year (25, high, the control room's single point of knowledge, with a successor
 * designated who does not hold it yet), a leak-detection expert retiring in 18 months (16, high) with retention
 * interviews under way, the water laboratory's knowledge captured by an interview, a membrane engineer moving on whose
 * successor now holds the knowledge, the grid storm lessons held by one person and written up by the leader, the
 * result waiting for the manager's confirmation, and lower risks around them. Written straight to the tables, dated from now, so that no notification goes
 * out; a database with any holder is left alone.
 */
@Component
class MapDemoRetention {

	private static final Logger log = LoggerFactory.getLogger(MapDemoRetention.class);

	record Area(long id, String name) {
	}

	private final boolean enabled;

	/** The people cast as holders or successors so far, so that nobody holds one area twice or succeeds themself. */
	private final java.util.Set<Long> taken = new java.util.HashSet<>();

	private final JdbcClient jdbc;

	private final People people;

	private final OrganizationClock clock;

	private final MapSettings settings;

	MapDemoRetention(@Value("${agora.demo.enabled:false}") boolean enabled, JdbcClient jdbc, People people,
			OrganizationClock clock, MapSettings settings) {
		this.enabled = enabled;
		this.jdbc = jdbc;
		this.people = people;
		this.clock = clock;
		this.settings = settings;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE - 3)
	@Transactional
	void onReady() {
		if (!enabled || jdbc.sql("select count(*) from knowledgemap_holder").query(Integer.class).single() > 0) {
			return;
		}
		var areas = jdbc.sql("select id, name from knowledgemap_area order by id")
			.query((rs, n) -> new Area(rs.getLong(1), rs.getString(2)))
			.list();
		var manager = people.findByEmail("manager@agora.example").orElse(null);
		var leader = people.findByEmail("leader@agora.example").orElse(null);
		var employee = people.findByEmail("employee@agora.example").orElse(null);
		var cast = people.withRole(Role.EMPLOYEE)
			.stream()
			.filter(p -> p.active() && p.roles().size() == 1)
			.filter(p -> employee == null || p.id() != employee.id())
			.sorted(Comparator.comparingLong(PersonSummary::id))
			.toList();
		if (areas.isEmpty() || manager == null || leader == null || employee == null || cast.size() < 2) {
			return;
		}
		write(areas, manager.id(), leader.id(), employee.id(), cast);
	}

	void write(List<Area> areas, long manager, long leader, long employee, List<PersonSummary> cast) {
		taken.clear();
		var today = clock.today();
		var used = new ArrayList<Long>();
		long scada = area(areas, used, "scada", "control");
		long leak = area(areas, used, "leak");
		long lab = area(areas, used, "analytical", "laboratory");
		long storm = area(areas, used, "storm", "grid");
		long membrane = area(areas, used, "membrane", "treatment");
		long data = area(areas, used, "data governance", "data");

		// the incoming supervisor is designated and shadows the shifts, but does not hold the knowledge yet
		long supervisorPerson = person(cast, "SCADA", 0);
		long supervisor = holder(scada, supervisorPerson, "EXPERT", "RETIREMENT", today.plusMonths(10), 5, person(cast, "SCADA", 1), false, false, manager);
		action(supervisor, "MENTORING", "Shadow shifts with the incoming control-room supervisor", manager, today.plusDays(45), "IN_PROGRESS", null, null, null);
		action(supervisor, "RECORDED_WALKTHROUGH", "Record the alarm-flood walkthrough on the SCADA training console", employee, today.minusDays(4), "PLANNED", null, null, null);

		long leakExpert = holder(leak, person(cast, "Leak", 1), "EXPERT", "RETIREMENT", today.plusMonths(18), 4, null, false, false, manager);
		action(leakExpert, "EXPERT_INTERVIEW", "Retention interview: acoustic leak signatures on old cast-iron mains", leader, today.minusDays(20), "DONE", "NONE", null, null);
		action(leakExpert, "EXPERT_INTERVIEW", "Second interview: night-flow analysis in district metered areas", leader, today.plusDays(12), "PLANNED", null, null, null);
		holder(leak, employee, "PRACTITIONER", null, null, 2, null, false, false, manager);

		long chemist = holder(lab, person(cast, "Laboratory", 2), "EXPERT", "RETIREMENT", today.plusMonths(8), 4, null, false, true, manager);
		action(chemist, "EXPERT_INTERVIEW", "ראיון מומחה: כיול מכשירי העכירות במעבדה", leader, today.minusDays(30), "DONE", "CAPTURED", manager, null);
		holder(lab, person(cast, "Laboratory", 3), "PRACTITIONER", null, null, 3, null, false, false, manager);

		// the storm lessons are written up by the leader, whose result waits for the manager's confirmation
		long stormHolder = holder(storm, person(cast, "Grid Operations", 4), "EXPERT", "TRANSFER", today.plusMonths(30), 4, null, false, false, manager);
		action(stormHolder, "LESSONS_SESSION", "Lessons-learned session on the winter storm switching sequence", leader, today.minusDays(6), "DONE", "CAPTURED", null, null);

		long successor = person(cast, "Water Treatment", 6);
		long engineer = holder(membrane, person(cast, "Water Treatment", 5), "EXPERT", "TRANSFER", today.plusMonths(14), 4, successor, true, false, manager);
		action(engineer, "SUCCESSOR_NAMED", "Name and brief a successor for membrane autopsies and cleaning-in-place recipes", manager, today.minusDays(10), "DONE", "SUCCESSOR", manager, successor);
		holder(membrane, leader, "PRACTITIONER", null, null, 3, null, false, false, manager);

		holder(data, person(cast, "Data Analytics", 7), "PRACTITIONER", "CONTRACT_END", today.plusMonths(40), 3, null, false, false, manager);
		log.info("Demo knowledge holders and retention plans written");
	}

	/**
	 * The first area not yet used whose name holds the first of the words, else the second, and so on; else the first
	 * area not yet used.
	 */
	private static long area(List<Area> areas, List<Long> used, String... words) {
		var found = List.of(words)
			.stream()
			.flatMap(w -> areas.stream()
				.filter(a -> !used.contains(a.id()))
				.filter(a -> a.name().toLowerCase(Locale.ROOT).contains(w))
				.limit(1))
			.findFirst()
			.or(() -> areas.stream().filter(a -> !used.contains(a.id())).findFirst())
			.orElse(areas.get(used.size() % areas.size()));
		used.add(found.id());
		return found.id();
	}

	/**
	 * A person of the unit whose name holds the word, not yet cast (the n-th of them, cycling), so that holders work
	 * where their knowledge is used; anyone not yet cast when the unit has nobody left.
	 */
	private long person(List<PersonSummary> cast, String unitWord, int n) {
		var free = cast.stream().filter(p -> !taken.contains(p.id())).toList();
		var ofUnit = free.stream().filter(p -> p.unitName() != null && p.unitName().contains(unitWord)).toList();
		var pool = ofUnit.isEmpty() ? (free.isEmpty() ? cast : free) : ofUnit;
		long id = pool.get(n % pool.size()).id();
		taken.add(id);
		return id;
	}

	private long holder(long area, long person, String level, String reason, LocalDate departure, int position,
			Long successor, boolean successorHolds, boolean captured, long by) {
		var now = Timestamp.from(clock.now());
		var announced = RiskLevel.of(settings.scales(), RetentionRisk.mitigated(settings.scales(), clock.today(),
				departure, position, captured, successorHolds));
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into knowledgemap_holder (area_id, person_id, level, departure_reason, expected_departure,
				  position_risk, successor_id, successor_holds, captured, created_by, created_at, updated_at,
				  announced_level)
				values (:area, :person, :level, :reason, :departure, :position, :successor, :holds, :captured, :by, :now,
				  :now, :announced)""")
			.param("area", area).param("person", person).param("level", level).param("reason", reason)
			.param("departure", departure == null ? null : Date.valueOf(departure)).param("position", position)
			.param("successor", successor).param("holds", successorHolds).param("captured", captured)
			.param("by", by).param("now", now)
			.param("announced", announced.name())
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/**
	 * An action; a done one with a result is confirmed by {@code confirmedBy}, or waits when it is null; a successor
	 * action names the {@code successor} it made hold the knowledge.
	 */
	private void action(long holder, String kind, String title, long owner, LocalDate due, String status,
			String result, Long confirmedBy, Long successor) {
		Instant now = clock.now();
		var completed = "DONE".equals(status) ? Timestamp.from(now.minusSeconds(86400L * 5)) : null;
		Map<String, Object> p = new HashMap<>();
		p.put("h", holder);
		p.put("kind", kind);
		p.put("title", title);
		p.put("owner", owner);
		p.put("due", Date.valueOf(due));
		p.put("status", status);
		p.put("result", result);
		p.put("created", Timestamp.from(now.minusSeconds(86400L * 40)));
		p.put("now", Timestamp.from(now));
		p.put("completed", completed);
		p.put("by", confirmedBy);
		p.put("confirmed", confirmedBy == null ? null : completed);
		p.put("successor", successor);
		jdbc.sql("""
				insert into knowledgemap_action (holder_id, kind, title, owner_id, due_on, status, result, created_by,
				  created_at, updated_at, completed_at, confirmed_by, confirmed_at, successor_id)
				values (:h, :kind, :title, :owner, :due, :status, :result, :owner, :created, :now, :completed, :by,
				  :confirmed, :successor)""")
			.params(p)
			.update();
	}
}
