package org.agora.calendar;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Loads an event for a viewer the way every attendance, feedback and invitation page does: an event the viewer may
 * not see does not exist for them (404); one they see but do not organize is forbidden (403).
 */
@Component
class EventAccess {

	private final EventStore store;

	private final CalendarPolicy policy;

	EventAccess(EventStore store, CalendarPolicy policy) {
		this.store = store;
		this.policy = policy;
	}

	CalendarEvent visible(AgoraPrincipal viewer, long eventId) {
		var event = store.find(eventId).orElseThrow(() -> new NotFoundException("Event"));
		if (!policy.maySee(viewer, event)) {
			throw new NotFoundException("Event");
		}
		return event;
	}

	CalendarEvent organized(AgoraPrincipal viewer, long eventId) {
		var event = visible(viewer, eventId);
		if (!policy.mayOrganize(viewer, event)) {
			throw new AccessDeniedException("Only the event's organizers and community managers do this");
		}
		return event;
	}
}
