package org.agora.calendar;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Community events as JSON, with the same permission checks and rules as the pages. */
@RestController
@RequestMapping("/api/v1/events")
@Tag(name = "Events", description = "Community events, registration and the waitlist")
class EventsApi {

	static final int MAX_SIZE = 100;

	/** Errors about the state of an event rather than the input: it is cancelled, over, or closed. */
	static final Set<String> CONFLICTS = Set.of("calendar.error.alreadyCancelled", "calendar.error.cancelPast",
			"calendar.error.cancelledEvent", "calendar.error.cancelStarted", "calendar.error.registerCancelled",
			"calendar.error.registerClosed", "calendar.error.registerPast", "calendar.error.notRegistered",
			"calendar.error.changedMeanwhile");

	record PageJson<T>(List<T> items, int page, int size, long total) {
	}

	/** @param position the place on the waitlist (1 is next), or 0 with a seat */
	record StandingJson(RegistrationStatus status, int position) {
	}

	/** @param position the place in the queue of seats or of the waitlist, from 1 */
	record RegistrantJson(long personId, String name, String email, int position, Instant registeredAt,
			boolean attended, Instant attendedAt) {
	}

	record RegistrationsJson(long eventId, List<RegistrantJson> registered, List<RegistrantJson> waitlist) {
	}

	private final EventStore store;

	private final CalendarPolicy policy;

	private final EventEditor editor;

	private final Registrations registrations;

	private final EventJsons jsons;

	private final JdbcClient jdbc;

	private final ZoneId organizationZone;

	EventsApi(EventStore store, CalendarPolicy policy, EventEditor editor, Registrations registrations,
			EventJsons jsons, JdbcClient jdbc, @Value("${agora.time-zone:UTC}") ZoneId organizationZone) {
		this.store = store;
		this.policy = policy;
		this.editor = editor;
		this.registrations = registrations;
		this.jsons = jsons;
		this.jdbc = jdbc;
		this.organizationZone = organizationZone;
	}

	@GetMapping
	@Operation(summary = "Events the viewer may see, by start; from and to are dates in the viewer's time zone")
	PageJson<EventJsons.EventJson> list(@AuthenticationPrincipal AgoraPrincipal viewer,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String type, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		if (page < 0) {
			throw new InvalidInputException("page", "calapi.error.page", "The page is a number from 0.");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidInputException("size", "calapi.error.size", "The size is a number from 1 to 100.");
		}
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidInputException("to", "calapi.error.toBeforeFrom", "The date \"to\" is before \"from\".");
		}
		var visible = policy.visible(viewer);
		var where = new StringBuilder(" from calendar_event e where ").append(visible.where());
		Map<String, Object> params = new HashMap<>(visible.params());
		ZoneId zone = zone(viewer);
		if (from != null) {
			where.append(" and e.ends_at > :from");
			params.put("from", Timestamp.from(from.atStartOfDay(zone).toInstant()));
		}
		if (to != null) {
			where.append(" and e.starts_at < :to");
			params.put("to", Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()));
		}
		if (type != null && !type.isBlank()) {
			where.append(" and e.event_type = :type");
			params.put("type", EventEditor.parseEnum(EventType.class, type, "type", "calendar.error.type",
					"Choose the type of the event.").name());
		}
		long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
		var events = store.list("select " + EventStore.COLUMNS + where + " order by e.starts_at, e.id limit " + size
				+ " offset " + (long) page * size, params);
		return new PageJson<>(jsons.of(viewer, events), page, size, total);
	}

	@PostMapping
	@Operation(summary = "Plan an event; local date-times are in timeZone, organizers are email addresses")
	ResponseEntity<EventJsons.EventJson> create(@AuthenticationPrincipal AgoraPrincipal viewer,
			@RequestBody(required = false) Map<String, Object> json) {
		if (!policy.mayCreate(viewer)) {
			throw new AccessDeniedException("Only community managers and knowledge leaders plan events");
		}
		String email = organizerEmails(List.of(viewer.personId())).stream().findFirst().orElse("");
		var form = EventRequests.merge(EventForm.blank(zone(viewer), email), json);
		long id = editor.create(viewer, form);
		return ResponseEntity.created(URI.create("/api/v1/events/" + id)).body(jsons.of(viewer, store.get(id)));
	}

	@GetMapping("/{id}")
	ResponseEntity<EventJsons.EventJson> event(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id) {
		var event = visible(viewer, id);
		return ResponseEntity.ok().eTag(etag(event)).body(jsons.of(viewer, event));
	}

	/** The event's version, for {@code If-Match} on a change. */
	private static String etag(CalendarEvent event) {
		return "\"" + event.sequence() + "\"";
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Change an event: the fields given replace the event's, the others keep their values")
	ResponseEntity<EventJsons.EventJson> change(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@RequestBody(required = false) Map<String, Object> json) {
		var event = organized(viewer, id);
		Integer expected = null;
		if (ifMatch != null && !ifMatch.isBlank() && !"*".equals(ifMatch.strip())) {
			try {
				expected = Integer.parseInt(ifMatch.replaceAll("^W/", "").replace("\"", "").strip());
			}
			catch (NumberFormatException e) {
				expected = -1;
			}
		}
		// without If-Match the request changes the event as it is now: fields left out keep today's values
		if (expected == null) {
			expected = event.sequence();
		}
		var form = EventRequests.merge(EventForm.of(event, organizerEmails(event.organizerIds())), json);
		editor.update(viewer, id, form, expected);
		var changed = store.get(id);
		return ResponseEntity.ok().eTag(etag(changed)).body(jsons.of(viewer, changed));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Cancel an event; registrants are told, with the reason if one is given")
	ResponseEntity<Void> cancel(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(required = false) String reason, @RequestBody(required = false) Map<String, Object> json) {
		String text = reason;
		if (text == null && json != null && json.get("reason") != null) {
			if (!(json.get("reason") instanceof String given)) {
				throw new InvalidInputException("reason", "calapi.error.type", "\"reason\" is to be text.");
			}
			text = given;
		}
		editor.cancel(viewer, id, text);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/registration")
	@Operation(summary = "Register, or join the waitlist when the event is full")
	StandingJson register(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id) {
		var standing = registrations.register(viewer, id);
		return new StandingJson(standing.status(), standing.position());
	}

	@DeleteMapping("/{id}/registration")
	@Operation(summary = "Give up a seat or a place on the waitlist")
	ResponseEntity<Void> unregister(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id) {
		registrations.cancel(viewer, id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/registrations")
	@Operation(summary = "For organizers: the people registered and on the waitlist, in order")
	RegistrationsJson registrationsOf(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id) {
		organized(viewer, id);
		var rows = jdbc.sql("""
				select r.person_id, p.full_name, p.email, r.status, r.registered_at,
				  case when r.status = 'REGISTERED' then r.attended_at end as attended_at
				from calendar_registration r join people_person p on p.id = r.person_id
				where r.event_id = :id and r.status in ('REGISTERED', 'WAITLISTED') order by r.queue_no""")
			.param("id", id)
			.query((rs, n) -> Map.entry(RegistrationStatus.valueOf(rs.getString(4)),
					new RegistrantJson(rs.getLong(1), rs.getString(2), rs.getString(3), 0,
							EventStore.instant(rs, "registered_at"), rs.getTimestamp(6) != null,
							EventStore.instant(rs, "attended_at"))))
			.list();
		return new RegistrationsJson(id, numbered(rows, RegistrationStatus.REGISTERED),
				numbered(rows, RegistrationStatus.WAITLISTED));
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
		boolean conflict = CONFLICTS.contains(e.messageKey());
		var problem = ProblemDetail.forStatusAndDetail(conflict ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
				conflict ? e.getMessage() : "Invalid " + e.field());
		problem.setTitle(conflict ? "Conflict" : "Invalid input");
		problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

	private static List<RegistrantJson> numbered(List<Map.Entry<RegistrationStatus, RegistrantJson>> rows,
			RegistrationStatus status) {
		var matching = rows.stream().filter(r -> r.getKey() == status).map(Map.Entry::getValue).toList();
		return IntStream.range(0, matching.size()).mapToObj(i -> {
			var r = matching.get(i);
			return new RegistrantJson(r.personId(), r.name(), r.email(), i + 1, r.registeredAt(), r.attended(),
					r.attendedAt());
		}).toList();
	}

	private CalendarEvent visible(AgoraPrincipal viewer, long id) {
		return store.find(id).filter(e -> policy.maySee(viewer, e)).orElseThrow(() -> new NotFoundException("Event"));
	}

	private CalendarEvent organized(AgoraPrincipal viewer, long id) {
		var event = visible(viewer, id);
		if (!policy.mayOrganize(viewer, event)) {
			throw new AccessDeniedException("Only the event's organizers");
		}
		return event;
	}

	private List<String> organizerEmails(List<Long> personIds) {
		if (personIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select email from people_person where id in (:ids) order by id")
			.param("ids", personIds)
			.query(String.class)
			.list();
	}

	private ZoneId zone(AgoraPrincipal viewer) {
		return viewer.zone() != null ? viewer.zone() : organizationZone;
	}
}
