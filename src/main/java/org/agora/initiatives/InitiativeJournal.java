package org.agora.initiatives;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.agora.platform.OrganizationClock;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the leader (or a manager) records on an initiative: milestones and reaching them, the progress log, obstacles
 * and how they were handled, and outcomes. Each write is checked by the policy first, then by the rules; nothing is
 * saved when a rule is broken.
 */
@Service
@Transactional
class InitiativeJournal {

	/** At most this many links per outcome. */
	static final int MAX_LINKS = 5;

	private record Link(OutcomeLinkKind kind, String path, String label) {
	}

	private final InitiativeEditor editor;

	private final OrganizationClock clock;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	InitiativeJournal(InitiativeEditor editor, OrganizationClock clock, ApplicationEventPublisher events,
			JdbcClient jdbc) {
		this.editor = editor;
		this.clock = clock;
		this.events = events;
		this.jdbc = jdbc;
	}

	/** Adds a milestone due on or before the planned end, as it stands with the initiative locked against edits. */
	long addMilestone(AgoraPrincipal viewer, long id, MilestoneForm form) {
		var initiative = editor.locked(viewer, id);
		String title = InitiativeRules.required("title", form.title(), 200);
		var due = InitiativeRules.dueOn(form.dueOn(), initiative.plannedEnd());
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into initiatives_milestone (initiative_id, title, due_on, created_at)
				values (:id, :title, :due, :now)""")
			.param("id", id)
			.param("title", title)
			.param("due", Date.valueOf(due))
			.param("now", Timestamp.from(clock.now()))
			.update(key, "id");
		touch(id);
		return key.getKeyAs(Number.class).longValue();
	}

	/** Marks the milestone reached today; a milestone already reached stays as it was and is not published again. */
	void reachMilestone(AgoraPrincipal viewer, long id, long milestoneId) {
		var initiative = editor.changeable(viewer, id);
		String title = jdbc.sql("select title from initiatives_milestone where id = :m and initiative_id = :id")
			.param("m", milestoneId)
			.param("id", id)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("Milestone"));
		var today = clock.today();
		int changed = jdbc.sql("update initiatives_milestone set reached_on = :today where id = :m and reached_on is null")
			.param("today", Date.valueOf(today))
			.param("m", milestoneId)
			.update();
		if (changed == 1) {
			touch(id);
			events.publishEvent(new InitiativeMilestoneReached(id, milestoneId, initiative.unitId(),
					initiative.leaderId(), viewer.personId(), title, today));
		}
	}

	long addUpdate(AgoraPrincipal viewer, long id, String body) {
		editor.changeable(viewer, id);
		String text = InitiativeRules.required("body", body, 4000);
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into initiatives_update (initiative_id, author_id, body, created_at)
				values (:id, :author, :body, :now)""")
			.param("id", id)
			.param("author", viewer.personId())
			.param("body", text)
			.param("now", Timestamp.from(clock.now()))
			.update(key, "id");
		touch(id);
		return key.getKeyAs(Number.class).longValue();
	}

	long addObstacle(AgoraPrincipal viewer, long id, ObstacleForm form) {
		editor.changeable(viewer, id);
		var category = category(form.category());
		String description = InitiativeRules.required("description", form.description(), 2000);
		String handling = InitiativeRules.optional("handling", form.handling(), 2000);
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into initiatives_obstacle (initiative_id, category, description, handling, resolved, created_by,
				  created_at)
				values (:id, :category, :description, :handling, :resolved, :by, :now)""")
			.param("id", id)
			.param("category", category.name())
			.param("description", description)
			.param("handling", handling)
			.param("resolved", Boolean.TRUE.equals(form.resolved()))
			.param("by", viewer.personId())
			.param("now", Timestamp.from(clock.now()))
			.update(key, "id");
		touch(id);
		return key.getKeyAs(Number.class).longValue();
	}

	/** How the obstacle was handled, written later, and whether it is resolved. */
	void handleObstacle(AgoraPrincipal viewer, long id, long obstacleId, String handling, boolean resolved) {
		editor.changeable(viewer, id);
		String text = InitiativeRules.optional("handling", handling, 2000);
		int changed = jdbc.sql("""
				update initiatives_obstacle set handling = :handling, resolved = :resolved
				where id = :o and initiative_id = :id""")
			.param("handling", text)
			.param("resolved", resolved)
			.param("o", obstacleId)
			.param("id", id)
			.update();
		if (changed == 0) {
			throw new NotFoundException("Obstacle");
		}
		touch(id);
	}

	long addOutcome(AgoraPrincipal viewer, long id, OutcomeForm form) {
		editor.changeable(viewer, id);
		String description = InitiativeRules.required("description", form.description(), 2000);
		String measure = InitiativeRules.optional("measure", form.measure(), 200);
		String unit = InitiativeRules.optional("measureUnit", form.measureUnit(), 40);
		var before = InitiativeRules.measure("valueBefore", form.valueBefore());
		var after = InitiativeRules.measure("valueAfter", form.valueAfter());
		if (measure == null && (before != null || after != null || unit != null)) {
			throw new InvalidInputException("measure", "initiatives.error.measureName",
					"Name the measure the values are of.");
		}
		if (measure != null && (before == null || after == null)) {
			throw new InvalidInputException(before == null ? "valueBefore" : "valueAfter",
					"initiatives.error.measureValues", "A measure has a value before and a value after.");
		}
		var values = values(form.valuesOrEmpty());
		var links = links(form);
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into initiatives_outcome (initiative_id, description, measure, measure_unit, value_before,
				  value_after, created_by, created_at)
				values (:id, :description, :measure, :unit, :before, :after, :by, :now)""")
			.param("id", id)
			.param("description", description)
			.param("measure", measure)
			.param("unit", unit)
			.param("before", before)
			.param("after", after)
			.param("by", viewer.personId())
			.param("now", Timestamp.from(clock.now()))
			.update(key, "id");
		long outcomeId = key.getKeyAs(Number.class).longValue();
		for (var value : values) {
			jdbc.sql("insert into initiatives_outcome_value (outcome_id, value_kind) values (:o, :v)")
				.param("o", outcomeId)
				.param("v", value.name())
				.update();
		}
		for (var link : links) {
			jdbc.sql("insert into initiatives_outcome_link (outcome_id, kind, path, label) values (:o, :k, :p, :l)")
				.param("o", outcomeId)
				.param("k", link.kind().name())
				.param("p", link.path())
				.param("l", link.label())
				.update();
		}
		touch(id);
		return outcomeId;
	}

	private static ObstacleCategory category(String typed) {
		var category = ObstacleCategory.parse(typed);
		if (category == null) {
			throw new InvalidInputException("category", "initiatives.error.category",
					"Choose the category from the list.");
		}
		return category;
	}

	private static List<OutcomeValue> values(List<String> typed) {
		var values = new LinkedHashSet<OutcomeValue>();
		for (String t : typed) {
			if (t == null || t.isBlank()) {
				continue;
			}
			var value = OutcomeValue.parse(t);
			if (value == null) {
				throw new InvalidInputException("values", "initiatives.error.value", "Choose the values from the list.");
			}
			values.add(value);
		}
		return List.copyOf(values);
	}

	private static List<Link> links(OutcomeForm form) {
		var links = new ArrayList<Link>();
		for (int i = 0; i < form.linkRows(); i++) {
			if (form.pathAt(i).isBlank() && form.labelAt(i).isBlank()) {
				continue;
			}
			var kind = OutcomeLinkKind.parse(form.kindAt(i));
			if (kind == null) {
				throw new InvalidInputException("links", "initiatives.error.linkKind",
						"A link is to an ARTICLE, EVENT or COURSE.");
			}
			String path = InitiativeRules.linkPath(kind, form.pathAt(i));
			String label = InitiativeRules.linkLabel(form.labelAt(i));
			links.add(new Link(kind, path, label));
		}
		if (links.size() > MAX_LINKS) {
			throw new InvalidInputException("links", "initiatives.error.tooManyLinks",
					"Link at most " + MAX_LINKS + " things.");
		}
		return links;
	}

	private void touch(long id) {
		jdbc.sql("update initiatives_initiative set updated_at = :now where id = :id")
			.param("now", Timestamp.from(clock.now()))
			.param("id", id)
			.update();
	}
}
