package org.agora.calendar;

/**
 * Who may see and register for an event. Invited people see an event whatever its audience; guests from partner
 * communities see only the events they are invited to.
 */
public enum Audience {

	/** Knowledge leaders (and community managers). */
	LEADERS,
	/** Every employee, leaders included. */
	EMPLOYEES,
	/** Only the people invited, members or guests. */
	INVITED;

	public String labelKey() {
		return "calendar.audience." + name();
	}
}
