package org.agora.knowledgemap;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the needs' pages and API show: the ranked backlog with unit and area names, and one need with its moves. */
@Component
@Transactional(readOnly = true)
class BacklogPages {

	/** A row of the backlog. */
	record Row(Need need, int priority, String unit, String area) {
	}

	/** The backlog with the choices of its filter. */
	record Backlog(List<Row> rows, List<NeedUnits.Choice> units, MapScales scales) {
	}

	/** A need's page. */
	record View(Need need, int priority, MapScales scales, String unit, String area, String raisedBy,
			boolean mayChange, Set<NeedStatus> moves) {
	}

	/** The choices of the need form. */
	record Choices(List<NeedUnits.Choice> units, List<Areas.Node> areas) {
	}

	/** The page's filter value for every status. */
	static final String ALL = "ALL";

	/** The API's filter value for the needs not yet covered, which the page shows unless told otherwise. */
	static final String NOT_COVERED = "NOT_COVERED";

	private final Needs needs;

	private final Areas areas;

	private final NeedUnits units;

	private final MapSettings settings;

	private final KnowledgeMapPolicy policy;

	private final People people;

	BacklogPages(Needs needs, Areas areas, NeedUnits units, MapSettings settings, KnowledgeMapPolicy policy,
			People people) {
		this.needs = needs;
		this.areas = areas;
		this.units = units;
		this.settings = settings;
		this.policy = policy;
		this.people = people;
	}

	/**
	 * The page's filter: a status, {@code ALL}, or blank (or anything else) for the needs not yet covered; an
	 * importance or scarcity outside 1-3 filters nothing.
	 */
	static Needs.Query query(Long unit, String status, Integer importance, Integer scarcity) {
		boolean all = status != null && status.strip().equalsIgnoreCase(ALL);
		return new Needs.Query(unit, all ? null : NeedStatus.parse(status), !all, score(importance),
				score(scarcity));
	}

	/** The status the API's filter takes for the page's filter: the page's default is the API's NOT_COVERED. */
	static String apiStatus(String pageStatus) {
		if (pageStatus != null && pageStatus.strip().equalsIgnoreCase(ALL)) {
			return null;
		}
		var parsed = NeedStatus.parse(pageStatus);
		return parsed == null ? NOT_COVERED : parsed.name();
	}

	/**
	 * The API's filter: a status that must name one, or {@code NOT_COVERED} for open and being addressed, or none
	 * for every need; an importance and a scarcity from 1 to 3. A bad value names its parameter.
	 */
	static Needs.Query apiQuery(Long unit, String status, Integer importance, Integer scarcity) {
		apiScore("importance", importance);
		apiScore("scarcity", scarcity);
		if (status != null && status.strip().equalsIgnoreCase(NOT_COVERED)) {
			return new Needs.Query(unit, null, true, importance, scarcity);
		}
		var parsed = NeedStatus.parse(status);
		if (status != null && !status.isBlank() && parsed == null) {
			throw new InvalidInputException("status", "map.needs.error.status", "No such status: " + status);
		}
		return new Needs.Query(unit, parsed, false, importance, scarcity);
	}

	private static Integer score(Integer typed) {
		return typed != null && Priority.valid(typed) ? typed : null;
	}

	private static void apiScore(String field, Integer typed) {
		if (typed != null && !Priority.valid(typed)) {
			throw new InvalidInputException(field, "map.needs.error.score." + field, field + " is a score from 1 to 3.");
		}
	}

	Backlog backlog(AgoraPrincipal viewer, Needs.Query query) {
		var ranked = needs.backlog(viewer, query);
		var unitNames = units.names(ranked.stream().map(r -> r.need().unitId()).distinct().toList());
		var areaNames = areaNames();
		var rows = ranked.stream()
			.map(r -> new Row(r.need(), r.priority(), unitNames.get(r.need().unitId()),
					r.need().areaId() == null ? null : areaNames.get(r.need().areaId())))
			.toList();
		return new Backlog(rows, units.all(), settings.scales());
	}

	View view(AgoraPrincipal viewer, long id) {
		var need = needs.visible(viewer, id);
		var scales = settings.scales();
		boolean mayChange = policy.mayChangeNeed(viewer, need.raisedBy());
		return new View(need, need.priority(scales), scales, units.names(List.of(need.unitId())).get(need.unitId()),
				need.areaId() == null ? null : areaNames().get(need.areaId()),
				people.find(need.raisedBy()).map(PersonSummary::fullName).orElse(null), mayChange,
				mayChange ? need.status().next() : Set.of());
	}

	Choices choices() {
		return new Choices(units.all(), areas.tree());
	}

	private Map<Long, String> areaNames() {
		Map<Long, String> names = new HashMap<>();
		areas.all().forEach(a -> names.put(a.id(), a.name()));
		return names;
	}

}
