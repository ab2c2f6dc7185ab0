package org.agora.learning;

import java.time.Clock;

import org.agora.people.LeaderAppointed;
import org.agora.people.People;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to a cohort: community managers invite anyone, and every newly appointed knowledge leader is invited
 * to the open cohort of the foundations course. An invited person may enrol even when they are not a leader.
 */
@Service
class CohortInvitations {

	/** The course every new knowledge leader takes. */
	static final String FOUNDATIONS = "knowledge-leaders-foundations";

	private static final Logger log = LoggerFactory.getLogger(CohortInvitations.class);

	private final Cohorts cohorts;

	private final Catalog catalog;

	private final People people;

	private final LearningPolicy policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CohortInvitations(Cohorts cohorts, Catalog catalog, People people, LearningPolicy policy,
			ApplicationEventPublisher events, Clock clock) {
		this.cohorts = cohorts;
		this.catalog = catalog;
		this.people = people;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	void invite(AgoraPrincipal viewer, long cohortId, Long personId) {
		if (!policy.mayManageCohorts(viewer)) {
			throw new AccessDeniedException("Only community managers invite people to a cohort");
		}
		var cohort = cohorts.find(cohortId).orElseThrow(() -> new NotFoundException("Cohort"));
		if (!cohort.open()) {
			throw new InvalidInputException("inviteeId", "cohorts.error.inviteClosed",
					"The cohort is closed; invite people to an open one.");
		}
		var person = personId == null ? null : people.find(personId).filter(p -> p.active()).orElse(null);
		if (person == null) {
			throw new InvalidInputException("inviteeId", "cohorts.error.invitee", "Choose the person to invite.");
		}
		if (cohorts.enrolled(cohortId, person.id())) {
			throw new InvalidInputException("inviteeId", "cohorts.error.inviteeEnrolled",
					"This person is already enrolled in the cohort.");
		}
		if (cohorts.invited(cohortId, person.id())) {
			throw new InvalidInputException("inviteeId", "cohorts.error.inviteeInvited",
					"This person is already invited to the cohort.");
		}
		try {
			send(cohort, person.id(), viewer.personId());
		}
		catch (org.springframework.dao.DuplicateKeyException e) {
			// a second click of the same invitation, a moment after the first
			throw new InvalidInputException("inviteeId", "cohorts.error.inviteeInvited",
					"This person is already invited to the cohort.");
		}
	}

	/** A new knowledge leader is invited to the newest open cohort of the foundations course, if there is one. */
	@ApplicationModuleListener
	void on(LeaderAppointed event) {
		var cohort = catalog.courseIdBySlug(FOUNDATIONS).flatMap(cohorts::newestOpen);
		if (cohort.isEmpty()) {
			log.debug("No open cohort of the foundations course; leader {} is not invited", event.personId());
			return;
		}
		long cohortId = cohort.get().id();
		if (cohorts.invited(cohortId, event.personId()) || cohorts.enrolled(cohortId, event.personId())) {
			return;
		}
		send(cohort.get(), event.personId(), null);
	}

	private void send(Cohorts.Cohort cohort, long personId, Long invitedBy) {
		cohorts.invite(cohort.id(), personId, clock.instant());
		events.publishEvent(new CohortInvitationSent(personId, cohort.id(), cohort.name(), invitedBy));
	}
}
