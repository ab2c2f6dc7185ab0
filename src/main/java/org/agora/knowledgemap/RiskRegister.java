package org.agora.knowledgemap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.OrganizationClock;
import org.agora.platform.security.AgoraPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of retention risks, one line per open holder and area, highest score first, computed with the scales
 * in force; closed holders are listed apart. It holds departure dates, so only those who may see the register read
 * it. An area whose only holder has no successor holding the knowledge is a single point of knowledge.
 */
@Component
@Transactional(readOnly = true)
class RiskRegister {

	/** A line of the register. {@code score} is the recorded risk, after what the plan has achieved. */
	record Line(Holder holder, String personName, String unitName, int attrition, int score, RiskLevel level,
			String successorName, int actionsDone, int actionsPlanned, int actionsAwaiting, boolean singlePoint) {
	}

	/** The register as filtered, with the day it was computed for, and the closed holders apart. */
	record Listing(List<Line> lines, LocalDate today, List<Closed> closed) {
	}

	/** A closed holder: kept with their plan, counted nowhere. */
	record Closed(Holder holder, String personName) {
	}

	private final Holders holders;

	private final People people;

	private final MapSettings settings;

	private final OrganizationClock clock;

	private final KnowledgeMapPolicy policy;

	private final JdbcClient jdbc;

	RiskRegister(Holders holders, People people, MapSettings settings, OrganizationClock clock, KnowledgeMapPolicy policy,
			JdbcClient jdbc) {
		this.holders = holders;
		this.people = people;
		this.settings = settings;
		this.clock = clock;
		this.policy = policy;
		this.jdbc = jdbc;
	}

	/**
	 * @param level only lines at this level, or all for null
	 * @param unitId only holders of areas the unit depends on, or who belong to it; all for null
	 */
	Listing read(AgoraPrincipal viewer, RiskLevel level, Long unitId) {
		if (!policy.maySeeRegister(viewer)) {
			throw new AccessDeniedException("The risk register is the managers'");
		}
		var today = clock.today();
		var all = lines(today);
		var closedAll = holders.closed();
		Predicate<Holder> inUnit = unitId == null ? h -> true
				: inUnit(unitId, java.util.stream.Stream.concat(all.stream().map(Line::holder), closedAll.stream())
					.map(Holder::personId)
					.collect(Collectors.toSet()));
		var lines = all.stream()
			.filter(l -> level == null || l.level() == level)
			.filter(l -> inUnit.test(l.holder()))
			.toList();
		var closedHolders = closedAll.stream().filter(inUnit).toList();
		var names = people.findAll(closedHolders.stream().map(Holder::personId).collect(Collectors.toSet()));
		var closed = closedHolders.stream()
			.map(h -> new Closed(h, names.get(h.personId()) == null ? "" : names.get(h.personId()).fullName()))
			.toList();
		return new Listing(lines, today, closed);
	}

	/** Every open holder's line, highest score first, then the nearest departure. */
	List<Line> lines(LocalDate today) {
		return lines(holders.active(), today);
	}

	/** The line of one holder, open or closed, as the register would show it. */
	Line line(Holder holder, LocalDate today) {
		return lines(List.of(holder), today).get(0);
	}

	private List<Line> lines(List<Holder> all, LocalDate today) {
		var scales = settings.scales();
		var counts = holders.countsByArea();
		var progress = holders.progress();
		Set<Long> ids = new HashSet<>();
		for (var h : all) {
			ids.add(h.personId());
			if (h.successorId() != null) {
				ids.add(h.successorId());
			}
		}
		Map<Long, PersonSummary> persons = people.findAll(ids);
		List<Line> lines = new ArrayList<>();
		for (var h : all) {
			var person = persons.get(h.personId());
			int score = h.risk(scales, today);
			int[] done = progress.getOrDefault(h.id(), new int[3]);
			lines.add(new Line(h, person == null ? "" : person.fullName(), person == null ? null : person.unitName(),
					h.attrition(scales, today), score, RiskLevel.of(scales, score),
					h.successorId() == null || persons.get(h.successorId()) == null ? null
							: persons.get(h.successorId()).fullName(),
					done[0], done[1], done[2], singlePoint(h, counts)));
		}
		lines.sort(Comparator.comparingInt(Line::score)
			.reversed()
			.thenComparing(l -> l.holder().expectedDeparture(), Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparingLong(l -> l.holder().id()));
		return lines;
	}

	/** An open area's only holder, with no successor who holds it too: the knowledge lives in one head. */
	static boolean singlePoint(Holder h, Map<Long, Integer> counts) {
		return !h.closed() && counts.getOrDefault(h.areaId(), 0) == 1 && !h.successorHolds();
	}

	/**
	 * Whether a holder belongs to the unit or holds an area the unit depends on; the unit's areas and the holders'
	 * units are read once, not per line.
	 */
	private Predicate<Holder> inUnit(long unitId, Set<Long> personIds) {
		var areas = new HashSet<>(jdbc.sql("select area_id from knowledgemap_area_unit where unit_id = :u")
			.param("u", unitId)
			.query(Long.class)
			.list());
		var persons = people.findAll(personIds);
		return h -> areas.contains(h.areaId())
				|| persons.get(h.personId()) != null && Long.valueOf(unitId).equals(persons.get(h.personId()).unitId());
	}

	/** The units to filter by, by name. */
	Map<Long, String> units() {
		Map<Long, String> units = new LinkedHashMap<>();
		jdbc.sql("select id, name from people_unit order by name")
			.query((rs, n) -> units.put(rs.getLong(1), rs.getString(2)))
			.list();
		return units;
	}
}
