package org.agora.recognition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.OrganizationClock;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.agora.platform.web.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leaderboards: people ranked by the points they earned this quarter, this year or all time, in the whole
 * organization or in a unit and the units under it. The same points share a rank and the next rank skips (1, 1, 3).
 * People who opted out, inactive people and guests are on no board. A board is read in a few statements however
 * many people it ranks: the ledger's totals in one, the people behind them in batches.
 */
@Component
@Transactional(readOnly = true)
class Leaderboards {

	static final int DEFAULT_SIZE = 20;

	static final int MAX_SIZE = 100;

	/** What a board shows: the period, the unit (null for the organization) and how many people from the top. */
	record Query(BoardPeriod period, Long unitId, int size) {

		static final Query DEFAULT = new Query(BoardPeriod.QUARTER, null, DEFAULT_SIZE);

		/** The query the parameters name; a field error naming the first that is wrong. */
		static Query parse(String period, String unit, String size) {
			var chosen = BoardPeriod.parse(period);
			if (chosen == null) {
				throw new InvalidInputException("period", "recognition.board.error.period",
						"Choose the period: quarter, year or all.");
			}
			Long unitId = null;
			if (unit != null && !unit.isBlank()) {
				unitId = number(unit);
				if (unitId == null || unitId <= 0) {
					throw new InvalidInputException("unit", "recognition.board.error.unit", "No such unit.");
				}
			}
			int count = DEFAULT_SIZE;
			if (size != null && !size.isBlank()) {
				var n = number(size);
				if (n == null || n < 1 || n > MAX_SIZE) {
					throw new InvalidInputException("size", "recognition.board.error.size",
							"Show from 1 to " + MAX_SIZE + " people.");
				}
				count = n.intValue();
			}
			return new Query(chosen, unitId, count);
		}

		private static Long number(String text) {
			try {
				return Long.valueOf(text.strip());
			}
			catch (NumberFormatException e) {
				return null;
			}
		}
	}

	/** A person's place on a board. */
	record Standing(int rank, long personId, String name, Long unitId, String unitName, int points) {
	}

	/** Where the viewer stands: ranked, or why they are not on the board. */
	enum Place {
		RANKED, OPTED_OUT, OUTSIDE_UNIT, NO_POINTS
	}

	/**
	 * A board: the top of it, how many people it ranks in all, and the viewer's own standing (null unless ranked),
	 * shown beside the top when it is below it.
	 */
	record Board(Query query, PointsWindow window, String unitName, List<Standing> top, int ranked, Standing mine,
			Place place) {

		boolean mineBelowTop() {
			return mine != null && top.stream().noneMatch(s -> s.personId() == mine.personId());
		}
	}

	private final Ledger ledger;

	private final People people;

	private final RecognitionProfiles profiles;

	private final BoardUnits units;

	private final RecognitionPolicy policy;

	private final OrganizationClock clock;

	Leaderboards(Ledger ledger, People people, RecognitionProfiles profiles, BoardUnits units,
			RecognitionPolicy policy, OrganizationClock clock) {
		this.ledger = ledger;
		this.people = people;
		this.profiles = profiles;
		this.units = units;
		this.policy = policy;
		this.clock = clock;
	}

	Board board(AgoraPrincipal viewer, Query query) {
		if (!policy.maySee(viewer)) {
			throw new AccessDeniedException("Leaderboards are the organization's");
		}
		Set<Long> scope = null;
		String unitName = null;
		if (query.unitId() != null) {
			scope = units.andBelow(query.unitId());
			if (scope.isEmpty()) {
				throw new InvalidInputException("unit", "recognition.board.error.unit", "No such unit.");
			}
			unitName = units.name(query.unitId());
		}
		var window = query.period().window(clock.today(), clock);
		var standings = standings(window, scope);
		var mine = standings.stream().filter(s -> s.personId() == viewer.personId()).findFirst().orElse(null);
		return new Board(query, window, unitName, standings.subList(0, Math.min(query.size(), standings.size())),
				standings.size(), mine, mine != null ? Place.RANKED : whyNotRanked(viewer, scope));
	}

	/**
	 * The person's standing on the organization's board of the period, or null when they are not on it. Only the
	 * people with as many points or more are read: a rank counts no one below.
	 */
	Standing standingOf(long personId, BoardPeriod period) {
		var window = period.window(clock.today(), clock);
		var totals = ledger.totals(window.from(), window.to());
		int mine = totals.getOrDefault(personId, 0);
		if (mine <= 0) {
			return null;
		}
		return standings(totals, null, points -> points >= mine).stream()
			.filter(s -> s.personId() == personId)
			.findFirst()
			.orElse(null);
	}

	/** Everyone on the board of the window, ranked; in the units of the scope alone unless it is null. */
	List<Standing> standings(PointsWindow window, Set<Long> scope) {
		return standings(ledger.totals(window.from(), window.to()), scope, points -> true);
	}

	private List<Standing> standings(Map<Long, Integer> totals, Set<Long> scope, IntPredicate counted) {
		var optedOut = profiles.optedOut();
		var candidates = totals.entrySet()
			.stream()
			.filter(e -> e.getValue() > 0 && counted.test(e.getValue()) && !optedOut.contains(e.getKey()))
			.map(Map.Entry::getKey)
			.toList();
		return rank(totals, people.findAll(candidates), p -> onBoards(p) && inScope(p, scope));
	}

	/** Whether the person may be on a board at all: active and in the organization. */
	static boolean onBoards(PersonSummary person) {
		return person.active() && person.roles().stream().anyMatch(r -> r != Role.GUEST);
	}

	static boolean inScope(PersonSummary person, Set<Long> scope) {
		return scope == null || person.unitId() != null && scope.contains(person.unitId());
	}

	/**
	 * The people shown, with points above nothing, most points first (then by name): the same points share a rank and
	 * the next rank counts everyone above it.
	 */
	static List<Standing> rank(Map<Long, Integer> totals, Map<Long, PersonSummary> people,
			Predicate<PersonSummary> shown) {
		var ordered = people.values()
			.stream()
			.filter(shown)
			.filter(p -> totals.getOrDefault(p.id(), 0) > 0)
			.sorted(Comparator.<PersonSummary>comparingInt(p -> -totals.get(p.id()))
				.thenComparing(PersonSummary::fullName, String.CASE_INSENSITIVE_ORDER)
				.thenComparingLong(PersonSummary::id))
			.toList();
		var standings = new ArrayList<Standing>(ordered.size());
		for (int i = 0; i < ordered.size(); i++) {
			var person = ordered.get(i);
			int points = totals.get(person.id());
			int rank = i > 0 && standings.get(i - 1).points() == points ? standings.get(i - 1).rank() : i + 1;
			standings.add(new Standing(rank, person.id(), person.fullName(), person.unitId(), person.unitName(), points));
		}
		return standings;
	}

	private Place whyNotRanked(AgoraPrincipal viewer, Set<Long> scope) {
		if (profiles.optedOut(viewer.personId())) {
			return Place.OPTED_OUT;
		}
		if (scope != null) {
			var me = people.find(viewer.personId()).orElse(null);
			if (me == null || !inScope(me, scope)) {
				return Place.OUTSIDE_UNIT;
			}
		}
		return Place.NO_POINTS;
	}
}
