package org.agora.initiatives;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.agora.people.PersonSummary;

/**
 * A support plan as its reader sees it, with what they may do on it. Without a plan yet, {@code plan} and
 * {@code coach} are null and {@code managers} names who could be the coach.
 */
record SupportView(PersonSummary leader, SupportPlan plan, PersonSummary coach, List<SupportPlan.Meeting> meetings,
		List<SupportPlan.Action> actions, List<SupportPlan.HelpRequest> helpRequests, List<SupportPlan.Read> reads,
		Map<Long, String> names, List<PersonSummary> managers, May may, boolean own, LocalDate today) {

	/** What the reader may do on the plan. */
	record May(boolean assignCoach, boolean recordMeeting, boolean agreeAction, boolean askForHelp,
			boolean answerHelp, boolean seeReadLog) {
	}

	public String name(long personId) {
		return names.getOrDefault(personId, "?");
	}

	public boolean hasPlan() {
		return plan != null;
	}
}
