package org.agora.knowledgemap;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.agora.platform.OrganizationClock;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording, editing and moving knowledge needs: policy, rules, then the rows and the events, in one transaction. An
 * edit or a move made on an older version than the stored one changes nothing and says so.
 */
@Service
@Transactional
class NeedEditor {

	/** Saved or moved on an older version: nothing was changed. */
	static class VersionConflict extends InvalidInputException {

		private final int current;

		VersionConflict(int current) {
			super("version", "map.needs.error.changedMeanwhile", "Someone changed this need meanwhile (it is now at version "
					+ current + "). Load it again and retry.");
			this.current = current;
		}

		int current() {
			return current;
		}
	}

	/** A move the statuses do not allow. */
	static class IllegalMove extends InvalidInputException {

		IllegalMove(NeedStatus from, NeedStatus to) {
			super("status", "map.needs.error.illegalMove", "A need cannot move from " + from + " to " + to + ".");
		}
	}

	private record Fields(long unitId, Long areaId, String title, String description, String neededBy,
			Integer peopleCount, NeedAvailability availability, int importance, int scarcity, int frequency,
			List<Need.Link> links) {
	}

	private final Needs needs;

	private final Areas areas;

	private final NeedUnits units;

	private final KnowledgeMapPolicy policy;

	private final OrganizationClock clock;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	NeedEditor(Needs needs, Areas areas, NeedUnits units, KnowledgeMapPolicy policy, OrganizationClock clock,
			ApplicationEventPublisher events, JdbcClient jdbc) {
		this.needs = needs;
		this.areas = areas;
		this.units = units;
		this.policy = policy;
		this.clock = clock;
		this.events = events;
		this.jdbc = jdbc;
	}

	/** Records an open need raised by the viewer; returns its id. */
	long raise(AgoraPrincipal viewer, NeedForm form) {
		if (!policy.mayRaiseNeed(viewer)) {
			throw new AccessDeniedException("Knowledge leaders and managers record needs");
		}
		var f = fields(form);
		Instant now = clock.now();
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into knowledgemap_need (unit_id, area_id, title, description, needed_by, people_count,
				  availability, importance, scarcity, frequency, status, version, raised_by, created_at, updated_at)
				values (:unit, :area, :title, :description, :neededBy, :people, :availability, :importance, :scarcity,
				  :frequency, 'OPEN', 1, :by, :now, :now)""")
			.param("unit", f.unitId())
			.param("area", f.areaId())
			.param("title", f.title())
			.param("description", f.description())
			.param("neededBy", f.neededBy())
			.param("people", f.peopleCount())
			.param("availability", f.availability().name())
			.param("importance", f.importance())
			.param("scarcity", f.scarcity())
			.param("frequency", f.frequency())
			.param("by", viewer.personId())
			.param("now", Timestamp.from(now))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		writeLinks(id, f.links());
		events.publishEvent(new KnowledgeNeedRaised(id, f.unitId(), f.areaId(), viewer.personId(), f.title(),
				Need.path(id), now));
		return id;
	}

	/** The need, for a form that changes it: not found before forbidden. */
	Need changeable(AgoraPrincipal viewer, long id) {
		var need = needs.visible(viewer, id);
		if (!policy.mayChangeNeed(viewer, need.raisedBy())) {
			throw new AccessDeniedException("A need is changed by whoever raised it and by managers");
		}
		return need;
	}

	void edit(AgoraPrincipal viewer, long id, NeedForm form) {
		var need = changeable(viewer, id);
		var f = fields(form);
		checkVersion(need, form.version());
		int changed = jdbc.sql("""
				update knowledgemap_need set unit_id = :unit, area_id = :area, title = :title,
				  description = :description, needed_by = :neededBy, people_count = :people,
				  availability = :availability, importance = :importance, scarcity = :scarcity,
				  frequency = :frequency, version = version + 1, updated_at = :now
				where id = :id and version = :version""")
			.param("unit", f.unitId())
			.param("area", f.areaId())
			.param("title", f.title())
			.param("description", f.description())
			.param("neededBy", f.neededBy())
			.param("people", f.peopleCount())
			.param("availability", f.availability().name())
			.param("importance", f.importance())
			.param("scarcity", f.scarcity())
			.param("frequency", f.frequency())
			.param("now", Timestamp.from(clock.now()))
			.param("id", id)
			.param("version", need.version())
			.update();
		if (changed == 0) {
			throw new VersionConflict(needs.find(id).map(Need::version).orElse(need.version()));
		}
		jdbc.sql("delete from knowledgemap_need_link where need_id = :id").param("id", id).update();
		writeLinks(id, f.links());
	}

	/** Moves the need to the status; reaching covered is published. */
	void move(AgoraPrincipal viewer, long id, NeedStatus target, Integer version) {
		var need = changeable(viewer, id);
		if (target == null) {
			throw new InvalidInputException("status", "map.needs.error.status", "Choose the new status.");
		}
		if (!need.status().mayMoveTo(target)) {
			throw new IllegalMove(need.status(), target);
		}
		checkVersion(need, version);
		Instant now = clock.now();
		boolean covered = target == NeedStatus.COVERED;
		int changed = jdbc.sql("""
				update knowledgemap_need set status = :status, version = version + 1, updated_at = :now,
				  covered_at = :covered where id = :id and version = :version""")
			.param("status", target.name())
			.param("now", Timestamp.from(now))
			.param("covered", covered ? Timestamp.from(now) : null)
			.param("id", id)
			.param("version", need.version())
			.update();
		if (changed == 0) {
			throw new VersionConflict(needs.find(id).map(Need::version).orElse(need.version()));
		}
		if (covered) {
			events.publishEvent(new KnowledgeNeedCovered(id, need.unitId(), need.areaId(), viewer.personId(),
					need.title(), need.path(), now));
		}
	}

	/**
	 * Changes the fields (when a form is given) and then the status (when one is given), both on the version the
	 * change was made on, all or nothing.
	 */
	void patch(AgoraPrincipal viewer, long id, NeedForm form, NeedStatus target, Integer version) {
		changeable(viewer, id);
		if (version == null) {
			throw new InvalidInputException("version", "map.needs.error.version",
					"Send the version the change was made on.");
		}
		int next = version;
		if (form != null) {
			edit(viewer, id, form.withVersion(version));
			next = version + 1;
		}
		if (target != null) {
			move(viewer, id, target, next);
		}
	}

	private static void checkVersion(Need need, Integer version) {
		if (version != null && version != need.version()) {
			throw new VersionConflict(need.version());
		}
	}

	private void writeLinks(long id, List<Need.Link> links) {
		for (var link : links) {
			jdbc.sql("insert into knowledgemap_need_link (need_id, kind, path, label) values (:need, :kind, :path, :label)")
				.param("need", id)
				.param("kind", link.kind().name())
				.param("path", link.path())
				.param("label", link.label())
				.update();
		}
	}

	private Fields fields(NeedForm form) {
		long unit = units.required(NeedRules.id("unitId", form.unitId()));
		Long area = NeedRules.id("areaId", form.areaId());
		if (area != null && areas.find(area).isEmpty()) {
			throw new InvalidInputException("areaId", "map.needs.error.areaId", "Choose the area from the list.");
		}
		String title = NeedRules.required("title", form.title(), 200);
		String description = NeedRules.optional("description", form.description(), 4000);
		String neededBy = NeedRules.optional("neededBy", form.neededBy(), 300);
		Integer people = NeedRules.people(form.peopleCount());
		var availability = NeedRules.availability(form.availability());
		int importance = NeedRules.score("importance", form.importance());
		int scarcity = NeedRules.score("scarcity", form.scarcity());
		int frequency = NeedRules.score("frequency", form.frequency());
		return new Fields(unit, area, title, description, neededBy, people, availability, importance, scarcity,
				frequency, links(form));
	}

	private static List<Need.Link> links(NeedForm form) {
		int rows = Math.max(form.linkKind().size(), Math.max(form.linkPath().size(), form.linkLabel().size()));
		var links = new ArrayList<Need.Link>();
		for (int i = 0; i < rows; i++) {
			String kind = NeedForm.at(form.linkKind(), i);
			String path = NeedForm.at(form.linkPath(), i);
			String label = NeedForm.at(form.linkLabel(), i);
			if (kind.isBlank() && path.isBlank() && label.isBlank()) {
				continue;
			}
			var parsed = NeedRules.linkKind(kind);
			links.add(new Need.Link(parsed, NeedRules.linkPath(parsed, path), NeedRules.linkLabel(label)));
		}
		if (links.size() > 20) {
			throw new InvalidInputException("links", "map.needs.error.tooManyLinks", "Keep to 20 links.");
		}
		return links;
	}
}
