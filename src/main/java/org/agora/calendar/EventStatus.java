package org.agora.calendar;

/** An event is scheduled until its organizers cancel it. */
public enum EventStatus {

	SCHEDULED, CANCELLED
}
