package org.agora.recognition;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.OrganizationClock;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.DateInputs;
import org.agora.platform.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recognition report for management over the days a manager chooses, in the whole organization or a unit and
 * the units under it: the points earned and by how many people, the top contributors, the outcomes achieved, the
 * activity per unit and the badges awarded. Everyone's points count in the totals; people who opted out of the
 * leaderboards are not named among the top contributors. Nothing says where points came from: outcomes count only
 * what the whole organization may see, so nothing earned in a private space shows but in a total.
 */
@Component
@Transactional(readOnly = true)
class RecognitionReport {

	/** How many top contributors the report names. */
	static final int TOP = 10;

	/** The rules that reward outcomes, in the order the report lists them. */
	static final List<PointRule> OUTCOMES = List.of(PointRule.ANSWER_ACCEPTED, PointRule.ARTICLE_PUBLISHED,
			PointRule.INITIATIVE_LAUNCHED, PointRule.INITIATIVE_COMPLETED, PointRule.RETENTION_ACTION_COMPLETED,
			PointRule.COURSE_COMPLETED, PointRule.EVENT_HOSTED);

	/** The days the report covers, both included, and the unit (null for the organization). */
	record Query(LocalDate from, LocalDate to, Long unitId) {

		/**
		 * The query the parameters name, the current quarter for days not given; a field error naming the first that
		 * is wrong: a day that is not one, from after to, more than two years, or no such unit.
		 */
		static Query parse(String from, String to, String unit, LocalDate today) {
			var quarter = PointsWindow.quarterStart(today);
			var first = day("from", from, quarter);
			var last = day("to", to, quarter.plusMonths(3).minusDays(1));
			if (first.isAfter(last)) {
				throw new InvalidInputException("from", "recognition.report.error.order",
						"The first day must not be after the last.");
			}
			if (last.isAfter(first.plusYears(2).minusDays(1))) {
				throw new InvalidInputException("to", "recognition.report.error.span",
						"A report covers at most two years.");
			}
			Long unitId = null;
			if (unit != null && !unit.isBlank()) {
				try {
					unitId = Long.valueOf(unit.strip());
				}
				catch (NumberFormatException e) {
					throw new InvalidInputException("unit", "recognition.board.error.unit", "No such unit.");
				}
			}
			return new Query(first, last, unitId);
		}

		private static LocalDate day(String field, String typed, LocalDate otherwise) {
			if (typed == null || typed.isBlank()) {
				return otherwise;
			}
			try {
				return DateInputs.plausible(field, LocalDate.parse(typed.strip()));
			}
			catch (DateTimeParseException e) {
				throw new InvalidInputException(field, "recognition.report.error.date", "Give a date as YYYY-MM-DD.");
			}
		}
	}

	/** An outcome and how many times it was achieved. */
	record Outcome(PointRule rule, int count) {
	}

	/** A unit's activity: the points its people earned and how many earned any; a null id for people in no unit. */
	record UnitActivity(Long unitId, String name, int points, int people) {
	}

	/** A badge and how many people earned it. */
	record BadgeCount(String slug, String nameEn, String nameHe, int count) {

		String name(String lang) {
			return "he".equals(lang) ? nameHe : nameEn;
		}
	}

	/**
	 * @param points every point earned in the period, by everyone in scope
	 * @param people how many people in scope earned points
	 * @param top the first ten on the board of the period, ties sharing a rank
	 * @param moreTied how many more share the last rank shown, left out so that the report stays ten long
	 */
	record Report(Query query, String unitName, int points, int people, List<Leaderboards.Standing> top,
			int moreTied, List<Outcome> outcomes, List<UnitActivity> units, List<BadgeCount> badges) {
	}

	private final JdbcClient jdbc;

	private final Ledger ledger;

	private final People people;

	private final RecognitionProfiles profiles;

	private final BoardUnits units;

	private final RecognitionPolicy policy;

	private final OrganizationClock clock;

	RecognitionReport(JdbcClient jdbc, Ledger ledger, People people, RecognitionProfiles profiles, BoardUnits units,
			RecognitionPolicy policy, OrganizationClock clock) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.people = people;
		this.profiles = profiles;
		this.units = units;
		this.policy = policy;
		this.clock = clock;
	}

	/** The query of the parameters, for the manager; a field error when one is wrong. */
	Query query(AgoraPrincipal viewer, String from, String to, String unit) {
		requireManager(viewer);
		return Query.parse(from, to, unit, clock.today());
	}

	Report report(AgoraPrincipal viewer, Query query) {
		requireManager(viewer);
		Set<Long> scope = null;
		String unitName = null;
		var tree = units.all();
		if (query.unitId() != null) {
			scope = units.andBelow(query.unitId());
			if (scope.isEmpty()) {
				throw new InvalidInputException("unit", "recognition.board.error.unit", "No such unit.");
			}
			unitName = units.name(query.unitId());
		}
		var window = PointsWindow.days(query.from(), query.to(), clock);
		var totals = ledger.totals(window.from(), window.to());
		var outcomes = outcomes(window);
		var badges = badges(window);
		var ids = new HashSet<>(totals.keySet());
		outcomes.keySet().forEach(ids::add);
		badges.forEach(b -> ids.add(b.personId()));
		Map<Long, PersonSummary> persons = people.findAll(ids);
		final Set<Long> within = scope;
		LongPredicate inScope = id -> {
			var person = persons.get(id);
			return person != null && Leaderboards.inScope(person, within);
		};

		int points = 0;
		int earners = 0;
		Map<Long, int[]> perUnit = new HashMap<>();
		for (var total : totals.entrySet()) {
			if (!inScope.test(total.getKey())) {
				continue;
			}
			points += total.getValue();
			var activity = perUnit.computeIfAbsent(persons.get(total.getKey()).unitId(), k -> new int[2]);
			activity[0] += total.getValue();
			if (total.getValue() > 0) {
				earners++;
				activity[1]++;
			}
		}
		var optedOut = profiles.optedOut();
		var ranked = Leaderboards.rank(totals, persons,
				p -> Leaderboards.onBoards(p) && !optedOut.contains(p.id()) && Leaderboards.inScope(p, within));
		var top = ranked.subList(0, Math.min(TOP, ranked.size()));
		int last = top.isEmpty() ? 0 : top.get(top.size() - 1).points();
		int moreTied = (int) ranked.stream().skip(top.size()).takeWhile(s -> s.points() == last).count();

		Map<PointRule, Integer> achieved = new EnumMap<>(PointRule.class);
		outcomes.forEach((person, counts) -> {
			if (inScope.test(person)) {
				counts.forEach((rule, n) -> achieved.merge(rule, n, Integer::sum));
			}
		});
		var outcomeRows = OUTCOMES.stream().map(r -> new Outcome(r, achieved.getOrDefault(r, 0))).toList();

		Map<String, BadgeCount> badgeCounts = new LinkedHashMap<>();
		for (var award : badges) {
			if (inScope.test(award.personId())) {
				badgeCounts.merge(award.slug(), new BadgeCount(award.slug(), award.nameEn(), award.nameHe(), 1),
						(a, b) -> new BadgeCount(a.slug(), a.nameEn(), a.nameHe(), a.count() + 1));
			}
		}
		var badgeRows = badgeCounts.values()
			.stream()
			.sorted(Comparator.comparingInt(BadgeCount::count).reversed().thenComparing(BadgeCount::slug))
			.toList();
		return new Report(query, unitName, points, earners, List.copyOf(top), moreTied, outcomeRows,
				unitRows(tree, scope, perUnit), badgeRows);
	}

	/** Every unit in scope with its activity, the most points first; people in no unit last, when there are any. */
	private static List<UnitActivity> unitRows(List<BoardUnits.Unit> tree, Set<Long> scope,
			Map<Long, int[]> perUnit) {
		var rows = new ArrayList<UnitActivity>();
		for (var unit : tree) {
			if (scope == null || scope.contains(unit.id())) {
				var activity = perUnit.getOrDefault(unit.id(), new int[2]);
				rows.add(new UnitActivity(unit.id(), unit.name(), activity[0], activity[1]));
			}
		}
		rows.sort(Comparator.comparingInt(UnitActivity::points).reversed()
			.thenComparing(UnitActivity::name, String.CASE_INSENSITIVE_ORDER));
		var none = perUnit.get(null);
		if (none != null) {
			rows.add(new UnitActivity(null, null, none[0], none[1]));
		}
		return rows;
	}

	/**
	 * Each person's outcomes achieved in the window, by rule: their awards, those past a daily cap included (the
	 * outcome happened), those taken back since left out, and nothing from a private space.
	 */
	private Map<Long, Map<PointRule, Integer>> outcomes(PointsWindow window) {
		Map<Long, Map<PointRule, Integer>> outcomes = new HashMap<>();
		jdbc.sql("""
				select e.person_id, e.rule_key, count(*) from recognition_entry e
				left join (select reverses, sum(points) as back from recognition_entry where reverses is not null
				  group by reverses) f on f.reverses = e.id
				where e.reverses is null and e.private_source = false and e.rule_key in (:rules)
				  and e.occurred_at >= :from and e.occurred_at < :to
				  and (e.points = 0 or e.points + coalesce(f.back, 0) > 0)
				group by e.person_id, e.rule_key""")
			.param("rules", OUTCOMES.stream().map(PointRule::name).toList())
			.param("from", Timestamp.from(window.from())).param("to", Timestamp.from(window.to()))
			.query((rs, n) -> {
				var rule = PointRule.parse(rs.getString(2));
				if (rule != null) {
					outcomes.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(PointRule.class))
						.put(rule, rs.getInt(3));
				}
				return null;
			})
			.list();
		return outcomes;
	}

	private record Award(long personId, String slug, String nameEn, String nameHe) {
	}

	private List<Award> badges(PointsWindow window) {
		return jdbc.sql("""
				select a.person_id, b.slug, b.name_en, b.name_he
				from recognition_badge_award a join recognition_badge b on b.id = a.badge_id
				where a.awarded_at >= :from and a.awarded_at < :to""")
			.param("from", Timestamp.from(window.from())).param("to", Timestamp.from(window.to()))
			.query((rs, n) -> new Award(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	private void requireManager(AgoraPrincipal viewer) {
		if (!policy.maySeeReport(viewer)) {
			throw new AccessDeniedException("Managers read the recognition report");
		}
	}
}
