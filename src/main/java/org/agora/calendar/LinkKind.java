package org.agora.calendar;

/** Links organizers add to an event, usually afterwards. */
public enum LinkKind {

	MATERIAL, RECORDING;

	public String labelKey() {
		return "calendar.link." + name();
	}
}
