package org.agora.calendar;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.agora.platform.web.Page;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists of events a person browses: upcoming or past with filters, a span of time for the month and quarter
 * views, and their own registrations. Every list holds only the events {@link CalendarPolicy#visible} lets the viewer
 * see.
 */
@Service
@Transactional(readOnly = true)
class CalendarViews {

	static final int PAGE_SIZE = 20;

	private static final int MINE_LIMIT = 100;

	/**
	 * An event in a list, with its seats and where the viewer stands.
	 *
	 * @param taken people holding a seat
	 * @param waiting people on the waitlist
	 * @param standing the viewer's registration or place on the waitlist, or null
	 */
	/** @param over whether the event has ended, by the application's clock */
	record Listing(CalendarEvent event, int taken, int waiting, Registrations.Standing standing, boolean over) {

		/** Seats still free, or null without a limit. */
		Integer free() {
			return event.capacity() == null ? null : Math.max(0, event.capacity() - taken);
		}

		boolean full() {
			return event.capacity() != null && taken >= event.capacity();
		}

		boolean registered() {
			return standing != null && standing.status() == RegistrationStatus.REGISTERED;
		}

		boolean onWaitlist() {
			return standing != null && standing.status() == RegistrationStatus.WAITLISTED;
		}

		/** The start in the event's own time zone, for showing beside the viewer's time when the zones differ. */
		String localStart(Locale locale) {
			return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
				.withLocale(locale)
				.format(event.startsAt().atZone(event.zone()));
		}
	}

	/**
	 * What the upcoming list is narrowed to; null leaves a filter out.
	 *
	 * @param past events already over, latest first, instead of those still to come
	 */
	record Filters(EventType type, FocusArea focus, String tag, boolean past) {

		static final Filters NONE = new Filters(null, null, null, false);

		Filters {
			tag = tag == null || tag.isBlank() ? null : tag.strip();
		}
	}

	/** A past event the person held a seat for, with its seats. */
	record Attended(Listing listing, boolean attended) {

		CalendarEvent event() {
			return listing.event();
		}
	}

	/** The person's own events. */
	record Mine(List<Listing> upcoming, List<Attended> past, List<Listing> organizing) {
	}

	private final JdbcClient jdbc;

	private final EventStore store;

	private final CalendarPolicy policy;

	private final Clock clock;

	private final Cadence cadence;

	private final ZoneId organizationZone;

	CalendarViews(JdbcClient jdbc, EventStore store, CalendarPolicy policy, Cadence cadence, Clock clock,
			@Value("${agora.time-zone:UTC}") ZoneId organizationZone) {
		this.cadence = cadence;
		this.jdbc = jdbc;
		this.store = store;
		this.policy = policy;
		this.clock = clock;
		this.organizationZone = organizationZone;
	}

	/** The time zone the viewer reads times in: their own, or the organization's. */
	ZoneId zoneOf(AgoraPrincipal viewer) {
		return viewer.zone() != null ? viewer.zone() : organizationZone;
	}

	Instant now() {
		return clock.instant();
	}

	/** A page of the events to come (or, with {@link Filters#past}, gone) that the viewer may see. */
	Page<Listing> upcoming(AgoraPrincipal viewer, Filters filters, int page) {
		var query = new Query(policy.visible(viewer));
		query.and(filters.past() ? "e.ends_at <= :now" : "e.ends_at > :now", "now", Timestamp.from(clock.instant()));
		if (filters.type() != null) {
			query.and("e.event_type = :type", "type", filters.type().name());
		}
		if (filters.focus() != null) {
			query.and("exists (select 1 from calendar_event_focus f where f.event_id = e.id and f.focus = :focus)",
					"focus", filters.focus().name());
		}
		if (filters.tag() != null) {
			query.and("exists (select 1 from calendar_event_tag t where t.event_id = e.id and lower(t.tag) = :tag)",
					"tag", filters.tag().toLowerCase(Locale.ROOT));
		}
		long total = jdbc.sql("select count(*) from calendar_event e where " + query.where)
			.params(query.params)
			.query(Long.class)
			.single();
		int shown = Math.max(0, page);
		String order = filters.past() ? "e.starts_at desc, e.id desc" : "e.starts_at, e.id";
		query.params.put("limit", PAGE_SIZE);
		query.params.put("offset", (long) shown * PAGE_SIZE);
		var events = store.list("select " + EventStore.COLUMNS + " from calendar_event e where " + query.where
				+ " order by " + order + " limit :limit offset :offset", query.params);
		return new Page<>(listings(viewer, events), shown, PAGE_SIZE, total);
	}

	/** The events the viewer may see that start from one instant up to another, in order. */
	List<Listing> between(AgoraPrincipal viewer, Instant from, Instant to) {
		var query = new Query(policy.visible(viewer));
		query.and("e.starts_at >= :from", "from", Timestamp.from(from));
		query.and("e.starts_at < :to", "to", Timestamp.from(to));
		return listings(viewer, store.list("select " + EventStore.COLUMNS + " from calendar_event e where "
				+ query.where + " order by e.starts_at, e.id", query.params));
	}

	/**
	 * Whether the viewer is told how the year stands against the cadence. The cadence counts every event, so a guest
	 * who holds no other role, and sees only the events they are invited to, is not told: the counts would say how
	 * many events there are that they may not see.
	 */
	static boolean showsCadence(AgoraPrincipal viewer) {
		return !viewer.roles().equals(Set.of(Role.GUEST));
	}

	/** The year's quarters against the cadence, counted over every event, each with the events the viewer may see. */
	YearView year(AgoraPrincipal viewer, int year) {
		var zone = cadence.zone();
		var visible = between(viewer, new Quarter(year, 1).start(zone), new Quarter(year + 1, 1).start(zone));
		return YearView.of(cadence.year(year), visible, zone);
	}

	/** The viewer's registrations to come and gone, and the events they organize that are still to come. */
	Mine mine(AgoraPrincipal viewer) {
		var now = Timestamp.from(clock.instant());
		var upcoming = new Query(policy.visible(viewer));
		upcoming.and("e.ends_at > :now", "now", now);
		upcoming.and("""
				exists (select 1 from calendar_registration r where r.event_id = e.id and r.person_id = :me
				        and r.status <> 'CANCELLED')""", "me", viewer.personId());
		var past = new Query(policy.visible(viewer));
		past.and("e.ends_at <= :now", "now", now);
		past.and("""
				exists (select 1 from calendar_registration r where r.event_id = e.id and r.person_id = :me
				        and r.status = 'REGISTERED')""", "me", viewer.personId());
		var organizing = new Query(policy.visible(viewer));
		organizing.and("e.ends_at > :now", "now", now);
		organizing.and("exists (select 1 from calendar_organizer o where o.event_id = e.id and o.person_id = :me)",
				"me", viewer.personId());
		var pastEvents = store.list(select(past, "e.starts_at desc, e.id desc"), past.params);
		var attended = attended(viewer.personId(), pastEvents.stream().map(CalendarEvent::id).toList());
		return new Mine(listings(viewer, store.list(select(upcoming, "e.starts_at, e.id"), upcoming.params)),
				listings(viewer, pastEvents).stream()
					.map(l -> new Attended(l, attended.contains(l.event().id())))
					.toList(),
				listings(viewer, store.list(select(organizing, "e.starts_at, e.id"), organizing.params)));
	}

	private static String select(Query query, String order) {
		return "select " + EventStore.COLUMNS + " from calendar_event e where " + query.where + " order by " + order
				+ " limit " + MINE_LIMIT;
	}

	private List<Listing> listings(AgoraPrincipal viewer, List<CalendarEvent> events) {
		var ids = events.stream().map(CalendarEvent::id).toList();
		var seats = store.seats(ids);
		var standings = standings(viewer.personId(), ids);
		var now = clock.instant();
		return events.stream().map(e -> {
			var s = seats.getOrDefault(e.id(), EventStore.Seats.NONE);
			return new Listing(e, s.registered(), s.waitlisted(), standings.get(e.id()), e.ended(now));
		}).toList();
	}

	/** Where the person stands for each of the events they are registered or waiting for. */
	private Map<Long, Registrations.Standing> standings(long personId, Collection<Long> eventIds) {
		Map<Long, Registrations.Standing> standings = new LinkedHashMap<>();
		if (eventIds.isEmpty()) {
			return standings;
		}
		jdbc.sql("""
				select r.event_id, r.status,
				  (select count(*) from calendar_registration w where w.event_id = r.event_id
				   and w.status = 'WAITLISTED' and w.queue_no <= r.queue_no)
				from calendar_registration r
				where r.person_id = :person and r.status <> 'CANCELLED' and r.event_id in (:ids)""")
			.param("person", personId)
			.param("ids", eventIds)
			.query((rs, n) -> {
				var status = RegistrationStatus.valueOf(rs.getString(2));
				return standings.put(rs.getLong(1), new Registrations.Standing(status,
						status == RegistrationStatus.WAITLISTED ? rs.getInt(3) : 0));
			})
			.list();
		return standings;
	}

	private List<Long> attended(long personId, Collection<Long> eventIds) {
		if (eventIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select event_id from calendar_registration
				where person_id = :person and status = 'REGISTERED' and attended_at is not null
				  and event_id in (:ids)""")
			.param("person", personId)
			.param("ids", eventIds)
			.query(Long.class)
			.list();
	}

	/** A where-clause growing from the policy's filter. */
	private static final class Query {

		private String where;

		private final Map<String, Object> params;

		Query(CalendarPolicy.Filter visible) {
			this.where = "(" + visible.where() + ")";
			this.params = new HashMap<>(visible.params());
		}

		void and(String condition, String name, Object value) {
			where += " and " + condition;
			params.put(name, value);
		}
	}
}
