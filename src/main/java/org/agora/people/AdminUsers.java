package org.agora.people;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and roles, managed by admins. */
@Service
class AdminUsers {

	record NewPerson(String email, String fullName, Long unitId, Set<Role> roles) {
	}

	private final Persons persons;

	private final OrgUnits units;

	private final PeoplePolicy policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AdminUsers(Persons persons, OrgUnits units, PeoplePolicy policy, ApplicationEventPublisher events, Clock clock) {
		this.persons = persons;
		this.units = units;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	Person create(AgoraPrincipal viewer, NewPerson form) {
		requireAdmin(viewer);
		if (form.email() == null || !form.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
				|| form.email().length() > 254) {
			throw new InvalidInputException("email", "user.error.email", "Give a valid email address.");
		}
		if (persons.existsByEmail(Person.normalizeEmail(form.email()))) {
			throw new InvalidInputException("email", "user.error.emailTaken", "Someone already has this email.");
		}
		if (form.fullName() == null || form.fullName().isBlank() || form.fullName().length() > 200) {
			throw new InvalidInputException("fullName", "profile.error.name", "Give the person's name.");
		}
		if (form.unitId() != null && !units.existsById(form.unitId())) {
			throw new InvalidInputException("unitId", "unit.error.parent", "The unit does not exist.");
		}
		var roles = form.roles() == null || form.roles().isEmpty() ? Set.of(Role.EMPLOYEE) : form.roles();
		if (roles.contains(Role.KNOWLEDGE_LEADER)) {
			throw new InvalidInputException("roles", "user.error.leaderRole",
					"Knowledge leaders are appointed through a nomination.");
		}
		var person = persons.save(Person.create(form.email(), form.fullName(), form.unitId(), roles, clock.instant()));
		events.publishEvent(new PersonJoined(person.id, person.unitId));
		return person;
	}

	/**
	 * Sets the person's roles. The knowledge-leader role follows the programme (appointment and end of term), so it
	 * is kept as it is here.
	 */
	@Transactional
	void setRoles(AgoraPrincipal viewer, long personId, Set<Role> roles) {
		requireAdmin(viewer);
		var person = persons.findById(personId).orElseThrow(() -> new NotFoundException("Person"));
		var next = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		next.remove(Role.KNOWLEDGE_LEADER);
		if (person.roleSet().contains(Role.KNOWLEDGE_LEADER)) {
			next.add(Role.KNOWLEDGE_LEADER);
		}
		if (next.isEmpty()) {
			throw new InvalidInputException("roles", "user.error.noRole", "A person needs at least one role.");
		}
		if (personId == viewer.personId() && !next.contains(Role.ADMIN)) {
			throw new InvalidInputException("roles", "user.error.selfAdmin", "You cannot take away your own admin role.");
		}
		person.replaceRoles(next);
		persons.save(person);
		events.publishEvent(new PersonUpdated(person.id, person.unitId, person.active));
	}

	@Transactional
	void setActive(AgoraPrincipal viewer, long personId, boolean active) {
		requireAdmin(viewer);
		if (personId == viewer.personId()) {
			throw new InvalidInputException("active", "user.error.selfDisable", "You cannot disable your own account.");
		}
		var person = persons.findById(personId).orElseThrow(() -> new NotFoundException("Person"));
		person.active = active;
		persons.save(person);
		events.publishEvent(new PersonUpdated(person.id, person.unitId, person.active));
	}

	@Transactional
	void moveToUnit(AgoraPrincipal viewer, long personId, Long unitId) {
		requireAdmin(viewer);
		var person = persons.findById(personId).orElseThrow(() -> new NotFoundException("Person"));
		if (unitId != null && !units.existsById(unitId)) {
			throw new InvalidInputException("unitId", "unit.error.parent", "The unit does not exist.");
		}
		person.unitId = unitId;
		persons.save(person);
		events.publishEvent(new PersonUpdated(person.id, person.unitId, person.active));
	}

	private void requireAdmin(AgoraPrincipal viewer) {
		if (!policy.mayManageOrganization(viewer)) {
			throw new AccessDeniedException("Only admins manage accounts");
		}
	}
}
