package org.agora.initiatives;

/**
 * What the forms of an initiative's page hold: blank, or what was typed into the one that failed ({@code failed}
 * names it: milestone, update, obstacle, outcome, status), so that the typing comes back beside its errors.
 */
record InitiativeEntries(String failed, MilestoneForm milestone, String update, ObstacleForm obstacle,
		OutcomeForm outcome, String status, String stopReason) {

	static InitiativeEntries blank() {
		return new InitiativeEntries(null, MilestoneForm.blank(), "", ObstacleForm.blank(), OutcomeForm.blank(), "",
				"");
	}

	static InitiativeEntries milestone(MilestoneForm form) {
		return new InitiativeEntries("milestone", form, "", ObstacleForm.blank(), OutcomeForm.blank(), "", "");
	}

	static InitiativeEntries update(String body) {
		return new InitiativeEntries("update", MilestoneForm.blank(), body == null ? "" : body, ObstacleForm.blank(),
				OutcomeForm.blank(), "", "");
	}

	static InitiativeEntries obstacle(ObstacleForm form) {
		return new InitiativeEntries("obstacle", MilestoneForm.blank(), "", form, OutcomeForm.blank(), "", "");
	}

	static InitiativeEntries outcome(OutcomeForm form) {
		return new InitiativeEntries("outcome", MilestoneForm.blank(), "", ObstacleForm.blank(), form, "", "");
	}

	static InitiativeEntries status(String status, String stopReason) {
		return new InitiativeEntries("status", MilestoneForm.blank(), "", ObstacleForm.blank(), OutcomeForm.blank(),
				status == null ? "" : status, stopReason == null ? "" : stopReason);
	}

	boolean failed(String form) {
		return form.equals(failed);
	}
}
