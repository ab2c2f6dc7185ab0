package org.agora.people;

import static org.agora.platform.Text.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The knowledge-leader programme: nomination, review against the criteria, appointment, and alumni. */
@Service
class LeaderProgramme {

	private final Nominations nominations;

	private final Persons persons;

	private final LeaderTerms terms;

	private final PeoplePolicy policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final java.util.function.Supplier<java.util.Set<String>> activeCriteria;

	LeaderProgramme(Nominations nominations, Persons persons, LeaderTerms terms, PeoplePolicy policy,
			ApplicationEventPublisher events, Clock clock, NominationViews views) {
		this.activeCriteria = () -> views.criteria().stream().map(NominationViews.Criterion::code)
			.collect(java.util.stream.Collectors.toSet());
		this.nominations = nominations;
		this.persons = persons;
		this.terms = terms;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	record NominateCommand(long nomineeId, String reason) {
	}

	/**
	 * @param accept accept and appoint, or decline
	 * @param criteria the selection criteria the manager judged met
	 */
	record DecisionCommand(boolean accept, Map<String, Boolean> criteria, String note, LocalDate startDate,
			Integer termMonths, String cohortLabel, Integer hoursPerMonth) {
	}

	@Transactional
	Nomination nominate(AgoraPrincipal viewer, NominateCommand command) {
		if (!policy.mayNominate(viewer)) {
			throw new AccessDeniedException("Not allowed to nominate");
		}
		var nominee = persons.findById(command.nomineeId())
			.filter(p -> p.active && PeoplePolicy.isMember(p.roleSet()) && p.id != viewer.personId())
			.orElseThrow(() -> new InvalidInputException("nomineeId", "nomination.error.nominee",
					"Choose a colleague to nominate."));
		if (command.reason() == null || command.reason().isBlank()) {
			throw new InvalidInputException("reason", "nomination.error.reason", "Say why this colleague should lead.");
		}
		if (command.reason().length() > 4000) {
			throw new InvalidInputException("reason", "nomination.error.reasonLength",
					"The reason is longer than 4000 characters.");
		}
		if (nominee.leaderStatus == LeaderStatus.ACTIVE) {
			throw new InvalidInputException("nomineeId", "nomination.error.alreadyLeader",
					"This colleague is already a knowledge leader.");
		}
		if (nominations.existsByNomineeIdAndNominatorIdAndStatus(nominee.id, viewer.personId(),
				NominationStatus.PENDING)) {
			throw new InvalidInputException("nomineeId", "nomination.error.pending",
					"You have already nominated this colleague; the nomination is waiting for review.");
		}
		var saved = nominations.save(Nomination.propose(nominee.id, viewer.personId(), command.reason(), clock.instant()));
		nominee.markNominee();
		persons.save(nominee);
		return nominations.save(saved.announced());
	}

	@Transactional
	Nomination decide(AgoraPrincipal viewer, long nominationId, DecisionCommand command) {
		if (!policy.mayReviewNominations(viewer)) {
			throw new AccessDeniedException("Not allowed to review nominations");
		}
		var nomination = nominations.findById(nominationId).orElseThrow(() -> new NotFoundException("Nomination"));
		if (!policy.mayDecide(viewer, nomination)) {
			throw new AccessDeniedException("Nobody decides a nomination about themselves");
		}
		if (nomination.status != NominationStatus.PENDING) {
			throw new InvalidInputException("accept", "nomination.error.decided", "This nomination was already decided.");
		}
		if (command.note() != null && command.note().length() > 2000) {
			throw new InvalidInputException("note", "nomination.error.noteLength", "The note is longer than 2000 characters.");
		}
		var now = clock.instant();
		var criteria = command.criteria() == null ? Map.<String, Boolean>of() : command.criteria();
		var known = activeCriteria.get();
		criteria.keySet().stream().filter(code -> !known.contains(code)).findFirst().ifPresent(code -> {
			throw new InvalidInputException("criteria", "nomination.error.criterion",
					"There is no active selection criterion " + code + ".");
		});
		if (!command.accept()) {
			nomination.decline(viewer.personId(), criteria, command.note(), now);
			var saved = nominations.save(nomination);
			var nominee = persons.findById(nomination.nomineeId).orElseThrow();
			if (nominee.leaderStatus == LeaderStatus.NOMINEE
					&& !nominations.existsByNomineeIdAndStatus(nominee.id, NominationStatus.PENDING)) {
				nominee.leaderStatus = null;
				persons.save(nominee);
			}
			return saved;
		}
		validateAppointment(command);
		nomination.accept(viewer.personId(), criteria, command.note(), now);
		nominations.save(nomination);
		// colleagues who nominated the same person are answered by the same decision
		nominations.findByNomineeIdAndStatus(nomination.nomineeId, NominationStatus.PENDING).forEach(other -> {
			other.accept(viewer.personId(), criteria, command.note(), now);
			nominations.save(other);
		});
		var nominee = persons.findById(nomination.nomineeId).orElseThrow();
		nominee.becomeLeader();
		persons.save(nominee);
		terms.save(new LeaderTerm(nominee.id, nomination.id, command.startDate(), command.termMonths(),
				blankToNull(command.cohortLabel()), command.hoursPerMonth(), now));
		events.publishEvent(new LeaderAppointed(nominee.id, nomination.id, nomination.nominatorId, nominee.unitId, command.startDate(),
				blankToNull(command.cohortLabel())));
		return nomination;
	}

	private static void validateAppointment(DecisionCommand command) {
		if (command.startDate() == null) {
			throw new InvalidInputException("startDate", "appointment.error.startDate", "Give the start date.");
		}
		if (command.termMonths() == null || command.termMonths() < 1 || command.termMonths() > 60) {
			throw new InvalidInputException("termMonths", "appointment.error.term",
					"The term is between 1 and 60 months.");
		}
		if (command.hoursPerMonth() == null || command.hoursPerMonth() < 1 || command.hoursPerMonth() > 160) {
			throw new InvalidInputException("hoursPerMonth", "appointment.error.hours",
					"The agreed time is between 1 and 160 hours a month.");
		}
		if (command.cohortLabel() != null && command.cohortLabel().length() > 100) {
			throw new InvalidInputException("cohortLabel", "appointment.error.cohort",
					"The cohort label is longer than 100 characters.");
		}
	}

	/** Ends an active leader's term: they become alumni. */
	@Transactional
	void retire(AgoraPrincipal viewer, long personId) {
		if (!policy.mayReviewNominations(viewer)) {
			throw new AccessDeniedException("Not allowed to end leader terms");
		}
		var person = persons.findById(personId).orElseThrow(() -> new NotFoundException("Person"));
		if (person.leaderStatus != LeaderStatus.ACTIVE) {
			throw new InvalidInputException("personId", "leader.error.notActive", "This person is not an active leader.");
		}
		person.retireAsLeader();
		persons.save(person);
		var today = LocalDate.ofInstant(clock.instant(), clock.getZone());
		terms.findByPersonIdOrderByStartDateDesc(personId).stream().filter(t -> t.endedOn == null).forEach(t -> {
			t.endedOn = today;
			terms.save(t);
		});
		events.publishEvent(new LeaderRetired(personId));
	}
}
