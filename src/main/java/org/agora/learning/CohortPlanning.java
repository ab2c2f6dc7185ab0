package org.agora.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.agora.people.People;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Community managers plan the runs of a course: name, dates, status and facilitators. */
@Service
class CohortPlanning {

	/**
	 * A cohort as typed into its form; dates and status stay text, so that a wrong one can be shown again as typed.
	 *
	 * @param version the version the editor started from, to catch two people editing at once
	 */
	record CohortForm(Long courseId, String name, String startsOn, String endsOn, String status, Integer version) {

		static CohortForm of(Cohorts.Cohort cohort) {
			return new CohortForm(cohort.courseId(), cohort.name(), cohort.startsOn().toString(),
					cohort.endsOn().toString(), cohort.status().name(), cohort.version());
		}

		static CohortForm blank() {
			return new CohortForm(null, "", "", "", CohortStatus.PLANNED.name(), null);
		}
	}

	static final int NAME_MAX = 120;

	private final Cohorts cohorts;

	private final Catalog catalog;

	private final People people;

	private final LearningPolicy policy;

	private final Clock clock;

	CohortPlanning(Cohorts cohorts, Catalog catalog, People people, LearningPolicy policy, Clock clock) {
		this.cohorts = cohorts;
		this.catalog = catalog;
		this.people = people;
		this.policy = policy;
		this.clock = clock;
	}

	@Transactional
	long create(AgoraPrincipal viewer, CohortForm form) {
		requireManager(viewer);
		if (form.courseId() == null || catalog.course(form.courseId()).isEmpty()) {
			throw new InvalidInputException("courseId", "cohorts.error.course", "Choose the course this cohort runs.");
		}
		var valid = validate(form);
		return cohorts.insert(form.courseId(), valid.name(), valid.startsOn(), valid.endsOn(), valid.status(),
				clock.instant());
	}

	/** Saves the name, dates and status; the course of a cohort does not change. */
	@Transactional
	void update(AgoraPrincipal viewer, long cohortId, CohortForm form) {
		requireManager(viewer);
		var cohort = load(cohortId);
		var valid = validate(form);
		int version = form.version() == null ? cohort.version() : form.version();
		cohorts.update(new Cohorts.Cohort(cohortId, cohort.courseId(), valid.name(), valid.startsOn(), valid.endsOn(),
				valid.status(), version));
	}

	@Transactional
	void changeStatus(AgoraPrincipal viewer, long cohortId, String status) {
		requireManager(viewer);
		var cohort = load(cohortId);
		cohorts.update(new Cohorts.Cohort(cohortId, cohort.courseId(), cohort.name(), cohort.startsOn(),
				cohort.endsOn(), status(status), cohort.version()));
	}

	/** Community managers and knowledge leaders may facilitate a cohort. */
	@Transactional
	void addFacilitator(AgoraPrincipal viewer, long cohortId, Long personId) {
		requireManager(viewer);
		load(cohortId);
		var person = personId == null ? null : people.find(personId).orElse(null);
		if (person == null || !person.active()
				|| !(person.has(Role.COMMUNITY_MANAGER) || person.has(Role.KNOWLEDGE_LEADER))) {
			throw new InvalidInputException("facilitatorId", "cohorts.error.facilitator",
					"Choose a community manager or knowledge leader to facilitate.");
		}
		if (cohorts.facilitates(cohortId, person.id())) {
			throw new InvalidInputException("facilitatorId", "cohorts.error.facilitatorTwice",
					"This person already facilitates the cohort.");
		}
		cohorts.addFacilitator(cohortId, person.id());
	}

	@Transactional
	void removeFacilitator(AgoraPrincipal viewer, long cohortId, long personId) {
		requireManager(viewer);
		load(cohortId);
		if (!cohorts.removeFacilitator(cohortId, personId)) {
			throw new NotFoundException("Facilitator");
		}
	}

	private record Valid(String name, LocalDate startsOn, LocalDate endsOn, CohortStatus status) {
	}

	private static Valid validate(CohortForm form) {
		String name = form.name() == null ? "" : form.name().strip();
		if (name.isEmpty() || name.length() > NAME_MAX) {
			throw new InvalidInputException("name", "cohorts.error.name", "Name the cohort in up to 120 characters.");
		}
		var startsOn = date(form.startsOn(), "startsOn", "cohorts.error.startsOn", "Give the date the cohort starts.");
		var endsOn = date(form.endsOn(), "endsOn", "cohorts.error.endsOn", "Give the date the cohort ends.");
		if (endsOn.isBefore(startsOn)) {
			throw new InvalidInputException("endsOn", "cohorts.error.endsBeforeStart",
					"The cohort cannot end before it starts.");
		}
		return new Valid(name, startsOn, endsOn, status(form.status()));
	}

	private static LocalDate date(String text, String field, String key, String message) {
		try {
			return LocalDate.parse(text == null ? "" : text.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(field, key, message);
		}
	}

	private static CohortStatus status(String text) {
		try {
			return CohortStatus.valueOf(text == null ? "" : text.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("status", "cohorts.error.status", "Choose planned, running or closed.");
		}
	}

	private Cohorts.Cohort load(long cohortId) {
		return cohorts.find(cohortId).orElseThrow(() -> new NotFoundException("Cohort"));
	}

	private void requireManager(AgoraPrincipal viewer) {
		if (!policy.mayManageCohorts(viewer)) {
			throw new AccessDeniedException("Only community managers plan cohorts");
		}
	}
}
