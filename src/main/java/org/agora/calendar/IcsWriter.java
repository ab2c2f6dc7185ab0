package org.agora.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import org.springframework.stereotype.Component;

/**
 * Writes events as iCalendar (RFC 5545): one VEVENT per event with its stable UID and SEQUENCE, its times in its own
 * zone with the matching VTIMEZONE, and the status that tells calendar applications to keep or remove it.
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

	private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

	private final People people;

	private final AgoraProperties properties;

	IcsWriter(People people, AgoraProperties properties) {
		this.people = people;
		this.properties = properties;
	}

	/** One event to download and import: METHOD:PUBLISH. */
	String download(CalendarEvent event, Instant now) {
		var calendar = calendar(List.of(Entry.of(event)), now);
		calendar.add(ImmutableMethod.PUBLISH);
		return write(calendar);
	}

	/** A subscribed calendar with its display name. */
	String feed(List<Entry> entries, String name, Instant now) {
		var calendar = calendar(entries, now);
		calendar.add(new XProperty("X-WR-CALNAME", name));
		return write(calendar);
	}

	private Calendar calendar(List<Entry> entries, Instant now) {
		var calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		Map<String, TimeZone> used = new LinkedHashMap<>();
		Map<Long, Optional<PersonSummary>> organizers = new HashMap<>();
		for (var entry : entries) {
			var zone = used.computeIfAbsent(entry.event().zone().getId(), zones::getTimeZone);
			var organizer = entry.event().organizerIds().isEmpty() ? Optional.<PersonSummary>empty()
					: organizers.computeIfAbsent(entry.event().organizerIds().get(0), people::find);
			calendar.add(event(entry, zone != null, organizer, now));
		}
		used.values().forEach(z -> calendar.add(z.getVTimeZone()));
		return calendar;
	}

	private VEvent event(Entry entry, boolean zoned, Optional<PersonSummary> organizer, Instant now) {
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
		vevent.add(new Description(description(entry)));
		String place = event.location() != null ? event.location() : event.onlineUrl();
		if (place != null) {
			vevent.add(new Location(place));
		}
		vevent.add(new Url(URI.create(properties.link(event.path()))));
		organizer.filter(p -> p.email() != null).ifPresent(p -> {
			var property = new Organizer(URI.create("mailto:" + p.email()));
			property.add(new Cn(p.fullName()));
			vevent.add(property);
		});
		vevent.add(new Sequence(event.sequence()));
		vevent.add(event.cancelled() ? ImmutableStatus.VEVENT_CANCELLED
				: entry.tentative() ? ImmutableStatus.VEVENT_TENTATIVE : ImmutableStatus.VEVENT_CONFIRMED);
		vevent.add(new LastModified(event.updatedAt()));
		vevent.add(new Categories(event.type().name()));
		return vevent;
	}

	private String description(Entry entry) {
		var event = entry.event();
		var text = new StringBuilder();
		if (entry.note() != null) {
			text.append(entry.note()).append("\n\n");
		}
		if (event.description() != null) {
			text.append(event.description()).append("\n\n");
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
