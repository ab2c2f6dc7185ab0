package org.agora.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.agora.platform.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads events with their focus areas, tags and organizers, a fixed number of queries for any number of events. */
@Repository
@Transactional(readOnly = true)
class EventStore {

	static final String COLUMNS = """
			e.id, e.uid, e.title, e.description, e.event_type, e.starts_at, e.ends_at, e.time_zone, e.location,
			e.online_url, e.capacity, e.registration_deadline, e.audience, e.partner_organization, e.status,
			e.cancel_reason, e.sequence, e.check_in_code, e.held_at, e.created_by, e.created_at, e.updated_at""";

	private final JdbcClient jdbc;

	EventStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<CalendarEvent> find(long id) {
		return list("select " + COLUMNS + " from calendar_event e where e.id = :id", Map.of("id", id)).stream()
			.findFirst();
	}

	CalendarEvent get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("Event"));
	}

	/**
	 * Events of a query that selects {@link #COLUMNS} from {@code calendar_event e}, in the query's order, with their
	 * focus areas, tags and organizers.
	 */
	List<CalendarEvent> list(String sql, Map<String, ?> params) {
		var rows = jdbc.sql(sql).params(params).query(EventStore::row).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		var ids = rows.stream().map(Row::id).toList();
		Map<Long, Set<FocusArea>> focus = new LinkedHashMap<>();
		Map<Long, List<String>> tags = new LinkedHashMap<>();
		Map<Long, List<Long>> organizers = new LinkedHashMap<>();
		for (var chunk : chunks(ids)) {
			jdbc.sql("select event_id, focus from calendar_event_focus where event_id in (:ids)")
				.param("ids", chunk)
				.query((rs, n) -> {
					focus.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(FocusArea.class))
						.add(FocusArea.valueOf(rs.getString(2)));
					return null;
				})
				.list();
			jdbc.sql("select event_id, tag from calendar_event_tag where event_id in (:ids) order by tag")
				.param("ids", chunk)
				.query((rs, n) -> tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
				.list();
			jdbc.sql("select event_id, person_id from calendar_organizer where event_id in (:ids) order by person_id")
				.param("ids", chunk)
				.query((rs, n) -> organizers.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)))
				.list();
		}
		return rows.stream()
			.map(r -> r.event(focus.getOrDefault(r.id(), Set.of()), tags.getOrDefault(r.id(), List.of()),
					organizers.getOrDefault(r.id(), List.of())))
			.toList();
	}

	/** Seats taken and places on the waitlist, by event id. */
	Map<Long, Seats> seats(Collection<Long> eventIds) {
		if (eventIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Seats> seats = new LinkedHashMap<>();
		for (var chunk : chunks(List.copyOf(eventIds))) {
			jdbc.sql("""
					select event_id, sum(case when status = 'REGISTERED' then 1 else 0 end),
					  sum(case when status = 'WAITLISTED' then 1 else 0 end),
					  sum(case when attended_at is not null and status = 'REGISTERED' then 1 else 0 end)
					from calendar_registration where event_id in (:ids) group by event_id""")
				.param("ids", chunk)
				.query((rs, n) -> seats.put(rs.getLong(1), new Seats(rs.getInt(2), rs.getInt(3), rs.getInt(4))))
				.list();
		}
		return seats;
	}

	Seats seats(long eventId) {
		return seats(List.of(eventId)).getOrDefault(eventId, Seats.NONE);
	}

	/**
	 * @param registered people holding a seat
	 * @param waitlisted people waiting for one
	 * @param attended people checked in
	 */
	record Seats(int registered, int waitlisted, int attended) {

		static final Seats NONE = new Seats(0, 0, 0);

		/** Seats still free, or null when the event has no limit. */
		Integer free(Integer capacity) {
			return capacity == null ? null : Math.max(0, capacity - registered);
		}
	}

	private static List<List<Long>> chunks(List<Long> ids) {
		var chunks = new ArrayList<List<Long>>();
		for (int i = 0; i < ids.size(); i += 500) {
			chunks.add(ids.subList(i, Math.min(ids.size(), i + 500)));
		}
		return chunks;
	}

	private record Row(long id, String uid, String title, String description, EventType type, Instant startsAt,
			Instant endsAt, ZoneId zone, String location, String onlineUrl, Integer capacity, Instant deadline,
			Audience audience, String partner, EventStatus status, String cancelReason, int sequence, String code,
			Instant heldAt, long createdBy, Instant createdAt, Instant updatedAt) {

		CalendarEvent event(Set<FocusArea> focus, List<String> tags, List<Long> organizers) {
			return new CalendarEvent(id, uid, title, description, type, startsAt, endsAt, zone, location, onlineUrl,
					capacity, deadline, audience, partner, status, cancelReason, sequence, code, heldAt, createdBy,
					createdAt, updatedAt, focus.isEmpty() ? Set.of() : EnumSet.copyOf(focus), List.copyOf(tags),
					List.copyOf(organizers));
		}
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("uid"), rs.getString("title"), rs.getString("description"),
				EventType.valueOf(rs.getString("event_type")), instant(rs, "starts_at"), instant(rs, "ends_at"),
				ZoneId.of(rs.getString("time_zone")), rs.getString("location"), rs.getString("online_url"),
				rs.getObject("capacity", Integer.class), instant(rs, "registration_deadline"),
				Audience.valueOf(rs.getString("audience")), rs.getString("partner_organization"),
				EventStatus.valueOf(rs.getString("status")), rs.getString("cancel_reason"), rs.getInt("sequence"),
				rs.getString("check_in_code"), instant(rs, "held_at"), rs.getLong("created_by"),
				instant(rs, "created_at"), instant(rs, "updated_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
