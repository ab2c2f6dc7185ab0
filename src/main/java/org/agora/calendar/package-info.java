/**
 * The community calendar: events, registrations and waitlists, attendance, feedback after events, iCalendar
 * downloads and feeds, and the quarterly cadence of community events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "people" })
package org.agora.calendar;
