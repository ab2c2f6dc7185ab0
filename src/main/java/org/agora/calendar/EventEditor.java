package org.agora.calendar;

import java.net.URI;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.Text;
import org.agora.platform.TimeZones;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.agora.platform.web.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organizers plan, change and cancel events, and add materials and recordings. */
@Service
@Transactional
class EventEditor {

	static final int MAX_TAGS = 10;

	static final int MAX_CAPACITY = 100_000;

	private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	/** An event's fields once checked. */
	record Valid(String title, String description, EventType type, Set<FocusArea> focus, List<String> tags,
			Instant startsAt, Instant endsAt, ZoneId zone, String location, String onlineUrl, Integer capacity,
			Instant deadline, Audience audience, String partner, List<PersonSummary> organizers) {
	}

	private final JdbcClient jdbc;

	private final EventStore store;

	private final CalendarPolicy policy;

	private final Registrations registrations;

	private final People people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EventEditor(JdbcClient jdbc, EventStore store, CalendarPolicy policy, Registrations registrations, People people,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.policy = policy;
		this.registrations = registrations;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	/** Plans a new event; its creator is among its organizers. Returns the event's id. */
	long create(AgoraPrincipal viewer, EventForm form) {
		if (!policy.mayCreate(viewer)) {
			throw new AccessDeniedException("Only community managers and knowledge leaders plan events");
		}
		var valid = validate(form, viewer, null);
		if (!valid.startsAt().isAfter(clock.instant())) {
			throw new InvalidInputException("start", "calendar.error.startPast", "The start is in the past.");
		}
		var now = clock.instant();
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into calendar_event (uid, title, description, event_type, starts_at, ends_at, time_zone, location,
				  online_url, capacity, registration_deadline, audience, partner_organization, status, sequence,
				  check_in_code, created_by, created_at, updated_at)
				values (:uid, :title, :description, :type, :starts, :ends, :zone, :location, :url, :capacity, :deadline,
				  :audience, :partner, 'SCHEDULED', 0, :code, :by, :now, :now)""")
			.param("uid", UUID.randomUUID() + "@agora")
			.params(fields(valid))
			.param("code", newCheckInCode())
			.param("by", viewer.personId())
			.param("now", Timestamp.from(now))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		writeDetails(id, valid);
		events.publishEvent(new EventScheduled(id, valid.title(), valid.type(), valid.startsAt(),
				valid.organizers().stream().map(PersonSummary::id).toList()));
		return id;
	}

	/**
	 * Changes an event. The capacity may not drop below the seats taken; more seats go to the waitlist in order.
	 * Registrants are told when the time or the place changed.
	 */
	void update(AgoraPrincipal viewer, long eventId, EventForm form) {
		update(viewer, eventId, form, null);
	}

	/**
	 * Changes an event that should still be at {@code expectedSequence} (the version the organizer's form showed);
	 * when someone else changed it meanwhile, nothing is saved and the organizer is told.
	 */
	void update(AgoraPrincipal viewer, long eventId, EventForm form, Integer expectedSequence) {
		var event = lockForOrganizer(viewer, eventId);
		if (expectedSequence != null && expectedSequence != event.sequence()) {
			throw new InvalidInputException("title", "calendar.error.changedMeanwhile",
					"Someone else changed the event while you were editing it.");
		}
		if (event.cancelled()) {
			throw new InvalidInputException("title", "calendar.error.cancelledEvent",
					"The event is cancelled; it can no longer be changed.");
		}
		var valid = validate(form, viewer, event);
		boolean timesChanged = !event.startsAt().equals(valid.startsAt()) || !event.endsAt().equals(valid.endsAt());
		if (timesChanged && event.started(clock.instant())) {
			throw new InvalidInputException("start", "calendar.error.startedTimes",
					"The event has started; its start and end can no longer change.");
		}
		if (timesChanged && !valid.startsAt().isAfter(clock.instant())) {
			throw new InvalidInputException("start", "calendar.error.startPast", "The start is in the past.");
		}
		var seats = store.seats(eventId);
		if (valid.capacity() != null && valid.capacity() < seats.registered()) {
			throw new InvalidInputException("capacity", "calendar.error.capacityBelowRegistered",
					"The capacity is below the number of people already registered.");
		}
		jdbc.sql("""
				update calendar_event set title = :title, description = :description, event_type = :type,
				  starts_at = :starts, ends_at = :ends, time_zone = :zone, location = :location, online_url = :url,
				  capacity = :capacity, registration_deadline = :deadline, audience = :audience,
				  partner_organization = :partner, sequence = sequence + 1, updated_at = :now
				where id = :id""")
			.params(fields(valid))
			.param("now", Timestamp.from(clock.instant()))
			.param("id", eventId)
			.update();
		jdbc.sql("delete from calendar_event_focus where event_id = :id").param("id", eventId).update();
		jdbc.sql("delete from calendar_event_tag where event_id = :id").param("id", eventId).update();
		jdbc.sql("delete from calendar_organizer where event_id = :id").param("id", eventId).update();
		writeDetails(eventId, valid);
		if (!event.startsAt().equals(valid.startsAt())) {
			// everyone is reminded again of the new date
			jdbc.sql("update calendar_registration set reminded_at = null where event_id = :id").param("id", eventId).update();
		}
		registrations.fillSeats(eventId);
		boolean timeOrPlace = !event.startsAt().equals(valid.startsAt()) || !event.endsAt().equals(valid.endsAt())
				|| !Objects.equals(event.location(), valid.location())
				|| !Objects.equals(event.onlineUrl(), valid.onlineUrl());
		events.publishEvent(new EventChanged(eventId, valid.title(), valid.startsAt(), valid.zone().getId(),
				timeOrPlace, registrations.activeRegistrants(eventId)));
	}

	/** Cancels an event; everyone registered or waiting is told, with the reason. */
	void cancel(AgoraPrincipal viewer, long eventId, String reason) {
		var event = lockForOrganizer(viewer, eventId);
		if (event.cancelled()) {
			throw new InvalidInputException("reason", "calendar.error.alreadyCancelled", "The event is already cancelled.");
		}
		if (event.ended(clock.instant())) {
			throw new InvalidInputException("reason", "calendar.error.cancelPast",
					"The event is over; it can no longer be cancelled.");
		}
		String text = Text.blankToNull(reason);
		if (text != null && text.length() > 1000) {
			throw new InvalidInputException("reason", "calendar.error.reasonLength",
					"The reason is longer than 1000 characters.");
		}
		jdbc.sql("""
				update calendar_event set status = 'CANCELLED', cancel_reason = :reason, sequence = sequence + 1,
				  updated_at = :now where id = :id""")
			.param("reason", text)
			.param("now", Timestamp.from(clock.instant()))
			.param("id", eventId)
			.update();
		events.publishEvent(new EventCancelled(eventId, event.title(), event.startsAt(), text,
				registrations.activeRegistrants(eventId)));
	}

	/** Adds a link to the event's materials or recordings. */
	void addLink(AgoraPrincipal viewer, long eventId, String kind, String title, String url) {
		lockForOrganizer(viewer, eventId);
		LinkKind linkKind = parseEnum(LinkKind.class, kind, "kind", "calendar.error.linkKind",
				"Choose whether the link is material or a recording.");
		String name = Text.blankToNull(title);
		if (name == null || name.length() > 200) {
			throw new InvalidInputException("linkTitle", "calendar.error.linkTitle",
					"Give the link a title of up to 200 characters.");
		}
		String address = webAddress(url, "linkUrl", true);
		jdbc.sql("""
				insert into calendar_event_link (event_id, kind, title, url, added_by, added_at)
				values (:event, :kind, :title, :url, :by, :now)""")
			.param("event", eventId)
			.param("kind", linkKind.name())
			.param("title", name)
			.param("url", address)
			.param("by", viewer.personId())
			.param("now", Timestamp.from(clock.instant()))
			.update();
		touch(eventId);
	}

	void removeLink(AgoraPrincipal viewer, long eventId, long linkId) {
		lockForOrganizer(viewer, eventId);
		if (jdbc.sql("delete from calendar_event_link where id = :id and event_id = :event")
			.param("id", linkId)
			.param("event", eventId)
			.update() == 0) {
			throw new org.agora.platform.web.NotFoundException("Link");
		}
		touch(eventId);
	}

	/** The event, locked against concurrent changes and registrations, for one of its organizers. */
	CalendarEvent lockForOrganizer(AgoraPrincipal viewer, long eventId) {
		var event = store.get(eventId);
		if (!policy.mayOrganize(viewer, event)) {
			if (!policy.maySee(viewer, event)) {
				throw new org.agora.platform.web.NotFoundException("Event");
			}
			throw new AccessDeniedException("Only the event's organizers change it");
		}
		jdbc.sql("select id from calendar_event where id = :id for update").param("id", eventId).query(Long.class).single();
		return store.get(eventId);
	}

	private void touch(long eventId) {
		jdbc.sql("update calendar_event set sequence = sequence + 1, updated_at = :now where id = :id")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", eventId)
			.update();
	}

	private void writeDetails(long id, Valid valid) {
		for (var area : valid.focus()) {
			jdbc.sql("insert into calendar_event_focus (event_id, focus) values (:id, :focus)")
				.param("id", id)
				.param("focus", area.name())
				.update();
		}
		for (var tag : valid.tags()) {
			jdbc.sql("insert into calendar_event_tag (event_id, tag) values (:id, :tag)")
				.param("id", id)
				.param("tag", tag)
				.update();
		}
		for (var organizer : valid.organizers()) {
			jdbc.sql("insert into calendar_organizer (event_id, person_id) values (:id, :person)")
				.param("id", id)
				.param("person", organizer.id())
				.update();
		}
	}

	private static java.util.Map<String, Object> fields(Valid valid) {
		var map = new java.util.HashMap<String, Object>();
		map.put("title", valid.title());
		map.put("description", valid.description());
		map.put("type", valid.type().name());
		map.put("starts", Timestamp.from(valid.startsAt()));
		map.put("ends", Timestamp.from(valid.endsAt()));
		map.put("zone", valid.zone().getId());
		map.put("location", valid.location());
		map.put("url", valid.onlineUrl());
		map.put("capacity", valid.capacity());
		map.put("deadline", valid.deadline() == null ? null : Timestamp.from(valid.deadline()));
		map.put("audience", valid.audience().name());
		map.put("partner", valid.partner());
		return map;
	}

	/**
	 * Checks every field, in the order the form shows them, and names the first that is wrong.
	 *
	 * @param existing the event being changed, or null for a new one
	 */
	Valid validate(EventForm form, AgoraPrincipal viewer, CalendarEvent existing) {
		String title = Text.blankToNull(form.title());
		if (title == null) {
			throw new InvalidInputException("title", "calendar.error.title", "Give the event a title.");
		}
		if (title.length() > 200) {
			throw new InvalidInputException("title", "calendar.error.titleLength",
					"The title is longer than 200 characters.");
		}
		String description = Text.blankToNull(form.description());
		if (description != null && description.length() > 20_000) {
			throw new InvalidInputException("description", "calendar.error.descriptionLength",
					"The description is longer than 20,000 characters.");
		}
		EventType type = parseEnum(EventType.class, form.type(), "type", "calendar.error.type",
				"Choose the type of the event.");
		var focus = EnumSet.noneOf(FocusArea.class);
		for (String name : form.focus()) {
			focus.add(parseEnum(FocusArea.class, name, "focus", "calendar.error.focus", "Choose focus areas from the list."));
		}
		List<String> tags = tags(form.tags());
		ZoneId zone = TimeZones.parse(form.timeZone())
			.orElseThrow(() -> new InvalidInputException("timeZone", "calendar.error.timeZone",
					"Choose a time zone from the list, such as Asia/Jerusalem."));
		Instant startsAt = instant(form.start(), zone, offsetOf(existing == null ? null : existing.startsAt(), zone),
				"start", "calendar.error.start",
				"Give the start as a date and time.");
		Instant endsAt = instant(form.end(), zone, offsetOf(existing == null ? null : existing.endsAt(), zone), "end",
				"calendar.error.end", "Give the end as a date and time.");
		if (!endsAt.isAfter(startsAt)) {
			throw new InvalidInputException("end", "calendar.error.endBeforeStart", "The end is not after the start.");
		}
		if (java.time.Duration.between(startsAt, endsAt).toDays() > 14) {
			throw new InvalidInputException("end", "calendar.error.tooLong", "An event lasts at most 14 days.");
		}
		String location = Text.blankToNull(form.location());
		if (location != null && location.length() > 300) {
			throw new InvalidInputException("location", "calendar.error.locationLength",
					"The place is longer than 300 characters.");
		}
		String onlineUrl = webAddress(form.onlineUrl(), "onlineUrl", false);
		if (location == null && onlineUrl == null) {
			throw new InvalidInputException(type == EventType.ONLINE_MEETUP ? "onlineUrl" : "location",
					"calendar.error.where", "Give a place or an online link.");
		}
		if (type == EventType.ONLINE_MEETUP && onlineUrl == null) {
			throw new InvalidInputException("onlineUrl", "calendar.error.onlineUrlNeeded",
					"An online meetup needs its online link.");
		}
		Integer capacity = capacity(form.capacity());
		String deadlineText = Text.blankToNull(form.registrationDeadline());
		Instant deadline = deadlineText == null ? null
				: instant(deadlineText, zone,
						offsetOf(existing == null ? null : existing.registrationDeadline(), zone), "registrationDeadline",
						"calendar.error.deadline",
						"Give the registration deadline as a date and time.");
		if (deadline != null && deadline.isAfter(startsAt)) {
			throw new InvalidInputException("registrationDeadline", "calendar.error.deadlineAfterStart",
					"The registration deadline is after the start.");
		}
		Audience audience = parseEnum(Audience.class, form.audience(), "audience", "calendar.error.audience",
				"Choose who the event is for.");
		String partner = Text.blankToNull(form.partnerOrganization());
		if (partner != null && partner.length() > 200) {
			throw new InvalidInputException("partnerOrganization", "calendar.error.partnerLength",
					"The partner organization's name is longer than 200 characters.");
		}
		if (type == EventType.JOINT_EVENT && partner == null) {
			throw new InvalidInputException("partnerOrganization", "calendar.error.partnerNeeded",
					"A joint event names the partner organization.");
		}
		var organizers = organizers(form.organizers(), viewer, existing);
		return new Valid(title, description, type, focus, tags, startsAt, endsAt, zone, location, onlineUrl, capacity,
				deadline, audience, partner, organizers);
	}

	/**
	 * The organizers named by email: colleagues with an active account, or people who already organize the event
	 * (whose account may have ended since).
	 */
	private List<PersonSummary> organizers(String text, AgoraPrincipal viewer, CalendarEvent existing) {
		boolean creating = existing == null;
		var emails = new LinkedHashSet<String>();
		if (text != null) {
			Arrays.stream(text.split("[,;\\s]+"))
				.map(String::strip)
				.filter(s -> !s.isEmpty())
				.map(s -> s.toLowerCase(Locale.ROOT))
				.forEach(emails::add);
		}
		if (emails.size() > 20) {
			throw new InvalidInputException("organizers", "calendar.error.organizersCount", "Name at most 20 organizers.");
		}
		var found = new ArrayList<PersonSummary>();
		for (String email : emails) {
			var person = people.findByEmail(email)
				.filter(p -> (existing != null && existing.organizedBy(p.id())) || p.active() && (p.has(Role.EMPLOYEE) || p.has(Role.KNOWLEDGE_LEADER) || p.has(Role.COMMUNITY_MANAGER)
						|| p.has(Role.ADMIN)))
				.orElseThrow(() -> new InvalidInputException("organizers", "calendar.error.organizerUnknown",
						"Every organizer is a colleague with an active account; check the email addresses."));
			found.add(person);
		}
		if (creating && found.stream().noneMatch(p -> p.id() == viewer.personId())) {
			people.find(viewer.personId()).ifPresent(me -> found.add(0, me));
		}
		if (found.isEmpty()) {
			throw new InvalidInputException("organizers", "calendar.error.organizersNeeded",
					"An event needs at least one organizer.");
		}
		return found;
	}

	private static List<String> tags(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		var tags = new LinkedHashSet<String>();
		for (String part : text.split(",")) {
			String tag = part.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
			if (!tag.isEmpty()) {
				tags.add(tag);
			}
		}
		if (tags.size() > MAX_TAGS || tags.stream().anyMatch(t -> t.length() > 60)) {
			throw new InvalidInputException("tags", "calendar.error.tags",
					"Give at most 10 tags of up to 60 characters each.");
		}
		return List.copyOf(tags);
	}

	private static Integer capacity(String text) {
		String value = Text.blankToNull(text);
		if (value == null) {
			return null;
		}
		try {
			int capacity = Integer.parseInt(value);
			if (capacity >= 1 && capacity <= MAX_CAPACITY) {
				return capacity;
			}
		}
		catch (NumberFormatException e) {
			// named below
		}
		throw new InvalidInputException("capacity", "calendar.error.capacity",
				"Give the number of seats as a whole number from 1 to 100,000, or leave it empty for no limit.");
	}

	/** An http(s) address, or null when none was typed (or an error when required). */
	static String webAddress(String text, String field, boolean required) {
		String value = Text.blankToNull(text);
		if (value == null) {
			if (required) {
				throw new InvalidInputException(field, "calendar.error.url", "Give a web address starting with https://.");
			}
			return null;
		}
		try {
			var uri = URI.create(value);
			if (value.length() <= 1000 && uri.getHost() != null
					&& ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
				return value;
			}
		}
		catch (IllegalArgumentException e) {
			// named below
		}
		throw new InvalidInputException(field, "calendar.error.url", "Give a web address starting with https://.");
	}

	/**
	 * The instant of a local date-time typed for the zone. In the hour repeated when clocks go back, the offset the
	 * event already had wins, so saving an unchanged form never moves it; a time skipped when clocks go forward is
	 * refused.
	 */
	private static Instant instant(String text, ZoneId zone, java.time.ZoneOffset preferred, String field, String key,
			String message) {
		String value = Text.blankToNull(text);
		if (value == null) {
			throw new InvalidInputException(field, key, message);
		}
		LocalDateTime local;
		try {
			local = LocalDateTime.parse(value);
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(field, key, message);
		}
		if (zone.getRules().getValidOffsets(local).isEmpty()) {
			throw new InvalidInputException(field, "calendar.error.gapTime",
					"This time does not exist in the chosen time zone: the clocks move forward then.");
		}
		return ZonedDateTime.ofLocal(local, zone, preferred).toInstant();
	}

	private static java.time.ZoneOffset offsetOf(Instant instant, ZoneId zone) {
		return instant == null ? null : zone.getRules().getOffset(instant);
	}

	static <E extends Enum<E>> E parseEnum(Class<E> type, String name, String field, String key, String message) {
		if (name != null) {
			for (E value : type.getEnumConstants()) {
				if (value.name().equalsIgnoreCase(name.strip())) {
					return value;
				}
			}
		}
		throw new InvalidInputException(field, key, message);
	}

	private static String newCheckInCode() {
		var code = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
		}
		return code.toString();
	}
}
