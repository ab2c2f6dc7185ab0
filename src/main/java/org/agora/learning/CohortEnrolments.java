package org.agora.learning;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Enrolling in a cohort: a leader or invited person enrols themselves, or a community manager enrols many at once. */
@Service
class CohortEnrolments {

	private final Cohorts cohorts;

	private final People people;

	private final LearningPolicy policy;

	private final Clock clock;

	private final Enrolments enrolments;

	CohortEnrolments(Cohorts cohorts, People people, LearningPolicy policy, Clock clock, Enrolments enrolments) {
		this.enrolments = enrolments;
		this.cohorts = cohorts;
		this.people = people;
		this.policy = policy;
		this.clock = clock;
	}

	@Transactional
	long enrolSelf(AgoraPrincipal viewer, long cohortId) {
		var cohort = load(cohortId);
		if (!policy.mayEnrol(viewer, cohortId)) {
			throw new AccessDeniedException("Only knowledge leaders and invited people enrol");
		}
		requireOpen(cohort);
		if (cohorts.enrolled(cohortId, viewer.personId())) {
			throw alreadyEnrolled();
		}
		enrolments.of(viewer.personId(), cohort.courseId())
			.filter(e -> e.open() && e.completedAt() == null)
			.ifPresent(e -> {
				throw new InvalidInputException("enrolment", "cohorts.error.enrolledElsewhere",
						"You are already taking this course in another cohort.");
			});
		try {
			return cohorts.enrol(cohortId, viewer.personId(), clock.instant());
		}
		catch (DuplicateKeyException e) {
			throw alreadyEnrolled();
		}
	}

	/** Enrols everyone invited to the cohort who has not enrolled yet; returns how many were enrolled. */
	@Transactional
	int enrolInvited(AgoraPrincipal viewer, long cohortId) {
		requireManager(viewer);
		requireOpen(load(cohortId));
		var invited = cohorts.invitedNotEnrolled(cohortId);
		if (invited.isEmpty()) {
			throw new InvalidInputException("personId", "cohorts.error.noneInvited", "Nobody invited is waiting to enrol.");
		}
		invited.forEach(m -> cohorts.enrol(cohortId, m.personId(), clock.instant()));
		return invited.size();
	}

	/**
	 * Enrols the chosen people, each a knowledge leader or invited to the cohort; those already enrolled are left
	 * as they are. Returns how many were enrolled.
	 */
	@Transactional
	int enrolSelected(AgoraPrincipal viewer, long cohortId, Collection<Long> personIds) {
		requireManager(viewer);
		requireOpen(load(cohortId));
		var chosen = personIds == null ? List.<Long>of() : personIds.stream().distinct().toList();
		if (chosen.isEmpty()) {
			throw new InvalidInputException("personId", "cohorts.error.noneChosen", "Choose at least one person to enrol.");
		}
		for (long personId : chosen) {
			var person = people.find(personId).filter(PersonSummary::active);
			if (person.isEmpty() || !(person.get().has(Role.KNOWLEDGE_LEADER) || cohorts.invited(cohortId, personId))) {
				throw new InvalidInputException("personId", "cohorts.error.notEnrollable",
						"Only knowledge leaders and people invited to the cohort can be enrolled.");
			}
		}
		int enrolled = 0;
		for (long personId : chosen) {
			if (!cohorts.enrolled(cohortId, personId)) {
				cohorts.enrol(cohortId, personId, clock.instant());
				enrolled++;
			}
		}
		return enrolled;
	}

	/** Active knowledge leaders never enrolled in a cohort of the course, by name: whom a manager may enrol. */
	List<Cohorts.Member> leadersNotEnrolled(Cohorts.Cohort cohort) {
		var enrolled = cohorts.everEnrolled(cohort.courseId());
		return people.withRole(Role.KNOWLEDGE_LEADER)
			.stream()
			.filter(p -> !enrolled.contains(p.id()))
			.map(p -> new Cohorts.Member(p.id(), p.fullName()))
			.toList();
	}

	private static InvalidInputException alreadyEnrolled() {
		return new InvalidInputException("enrolment", "cohorts.error.alreadyEnrolled",
				"You are already enrolled in this cohort.");
	}

	private static void requireOpen(Cohorts.Cohort cohort) {
		if (!cohort.open()) {
			throw new InvalidInputException("enrolment", "cohorts.error.closed",
					"This cohort is closed; nobody can enrol in it any more.");
		}
	}

	private Cohorts.Cohort load(long cohortId) {
		return cohorts.find(cohortId).orElseThrow(() -> new NotFoundException("Cohort"));
	}

	private void requireManager(AgoraPrincipal viewer) {
		if (!policy.mayManageCohorts(viewer)) {
			throw new AccessDeniedException("Only community managers enrol others");
		}
	}
}
