package org.agora.initiatives;

/**
 * A new task as typed on the board or sent to the API.
 *
 * @param assigneeId a member's person id, or blank for nobody yet
 * @param dueOn an ISO date, or blank
 */
record TaskForm(String title, String description, String assigneeId, String dueOn) {

	static TaskForm blank() {
		return new TaskForm("", "", "", "");
	}
}
