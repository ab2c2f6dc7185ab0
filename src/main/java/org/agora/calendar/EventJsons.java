package org.agora.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.agora.platform.AgoraProperties;
import org.agora.platform.security.AgoraPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Events as the API shows them to a viewer: seats, organizers, links, the viewer's own standing. */
@Component
@Transactional(readOnly = true)
class EventJsons {

	/**
	 * @param start the start as a UTC instant
	 * @param localStart the start as a local date-time in {@code timeZone}, the way events are typed
	 * @param myStatus the viewer's registration, or null
	 * @param myPosition the viewer's place on the waitlist (1 is next), or null
	 * @param checkInCode the code attendees check in with, for organizers only
	 */
	record EventJson(long id, String title, String description, EventType type, Set<FocusArea> focus,
			List<String> tags, Instant start, Instant end, String localStart, String localEnd, String timeZone,
			String location, String onlineUrl, Integer capacity, SeatsJson seats, Instant registrationDeadline,
			Audience audience, String partnerOrganization, EventStatus status, String cancelReason,
			List<PersonRef> organizers, List<LinkJson> links, String url, RegistrationStatus myStatus,
			Integer myPosition, @JsonInclude(JsonInclude.Include.NON_NULL) String checkInCode) {
	}

	/** @param free seats left, or null when there is no limit */
	record SeatsJson(int registered, int waitlisted, Integer free) {
	}

	record PersonRef(long id, String name) {
	}

	record LinkJson(long id, LinkKind kind, String title, String url) {
	}

	private final EventStore store;

	private final CalendarPolicy policy;

	private final Registrations registrations;

	private final JdbcClient jdbc;

	private final AgoraProperties properties;

	EventJsons(EventStore store, CalendarPolicy policy, Registrations registrations, JdbcClient jdbc,
			AgoraProperties properties) {
		this.store = store;
		this.policy = policy;
		this.registrations = registrations;
		this.jdbc = jdbc;
		this.properties = properties;
	}

	EventJson of(AgoraPrincipal viewer, CalendarEvent event) {
		return of(viewer, List.of(event)).get(0);
	}

	List<EventJson> of(AgoraPrincipal viewer, List<CalendarEvent> events) {
		if (events.isEmpty()) {
			return List.of();
		}
		var ids = events.stream().map(CalendarEvent::id).toList();
		var seats = store.seats(ids);
		var names = names(events.stream().flatMap(e -> e.organizerIds().stream()).distinct().toList());
		var links = links(ids);
		var mine = statuses(viewer.personId(), ids);
		return events.stream().map(e -> {
			var s = seats.getOrDefault(e.id(), EventStore.Seats.NONE);
			var status = mine.get(e.id());
			Integer position = status == RegistrationStatus.WAITLISTED
					? registrations.standingOf(e.id(), viewer.personId()).map(Registrations.Standing::position).orElse(null)
					: null;
			return new EventJson(e.id(), e.title(), e.description(), e.type(), e.focus(), e.tags(), e.startsAt(),
					e.endsAt(), local(e.startsAt(), e), local(e.endsAt(), e), e.zone().getId(), e.location(),
					e.onlineUrl(), e.capacity(), new SeatsJson(s.registered(), s.waitlisted(), s.free(e.capacity())),
					e.registrationDeadline(), e.audience(), e.partnerOrganization(), e.status(), e.cancelReason(),
					e.organizerIds().stream().map(id -> new PersonRef(id, names.get(id))).toList(),
					links.getOrDefault(e.id(), List.of()), properties.link(e.path()), status, position,
					policy.mayOrganize(viewer, e) ? e.checkInCode() : null);
		}).toList();
	}

	private static String local(Instant instant, CalendarEvent event) {
		return LocalDateTime.ofInstant(instant, event.zone()).format(EventForm.LOCAL);
	}

	private Map<Long, String> names(List<Long> personIds) {
		var names = new HashMap<Long, String>();
		if (!personIds.isEmpty()) {
			jdbc.sql("select id, full_name from people_person where id in (:ids)")
				.param("ids", personIds)
				.query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
				.list();
		}
		return names;
	}

	private Map<Long, List<LinkJson>> links(List<Long> eventIds) {
		var links = new HashMap<Long, List<LinkJson>>();
		jdbc.sql("""
				select id, event_id, kind, title, url from calendar_event_link where event_id in (:ids)
				order by added_at, id""")
			.param("ids", eventIds)
			.query((rs, n) -> links.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
				.add(new LinkJson(rs.getLong(1), LinkKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5))))
			.list();
		return links;
	}

	private Map<Long, RegistrationStatus> statuses(long personId, List<Long> eventIds) {
		var statuses = new HashMap<Long, RegistrationStatus>();
		jdbc.sql("""
				select event_id, status from calendar_registration
				where person_id = :person and event_id in (:ids) and status <> 'CANCELLED'""")
			.param("person", personId)
			.param("ids", eventIds)
			.query((rs, n) -> statuses.put(rs.getLong(1), RegistrationStatus.valueOf(rs.getString(2))))
			.list();
		return statuses;
	}
}
