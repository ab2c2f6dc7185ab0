package org.agora.initiatives;

/**
 * The forms of a support plan, every field as text so that what was typed comes back with the errors. People are
 * named by id, as the forms offer them in a list.
 */
final class SupportForms {

	private SupportForms() {
	}

	record Coach(String coach, String focus) {

		static final Coach BLANK = new Coach("", "");
	}

	/** @param metOn an ISO date, today or earlier */
	record Meeting(String metOn, String notes) {

		static final Meeting BLANK = new Meeting("", "");
	}

	/** @param owner the id of the leader or the coach */
	record Action(String title, String owner, String dueOn) {

		static final Action BLANK = new Action("", "", "");
	}

	record Help(String category, String body) {

		static final Help BLANK = new Help("", "");
	}

	record Answer(String answer) {

		static final Answer BLANK = new Answer("");
	}
}
