package org.agora.people;

import java.time.Clock;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to the org-unit tree, made by admins. */
@Service
class OrgStructure {

	record UnitForm(String code, String name, UnitKind kind, Long parentId) {
	}

	private final OrgUnits units;

	private final OrgChart chart;

	private final PeoplePolicy policy;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	OrgStructure(OrgUnits units, OrgChart chart, PeoplePolicy policy, Clock clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.units = units;
		this.chart = chart;
		this.policy = policy;
		this.clock = clock;
	}

	@Transactional
	OrgUnit create(AgoraPrincipal viewer, UnitForm form) {
		requireAdmin(viewer);
		validate(form, null);
		var unit = units.save(new OrgUnit(form.code().strip(), form.name().strip(), form.kind(), form.parentId(),
				clock.instant()));
		events.publishEvent(new UnitChanged(unit.id, unit.parentId));
		return unit;
	}

	@Transactional
	OrgUnit update(AgoraPrincipal viewer, long id, UnitForm form) {
		requireAdmin(viewer);
		var unit = units.findById(id).orElseThrow(() -> new NotFoundException("Unit"));
		validate(form, id);
		if (form.parentId() != null && chart.wouldCycle(id, form.parentId())) {
			throw new InvalidInputException("parentId", "unit.error.cycle", "A unit cannot sit under itself.");
		}
		unit.code = form.code().strip();
		unit.name = form.name().strip();
		unit.kind = form.kind();
		unit.parentId = form.parentId();
		var saved = units.save(unit);
		events.publishEvent(new UnitChanged(saved.id, saved.parentId));
		return saved;
	}

	private void validate(UnitForm form, Long id) {
		if (form.code() == null || !form.code().strip().matches("[A-Za-z0-9][A-Za-z0-9_-]{0,39}")) {
			throw new InvalidInputException("code", "unit.error.code",
					"The code has 1 to 40 letters, digits, dashes or underscores.");
		}
		if (form.name() == null || form.name().isBlank() || form.name().length() > 200) {
			throw new InvalidInputException("name", "unit.error.name", "Name the unit in up to 200 characters.");
		}
		if (form.kind() == null) {
			throw new InvalidInputException("kind", "unit.error.kind", "Choose division, department or team.");
		}
		units.findByCode(form.code().strip())
			.filter(other -> !other.id.equals(id))
			.ifPresent(other -> {
				throw new InvalidInputException("code", "unit.error.codeTaken", "Another unit has this code.");
			});
		if (form.parentId() != null && !units.existsById(form.parentId())) {
			throw new InvalidInputException("parentId", "unit.error.parent", "The parent unit does not exist.");
		}
	}

	private void requireAdmin(AgoraPrincipal viewer) {
		if (!policy.mayManageOrganization(viewer)) {
			throw new AccessDeniedException("Only admins change the org chart");
		}
	}
}
