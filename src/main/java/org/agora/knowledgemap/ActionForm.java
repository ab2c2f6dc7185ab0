package org.agora.knowledgemap;

/** A new action of a retention plan, as typed: the kind, title, owner (a person's id) and due date. */
record ActionForm(String kind, String title, String ownerId, String dueOn) {

	static final ActionForm BLANK = new ActionForm("", "", "", "");
}
