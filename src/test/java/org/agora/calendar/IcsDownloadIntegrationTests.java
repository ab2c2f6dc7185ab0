package org.agora.calendar;

import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An event's .ics, parsed back with ical4j: stable UID, SEQUENCE raised on changes, its zone, its status. */
@SpringBootTest
@AutoConfigureMockMvc
class IcsDownloadIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventEditor editor;

	@Autowired
	Registrations registrations;

	IcsApiFixtures fixtures;

	IcsApiFixtures.Member organizer;

	@BeforeEach
	void anOrganizer() {
		fixtures = new IcsApiFixtures(jdbc, editor, registrations);
		organizer = fixtures.leader("Dana Ics Organizer");
	}

	@Test
	void theDownloadDescribesTheEventInItsOwnZone() throws Exception {
		var start = LocalDateTime.of(2041, 3, 26, 17, 0);
		long id = fixtures.event(organizer, "Knowledge maps, part 2", start, "30", Audience.LEADERS);

		var response = mvc.perform(get("/api/v1/events/" + id + "/ics").with(organizer.signedIn()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"knowledge-maps-part-2.ics\""))
			.andReturn()
			.getResponse()
			.getContentAsString();

		var calendar = parse(response);
		assertThat(value(calendar, Property.PRODID)).isEqualTo("-//Agora//Calendar//EN");
		assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
		assertThat(value(calendar, Property.CALSCALE)).isEqualTo("GREGORIAN");
		assertThat(value(calendar, Property.METHOD)).isEqualTo("PUBLISH");
		List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
		assertThat(zones).singleElement()
			.satisfies(z -> assertThat(z.getProperty(Property.TZID).orElseThrow().getValue()).isEqualTo("Asia/Jerusalem"));

		var event = onlyEvent(calendar);
		assertThat(value(event, Property.UID)).isEqualTo(fixtures.uid(id));
		var dtStart = event.getProperty(Property.DTSTART).orElseThrow();
		assertThat(dtStart.getValue()).isEqualTo("20410326T170000");
		assertThat(dtStart.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Asia/Jerusalem");
		assertThat(event.getProperty(Property.DTEND).orElseThrow().getValue()).isEqualTo("20410326T190000");
		assertThat(event.getStartDate().orElseThrow().getDate()).isNotNull();
		assertThat(value(event, Property.SUMMARY)).isEqualTo("Knowledge maps, part 2");
		assertThat(value(event, Property.DESCRIPTION)).startsWith("We meet to **learn**.")
			.endsWith("http://localhost:8080/calendar/events/" + id);
		assertThat(value(event, Property.URL)).isEqualTo("http://localhost:8080/calendar/events/" + id);
		assertThat(value(event, Property.LOCATION)).isEqualTo("Hall A, Tel Aviv");
		var organizerProperty = event.getProperty(Property.ORGANIZER).orElseThrow();
		assertThat(organizerProperty.getValue()).isEqualTo("mailto:" + organizer.email());
		assertThat(organizerProperty.getParameter("CN").orElseThrow().getValue()).isEqualTo("Dana Ics Organizer");
		assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
		assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
		assertThat(value(event, Property.CATEGORIES)).isEqualTo("LECTURE");
		assertThat(event.getProperty(Property.DTSTAMP)).isPresent();
		assertThat(event.getProperty(Property.LAST_MODIFIED)).isPresent();
	}

	@Test
	void theUidStaysAndTheSequenceRisesWithEveryChangeUntilTheCancellation() throws Exception {
		var start = IcsApiFixtures.someFutureStart();
		long id = fixtures.event(organizer, "Sequence talk", start, "", Audience.LEADERS);
		var first = onlyEvent(parse(download(id)));

		editor.update(organizer.principal(), id,
				IcsApiFixtures.form("Sequence talk, moved", start.plusDays(1), "", Audience.LEADERS, organizer));
		var changed = onlyEvent(parse(download(id)));

		editor.cancel(organizer.principal(), id, "The hall is closed");
		var cancelled = onlyEvent(parse(download(id)));

		assertThat(value(changed, Property.UID)).isEqualTo(value(first, Property.UID));
		assertThat(value(cancelled, Property.UID)).isEqualTo(value(first, Property.UID));
		assertThat(Integer.parseInt(value(changed, Property.SEQUENCE)))
			.isGreaterThan(Integer.parseInt(value(first, Property.SEQUENCE)));
		assertThat(Integer.parseInt(value(cancelled, Property.SEQUENCE)))
			.isGreaterThan(Integer.parseInt(value(changed, Property.SEQUENCE)));
		assertThat(value(changed, Property.SUMMARY)).isEqualTo("Sequence talk, moved");
		assertThat(value(changed, Property.STATUS)).isEqualTo("CONFIRMED");
		assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
	}

	@Test
	void anOnlineEventIsPlacedAtItsLinkAndAUtcEventNeedsNoZone() throws Exception {
		var start = IcsApiFixtures.someFutureStart();
		var form = new EventForm("Remote meetup", "", EventType.ONLINE_MEETUP.name(), List.of(), "",
				start.format(EventForm.LOCAL), start.plusHours(1).format(EventForm.LOCAL), "UTC", "",
				"https://meet.example.org/km", "", "", Audience.LEADERS.name(), "", organizer.email());
		long id = editor.create(organizer.principal(), form);

		var event = onlyEvent(parse(download(id)));

		assertThat(value(event, Property.LOCATION)).isEqualTo("https://meet.example.org/km");
		assertThat(value(event, Property.CATEGORIES)).isEqualTo("ONLINE_MEETUP");
		assertThat(event.getStartDate().orElseThrow().getDate()).isNotNull();
	}

	@Test
	void theOrganizerIsThePersonWhoPlannedTheEvent() throws Exception {
		var planner = fixtures.leader("Pnina Ics Planner");
		long id = editor.create(planner.principal(), IcsApiFixtures.form("Planned by the second organizer",
				IcsApiFixtures.someFutureStart(), "", Audience.LEADERS, organizer, planner));

		var property = onlyEvent(parse(download(id))).getProperty(Property.ORGANIZER).orElseThrow();

		assertThat(property.getValue()).isEqualTo("mailto:" + planner.email());
		assertThat(property.getParameter("CN").orElseThrow().getValue()).isEqualTo("Pnina Ics Planner");
	}

	@Test
	void aGuestIsNotGivenTheOrganizersEmailAddress() throws Exception {
		long id = fixtures.event(organizer, "Joint session", IcsApiFixtures.someFutureStart(), "", Audience.INVITED);
		var guest = fixtures.guest("Gabi Ics Guest");
		fixtures.invite(id, guest, organizer);

		String ics = mvc.perform(get("/api/v1/events/" + id + "/ics").with(guest.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		var property = onlyEvent(parse(ics)).getProperty(Property.ORGANIZER).orElseThrow();
		assertThat(property.getValue()).isEqualTo("mailto:agora@localhost");
		assertThat(property.getParameter("CN").orElseThrow().getValue()).isEqualTo("Dana Ics Organizer");
		assertThat(ics.replace("\r\n ", "")).doesNotContain(organizer.email());
	}

	@Test
	void anEventInARoomAndOnlineIsPlacedInTheRoomWithItsLinkInTheDescription() throws Exception {
		var start = IcsApiFixtures.someFutureStart();
		var form = new EventForm("Hybrid meetup", "Come in person or join online.", EventType.LECTURE.name(),
				List.of(), "", start.format(EventForm.LOCAL), start.plusHours(1).format(EventForm.LOCAL),
				IcsApiFixtures.ZONE, "Hall B", "https://meet.example.org/hybrid", "", "", Audience.LEADERS.name(), "",
				organizer.email());
		long id = editor.create(organizer.principal(), form);

		var event = onlyEvent(parse(download(id)));

		assertThat(value(event, Property.LOCATION)).isEqualTo("Hall B");
		assertThat(value(event, Property.DESCRIPTION)).contains("Online: https://meet.example.org/hybrid")
			.endsWith("http://localhost:8080/calendar/events/" + id);
		assertThat(value(event, Property.URL)).isEqualTo("http://localhost:8080/calendar/events/" + id);
	}

	@Test
	void peopleWhoMayNotSeeTheEventGetNotFound() throws Exception {
		long id = fixtures.event(organizer, "Leaders only");
		var employee = fixtures.employee("Eli Ics Employee");

		mvc.perform(get("/api/v1/events/" + id + "/ics").with(employee.signedIn())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/events/999999/ics").with(organizer.signedIn())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/events/" + id + "/ics").with(fixtures.leader("Lea Ics Leader").signedIn()))
			.andExpect(status().isOk());
	}

	private String download(long id) throws Exception {
		return mvc.perform(get("/api/v1/events/" + id + "/ics").with(organizer.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	static Calendar parse(String ics) throws Exception {
		return new CalendarBuilder().build(new StringReader(ics));
	}

	static VEvent onlyEvent(Calendar calendar) {
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(1);
		return events.get(0);
	}

	static String value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
		return container.getProperty(name).map(Property::getValue).orElse(null);
	}
}
