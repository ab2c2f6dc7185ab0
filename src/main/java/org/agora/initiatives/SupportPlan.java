package org.agora.initiatives;

import java.time.Instant;
import java.time.LocalDate;

/** A knowledge leader's private support plan and its coach. */
record SupportPlan(long id, long leaderId, long coachId, String focus, Instant createdAt, Instant updatedAt) {

	/** One 1:1 meeting, with the coach's private notes. */
	record Meeting(long id, LocalDate metOn, String notes, long writtenBy, Instant createdAt) {
	}

	/** An action agreed in the plan, owned by the leader or the coach. */
	record Action(long id, String title, long ownerId, LocalDate dueOn, Instant doneAt, long createdBy) {

		boolean done() {
			return doneAt != null;
		}

		boolean overdue(LocalDate today) {
			return !done() && dueOn.isBefore(today);
		}
	}

	/** "I need help with…": open until the coach (or a manager) answers it. */
	record HelpRequest(long id, HelpCategory category, String body, String status, String answer, Long answeredBy,
			Instant answeredAt, Instant createdAt) {

		static final String OPEN = "OPEN";

		static final String RESOLVED = "RESOLVED";

		boolean open() {
			return OPEN.equals(status);
		}
	}

	/** Someone other than the leader read the plan. */
	record Read(long readerId, String channel, Instant readAt) {

		static final String PAGE = "PAGE";

		static final String API = "API";
	}
}
