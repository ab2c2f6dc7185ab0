package org.agora.initiatives;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.agora.platform.web.JsonBody;

/** The API's JSON shapes of initiatives, and the reading of the JSON bodies sent to it. */
final class InitiativeJsons {

	private static final JsonBody.Keys JSON_KEYS = new JsonBody.Keys("initiatives.error.json",
			"initiatives.error.number");

	private InitiativeJsons() {
	}

	record Ref(long id, String name) {
	}

	record SummaryJson(long id, String title, String path, Ref unit, Ref leader, InitiativeKind kind,
			InitiativeStatus status, LocalDate plannedStart, LocalDate plannedEnd, int version, Instant updatedAt) {
	}

	record PageJson(List<SummaryJson> items, int page, int size, long total) {
	}

	record MilestoneJson(long id, String title, LocalDate dueOn, LocalDate reachedOn, boolean overdue) {
	}

	record UpdateJson(long id, Ref author, String body, Instant createdAt) {
	}

	record ObstacleJson(long id, ObstacleCategory category, String description, String handling, boolean resolved) {
	}

	record LinkJson(OutcomeLinkKind kind, String path, String label) {
	}

	record OutcomeJson(long id, String description, String measure, String measureUnit, BigDecimal valueBefore,
			BigDecimal valueAfter, List<OutcomeValue> values, List<LinkJson> links) {
	}

	record InitiativeJson(long id, String title, String path, String goal, String audience, Ref unit, Ref leader,
			InitiativeKind kind, InitiativeStatus status, String stopReason, LocalDate plannedStart,
			LocalDate plannedEnd, int version, List<InitiativeStatus> moves, boolean mayChange,
			List<MilestoneJson> milestones, List<UpdateJson> updates, List<ObstacleJson> obstacles,
			List<OutcomeJson> outcomes) {
	}

	static SummaryJson summary(InitiativePages.Row row) {
		var i = row.initiative();
		return new SummaryJson(i.id(), i.title(), i.path(), new Ref(i.unitId(), row.unit()),
				new Ref(i.leaderId(), row.leader()), i.kind(), i.status(), i.plannedStart(), i.plannedEnd(),
				i.version(), i.updatedAt());
	}

	static InitiativeJson initiative(InitiativePages.View view) {
		var i = view.initiative();
		return new InitiativeJson(i.id(), i.title(), i.path(), i.goal(), i.audience(), new Ref(i.unitId(), view.unit()),
				new Ref(i.leaderId(), view.leader()), i.kind(), i.status(),
				i.status() == InitiativeStatus.STOPPED ? i.stopReason() : null, i.plannedStart(), i.plannedEnd(),
				i.version(), view.mayChange() ? List.copyOf(view.moves()) : List.of(), view.mayChange(),
				view.milestones()
					.stream()
					.map(m -> new MilestoneJson(m.id(), m.title(), m.dueOn(), m.reachedOn(), m.overdue()))
					.toList(),
				view.updates()
					.stream()
					.map(u -> new UpdateJson(u.id(), new Ref(u.authorId(), u.author()), u.body(), u.createdAt()))
					.toList(),
				view.obstacles()
					.stream()
					.map(o -> new ObstacleJson(o.id(), o.category(), o.description(), o.handling(), o.resolved()))
					.toList(),
				view.outcomes()
					.stream()
					.map(o -> new OutcomeJson(o.id(), o.description(), o.measure(), o.measureUnit(), o.valueBefore(),
							o.valueAfter(), o.values(),
							o.links().stream().map(l -> new LinkJson(l.kind(), l.path(), l.label())).toList()))
					.toList());
	}

	/** The fields of a JSON body sent to the initiatives' API. */
	static JsonBody body(Map<String, Object> json) {
		return JsonBody.of(json, JSON_KEYS);
	}
}
