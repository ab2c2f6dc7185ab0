package org.agora.knowledgemap;

/**
 * What completing an action says: its result (CAPTURED, SUCCESSOR or NONE), the successor when the result names one,
 * and optionally a link to what it produced.
 */
record ActionDoneForm(String result, String successorId, String linkKind, String linkPath, String linkLabel) {

	static final ActionDoneForm BLANK = new ActionDoneForm("", "", "", "", "");
}
