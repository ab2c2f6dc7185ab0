package org.agora.initiatives;

/** A milestone as typed: its title and due date (ISO). */
record MilestoneForm(String title, String dueOn) {

	static MilestoneForm blank() {
		return new MilestoneForm("", "");
	}
}
