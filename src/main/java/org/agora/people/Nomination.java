package org.agora.people;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A proposal that a colleague become a knowledge leader, and the community manager's decision on it. */
@Table("people_nomination")
class Nomination extends AbstractAggregateRoot<Nomination> {

	@Id
	Long id;

	Long nomineeId;

	Long nominatorId;

	String reason;

	NominationStatus status;

	Instant createdAt;

	Long decidedBy;

	Instant decidedAt;

	String decisionNote;

	@Version
	Integer version;

	@MappedCollection(idColumn = "nomination_id")
	Set<Assessment> assessments = new HashSet<>();

	Nomination() {
	}

	static Nomination propose(long nomineeId, long nominatorId, String reason, Instant now) {
		var nomination = new Nomination();
		nomination.nomineeId = nomineeId;
		nomination.nominatorId = nominatorId;
		nomination.reason = reason.strip();
		nomination.status = NominationStatus.PENDING;
		nomination.createdAt = now;
		return nomination;
	}

	/** Registers the event once the nomination has its id. */
	Nomination announced() {
		registerEvent(new LeaderNominated(id, nomineeId, nominatorId));
		return this;
	}

	void accept(long managerId, Map<String, Boolean> criteria, String note, Instant now) {
		decide(NominationStatus.ACCEPTED, managerId, criteria, note, now);
	}

	void decline(long managerId, Map<String, Boolean> criteria, String note, Instant now) {
		decide(NominationStatus.DECLINED, managerId, criteria, note, now);
		registerEvent(new NominationDeclined(id, nomineeId, nominatorId));
	}

	private void decide(NominationStatus outcome, long managerId, Map<String, Boolean> criteria, String note,
			Instant now) {
		if (status != NominationStatus.PENDING) {
			throw new IllegalStateException("Nomination " + id + " was already decided");
		}
		status = outcome;
		decidedBy = managerId;
		decidedAt = now;
		decisionNote = note == null || note.isBlank() ? null : note.strip();
		assessments.clear();
		criteria.forEach((code, met) -> assessments.add(new Assessment(code, met)));
	}

	boolean met(String criterion) {
		return assessments.stream().anyMatch(a -> a.criterionCode().equals(criterion) && a.met());
	}

	@Table("people_nomination_assessment")
	record Assessment(String criterionCode, boolean met) {
	}
}
