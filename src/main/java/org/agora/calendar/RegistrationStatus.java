package org.agora.calendar;

/** Where a person stands for an event: a seat, a place on the waitlist, or neither any more. */
public enum RegistrationStatus {

	REGISTERED, WAITLISTED, CANCELLED;

	public String labelKey() {
		return "calendar.registration." + name();
	}
}
