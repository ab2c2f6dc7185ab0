package org.agora.calendar;

/** What kind of gathering an event is. */
public enum EventType {

	LECTURE, WORKSHOP, STUDY_TOUR, JOINT_EVENT, ONLINE_MEETUP, CELEBRATION;

	/** Whether the event takes the community outside the organization: a study tour or a joint event. */
	public boolean external() {
		return this == STUDY_TOUR || this == JOINT_EVENT;
	}

	/** Message key of the type's name. */
	public String labelKey() {
		return "calendar.type." + name();
	}
}
