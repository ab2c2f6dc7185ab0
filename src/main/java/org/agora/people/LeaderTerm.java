package org.agora.people;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One appointment of a knowledge leader: when it started, for how long, and the time their manager agreed to. */
@Table("people_leader_term")
class LeaderTerm {

	@Id
	Long id;

	Long personId;

	Long nominationId;

	LocalDate startDate;

	int termMonths;

	String cohortLabel;

	int hoursPerMonth;

	LocalDate endedOn;

	Instant createdAt;

	LeaderTerm() {
	}

	LeaderTerm(long personId, Long nominationId, LocalDate startDate, int termMonths, String cohortLabel,
			int hoursPerMonth, Instant createdAt) {
		this.personId = personId;
		this.nominationId = nominationId;
		this.startDate = startDate;
		this.termMonths = termMonths;
		this.cohortLabel = cohortLabel;
		this.hoursPerMonth = hoursPerMonth;
		this.createdAt = createdAt;
	}

	LocalDate plannedEnd() {
		return startDate.plusMonths(termMonths);
	}
}
