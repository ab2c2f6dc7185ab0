package org.agora.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.AgoraProperties;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes events as iCalendar (RFC 5545): one VEVENT per event with its stable UID and SEQUENCE, its times in its own
 * zone with the matching VTIMEZONE, and the status that tells calendar applications to keep or remove it.
 * <p>
 * The ORGANIZER is the organizer who planned the event (or its first organizer when they no longer organize it). A
 * guest is not given an employee's email address: for them the ORGANIZER names the organizer with Agora's own sender
 * address. LOCATION is the place, or the online link for an event held only online; an event with both has its
 * online link in the DESCRIPTION.
 */
@Component
class IcsWriter {

	static final String PRODUCT = "-//Agora//Calendar//EN";

	/**
	 * An event as one person's calendar holds it.
	 *
	 * @param tentative the person is on the waitlist
	 * @param note a line put before the description, or null
	 */
	record Entry(CalendarEvent event, boolean tentative, String note) {

		static Entry of(CalendarEvent event) {
			return new Entry(event, false, null);
		}
	}

	/**
	 * Who a calendar is written for: the language of its few words, and whether they are a guest holding no other
	 * role, who is not given employees' email addresses.
	 */
	record Reader(Locale locale, boolean guest) {

		static Reader of(Set<Role> roles, Locale locale) {
			return new Reader(locale, roles.isEmpty() || roles.equals(Set.of(Role.GUEST)));
		}
	}

	private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

	private final People people;

	private final AgoraProperties properties;

	private final MessageSource messages;

	IcsWriter(People people, AgoraProperties properties, MessageSource messages) {
		this.people = people;
		this.properties = properties;
		this.messages = messages;
	}

	/** One event to download and import, for the viewer in their language: METHOD:PUBLISH. */
	String download(CalendarEvent event, AgoraPrincipal viewer, java.util.Locale locale, Instant now) {
		Set<Role> roles = viewer == null ? Set.of() : viewer.roles();
		var calendar = calendar(List.of(Entry.of(event)), Reader.of(roles, locale), now);
		calendar.add(ImmutableMethod.PUBLISH);
		return write(calendar);
	}

	/** A subscribed calendar with its display name. */
	String feed(List<Entry> entries, String name, Reader reader, Instant now) {
		var calendar = calendar(entries, reader, now);
		calendar.add(new XProperty("X-WR-CALNAME", name));
		return write(calendar);
	}

	/** The address part of a sender such as {@code Agora <agora@example.org>}. */
	static String address(String sender) {
		int open = sender.lastIndexOf('<');
		int close = sender.lastIndexOf('>');
		return (open >= 0 && close > open ? sender.substring(open + 1, close) : sender).strip();
	}

	private Calendar calendar(List<Entry> entries, Reader reader, Instant now) {
		var calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		Map<String, TimeZone> used = new LinkedHashMap<>();
		Map<Long, Optional<PersonSummary>> organizers = new HashMap<>();
		for (var entry : entries) {
			var zone = used.computeIfAbsent(entry.event().zone().getId(), zones::getTimeZone);
			var organizer = organizerOf(entry.event()).flatMap(id -> organizers.computeIfAbsent(id, people::find));
			calendar.add(event(entry, zone != null, organizer, reader, now));
		}
		used.values().forEach(z -> calendar.add(z.getVTimeZone()));
		return calendar;
	}

	/** The organizer who planned the event while they still organize it, otherwise the first organizer. */
	private static Optional<Long> organizerOf(CalendarEvent event) {
		return event.organizedBy(event.createdBy()) ? Optional.of(event.createdBy())
				: event.organizerIds().stream().findFirst();
	}

	private VEvent event(Entry entry, boolean zoned, Optional<PersonSummary> organizer, Reader reader, Instant now) {
		var event = entry.event();
		var vevent = new VEvent(false);
		vevent.add(new Uid(event.uid()));
		vevent.add(new DtStamp(now));
		if (zoned) {
			vevent.add(new DtStart<>(ZonedDateTime.ofInstant(event.startsAt(), event.zone())));
			vevent.add(new DtEnd<>(ZonedDateTime.ofInstant(event.endsAt(), event.zone())));
		}
		else {
			vevent.add(new DtStart<>(event.startsAt()));
			vevent.add(new DtEnd<>(event.endsAt()));
		}
		vevent.add(new Summary(event.title()));
		vevent.add(new Description(description(entry, reader)));
		String place = event.location() != null ? event.location() : event.onlineUrl();
		if (place != null) {
			vevent.add(new Location(place));
		}
		vevent.add(new Url(URI.create(properties.link(event.path()))));
		organizer.ifPresent(p -> {
			String email = reader.guest() ? address(properties.mailFrom()) : p.email();
			if (email != null) {
				var property = new Organizer(URI.create("mailto:" + email));
				property.add(new Cn(p.fullName()));
				vevent.add(property);
			}
		});
		vevent.add(new Sequence(event.sequence()));
		vevent.add(event.cancelled() ? ImmutableStatus.VEVENT_CANCELLED
				: entry.tentative() ? ImmutableStatus.VEVENT_TENTATIVE : ImmutableStatus.VEVENT_CONFIRMED);
		vevent.add(new LastModified(event.updatedAt()));
		vevent.add(new Categories(event.type().name()));
		return vevent;
	}

	private String description(Entry entry, Reader reader) {
		var event = entry.event();
		var text = new StringBuilder();
		if (entry.note() != null) {
			text.append(entry.note()).append("\n\n");
		}
		if (event.description() != null) {
			text.append(event.description()).append("\n\n");
		}
		if (event.location() != null && event.onlineUrl() != null) {
			text.append(messages.getMessage("calapi.ics.online", new Object[] { event.onlineUrl() }, reader.locale()))
				.append("\n\n");
		}
		return text.append(properties.link(event.path())).toString();
	}

	private static String write(Calendar calendar) {
		var out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return out.toString();
	}
}
