package org.agora.initiatives;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.OrganizationClock;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the initiative pages and the API show: an initiative with its journal, and lists with names resolved. */
@Component
@Transactional(readOnly = true)
class InitiativePages {

	record Milestone(long id, String title, LocalDate dueOn, LocalDate reachedOn, boolean overdue) {
	}

	record Update(long id, long authorId, String author, String body, Instant createdAt) {
	}

	record Obstacle(long id, ObstacleCategory category, String description, String handling, boolean resolved,
			Instant createdAt) {
	}

	record Link(OutcomeLinkKind kind, String path, String label) {
	}

	record Outcome(long id, String description, String measure, String measureUnit, BigDecimal valueBefore,
			BigDecimal valueAfter, List<OutcomeValue> values, List<Link> links, Instant createdAt) {

		/** A value of the measure as the reader writes numbers, with up to two decimals, and the measure's unit. */
		String shown(BigDecimal value, Locale locale) {
			var format = NumberFormat.getNumberInstance(locale);
			format.setMaximumFractionDigits(2);
			String number = format.format(value);
			return measureUnit == null ? number : number + " " + measureUnit;
		}
	}

	/** An initiative in a list, with its unit's and leader's names. */
	record Row(Initiative initiative, String unit, String leader) {
	}

	record View(Initiative initiative, String unit, String leader, List<Milestone> milestones, List<Update> updates,
			List<Obstacle> obstacles, List<Outcome> outcomes, boolean mayChange) {

		/** The statuses the initiative may move to now. */
		Set<InitiativeStatus> moves() {
			return initiative.status().next();
		}
	}

	private final Initiatives initiatives;

	private final InitiativeUnits units;

	private final InitiativesPolicy policy;

	private final People people;

	private final OrganizationClock clock;

	private final JdbcClient jdbc;

	InitiativePages(Initiatives initiatives, InitiativeUnits units, InitiativesPolicy policy, People people,
			OrganizationClock clock, JdbcClient jdbc) {
		this.initiatives = initiatives;
		this.units = units;
		this.policy = policy;
		this.people = people;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	Page<Row> list(AgoraPrincipal viewer, Initiatives.Query query, int page, int size) {
		var found = initiatives.list(viewer, query, page, size);
		var unitIds = new HashSet<Long>();
		var leaderIds = new HashSet<Long>();
		found.items().forEach(i -> {
			unitIds.add(i.unitId());
			leaderIds.add(i.leaderId());
		});
		var unitNames = units.names(unitIds);
		var leaders = people.findAll(leaderIds);
		return new Page<>(found.items()
			.stream()
			.map(i -> new Row(i, unitNames.getOrDefault(i.unitId(), ""), name(leaders.get(i.leaderId()))))
			.toList(), found.page(), found.size(), found.total());
	}

	View view(AgoraPrincipal viewer, long id) {
		var initiative = initiatives.visible(viewer, id);
		var today = clock.today();
		var milestones = jdbc.sql("""
				select id, title, due_on, reached_on from initiatives_milestone where initiative_id = :id
				order by due_on, id""")
			.param("id", id)
			.query((rs, n) -> {
				var due = Initiatives.date(rs, "due_on");
				var reached = Initiatives.date(rs, "reached_on");
				return new Milestone(rs.getLong("id"), rs.getString("title"), due, reached,
						reached == null && due.isBefore(today));
			})
			.list();
		var updates = jdbc.sql("""
				select id, author_id, body, created_at from initiatives_update where initiative_id = :id
				order by created_at desc, id desc""")
			.param("id", id)
			.query((rs, n) -> new Update(rs.getLong("id"), rs.getLong("author_id"), null, rs.getString("body"),
					Initiatives.instant(rs, "created_at")))
			.list();
		var authorIds = new HashSet<Long>();
		authorIds.add(initiative.leaderId());
		updates.forEach(u -> authorIds.add(u.authorId()));
		var names = people.findAll(authorIds);
		var obstacles = jdbc.sql("""
				select id, category, description, handling, resolved, created_at from initiatives_obstacle
				where initiative_id = :id order by created_at, id""")
			.param("id", id)
			.query((rs, n) -> new Obstacle(rs.getLong("id"), ObstacleCategory.valueOf(rs.getString("category")),
					rs.getString("description"), rs.getString("handling"), rs.getBoolean("resolved"),
					Initiatives.instant(rs, "created_at")))
			.list();
		return new View(initiative, units.names(List.of(initiative.unitId())).getOrDefault(initiative.unitId(), ""),
				name(names.get(initiative.leaderId())),
				milestones, updates.stream()
					.map(u -> new Update(u.id(), u.authorId(), name(names.get(u.authorId())), u.body(), u.createdAt()))
					.toList(),
				obstacles, outcomes(id), policy.mayChangeInitiative(viewer, initiative.leaderId()));
	}

	private List<Outcome> outcomes(long id) {
		Map<Long, List<OutcomeValue>> values = new LinkedHashMap<>();
		jdbc.sql("""
				select v.outcome_id, v.value_kind from initiatives_outcome_value v
				join initiatives_outcome o on o.id = v.outcome_id where o.initiative_id = :id""")
			.param("id", id)
			.query((rs, n) -> values.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(OutcomeValue.valueOf(rs.getString(2))))
			.list();
		Map<Long, List<Link>> links = new LinkedHashMap<>();
		jdbc.sql("""
				select l.outcome_id, l.kind, l.path, l.label from initiatives_outcome_link l
				join initiatives_outcome o on o.id = l.outcome_id where o.initiative_id = :id order by l.id""")
			.param("id", id)
			.query((rs, n) -> links.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new Link(OutcomeLinkKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4))))
			.list();
		return jdbc.sql("""
				select id, description, measure, measure_unit, value_before, value_after, created_at
				from initiatives_outcome where initiative_id = :id order by created_at, id""")
			.param("id", id)
			.query((rs, n) -> {
				long outcome = rs.getLong("id");
				var kinds = values.getOrDefault(outcome, List.of()).stream().sorted().toList();
				return new Outcome(outcome, rs.getString("description"), rs.getString("measure"),
						rs.getString("measure_unit"), rs.getBigDecimal("value_before"), rs.getBigDecimal("value_after"),
						kinds, List.copyOf(links.getOrDefault(outcome, List.of())),
						Initiatives.instant(rs, "created_at"));
			})
			.list();
	}

	/** Active knowledge leaders, for a manager naming an initiative's leader. */
	List<PersonSummary> leaders() {
		return people.withRole(org.agora.platform.security.Role.KNOWLEDGE_LEADER)
			.stream()
			.filter(PersonSummary::active)
			.sorted(java.util.Comparator.comparing(PersonSummary::fullName))
			.toList();
	}

	private static String name(PersonSummary person) {
		return person == null ? "" : person.fullName();
	}
}
