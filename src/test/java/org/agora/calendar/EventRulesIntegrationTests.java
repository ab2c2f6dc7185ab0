package org.agora.calendar;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.agora.platform.TimeZones;
import org.agora.platform.security.AccountUser;
import org.agora.platform.security.Role;
import org.agora.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules that keep events, seats and attendance consistent when organizers and registrants change them. */
@SpringBootTest
@AutoConfigureMockMvc
class EventRulesIntegrationTests {

	private static final ZoneId JERUSALEM = ZoneId.of("Asia/Jerusalem");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventEditor editor;

	@Autowired
	Registrations registrations;

	@Autowired
	EventStore store;

	@Autowired
	MockMvc mvc;

	@Test
	void whoCheckedInCannotGiveUpTheSeatAndComingBackStartsAfresh() {
		var organizer = person("Organizer", true, Role.COMMUNITY_MANAGER, Role.EMPLOYEE);
		var attendee = person("Attendee", true, Role.EMPLOYEE);
		long eventId = editor.create(organizer, form(organizer, LocalDateTime.now(JERUSALEM).plusDays(10), "5"));
		registrations.register(attendee, eventId);
		jdbc.sql("update calendar_registration set attended_at = :now, checked_in_by = :by where event_id = :event")
			.param("now", Timestamp.from(Instant.now()))
			.param("by", organizer.personId())
			.param("event", eventId)
			.update();

		assertThatThrownBy(() -> registrations.cancel(attendee, eventId)).isInstanceOf(InvalidInputException.class)
			.extracting(e -> ((InvalidInputException) e).messageKey())
			.isEqualTo("calendar.error.cancelAttended");

		jdbc.sql("update calendar_registration set status = 'CANCELLED' where event_id = :event").param("event", eventId).update();
		registrations.register(attendee, eventId);
		assertThat(jdbc.sql("select count(*) from calendar_registration where event_id = :event and attended_at is null"
				+ " and checked_in_by is null and status = 'REGISTERED'")
			.param("event", eventId)
			.query(Integer.class)
			.single()).isOne();
	}

	@Test
	void aStartedEventKeepsItsTimesAndAMovedOneCannotGoIntoThePast() {
		var organizer = person("Organizer", true, Role.COMMUNITY_MANAGER, Role.EMPLOYEE);
		var start = LocalDateTime.now(JERUSALEM).plusDays(10).truncatedTo(ChronoUnit.HOURS);
		long eventId = editor.create(organizer, form(organizer, start, ""));

		var intoThePast = withTimes(EventForm.of(store.get(eventId), List.of(organizer.email())),
				start.minusDays(20), start.minusDays(20).plusHours(2));
		assertThatThrownBy(() -> editor.update(organizer, eventId, intoThePast))
			.extracting(e -> ((InvalidInputException) e).messageKey())
			.isEqualTo("calendar.error.startPast");

		jdbc.sql("update calendar_event set starts_at = :start, ends_at = :end where id = :id")
			.param("start", Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(30))))
			.param("end", Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofHours(1))))
			.param("id", eventId)
			.update();
		var running = EventForm.of(store.get(eventId), List.of(organizer.email()));
		var moved = withTimes(running, start.plusDays(1), start.plusDays(1).plusHours(2));
		assertThatThrownBy(() -> editor.update(organizer, eventId, moved))
			.extracting(e -> ((InvalidInputException) e).messageKey())
			.isEqualTo("calendar.error.startedTimes");

		var retitled = new EventForm("Renamed while running", running.description(), running.type(), running.focus(),
				running.tags(), running.start(), running.end(), running.timeZone(), running.location(),
				running.onlineUrl(), running.capacity(), running.registrationDeadline(), running.audience(),
				running.partnerOrganization(), running.organizers());
		editor.update(organizer, eventId, retitled);
		assertThat(store.get(eventId).title()).isEqualTo("Renamed while running");
	}

	@Test
	void aNewDateMeansANewReminder() {
		var organizer = person("Organizer", true, Role.COMMUNITY_MANAGER, Role.EMPLOYEE);
		var attendee = person("Attendee", true, Role.EMPLOYEE);
		var start = LocalDateTime.now(JERUSALEM).plusDays(10).truncatedTo(ChronoUnit.HOURS);
		long eventId = editor.create(organizer, form(organizer, start, ""));
		registrations.register(attendee, eventId);
		jdbc.sql("update calendar_registration set reminded_at = :now where event_id = :event")
			.param("now", Timestamp.from(Instant.now()))
			.param("event", eventId)
			.update();

		editor.update(organizer, eventId,
				withTimes(EventForm.of(store.get(eventId), List.of(organizer.email())), start.plusDays(3),
						start.plusDays(3).plusHours(2)));

		assertThat(jdbc.sql("select count(*) from calendar_registration where event_id = :event and reminded_at is null")
			.param("event", eventId)
			.query(Integer.class)
			.single()).isOne();
	}

	@Test
	void registrantsAreToldWhenTheTimeChangesAndWhenASeatComesFreeButNotAboutATypo() {
		var organizer = person("Organizer", true, Role.COMMUNITY_MANAGER, Role.EMPLOYEE);
		var first = person("First", true, Role.EMPLOYEE);
		var second = person("Second", true, Role.EMPLOYEE);
		var start = LocalDateTime.now(JERUSALEM).plusDays(10).truncatedTo(ChronoUnit.HOURS);
		long eventId = editor.create(organizer, form(organizer, start, "1"));
		registrations.register(first, eventId);
		registrations.register(second, eventId);

		var current = EventForm.of(store.get(eventId), List.of(organizer.email()));
		editor.update(organizer, eventId, new EventForm(current.title() + " (typo fixed)", current.description(),
				current.type(), current.focus(), current.tags(), current.start(), current.end(), current.timeZone(),
				current.location(), current.onlineUrl(), current.capacity(), "", current.audience(),
				current.partnerOrganization(), current.organizers()));
		editor.update(organizer, eventId, withTimes(EventForm.of(store.get(eventId), List.of(organizer.email())),
				start.plusDays(1), start.plusDays(1).plusHours(2)));
		registrations.cancel(first, eventId);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(notices(first.personId(), "calendar.changed", eventId)).isOne();
			assertThat(notices(second.personId(), "calendar.changed", eventId)).as("the waitlist is told too").isOne();
			assertThat(notices(second.personId(), "calendar.promoted", eventId)).isOne();
		});
	}

	private int notices(long personId, String kind, long eventId) {
		return jdbc.sql("""
				select count(*) from notifications_notification
				where person_id = :person and kind = :kind and link = :link""")
			.param("person", personId)
			.param("kind", kind)
			.param("link", "/calendar/events/" + eventId)
			.query(Integer.class)
			.single();
	}

	@Test
	void anEditBasedOnAnOlderVersionSavesNothingAndKeepsWhatWasTyped() throws Exception {
		var organizer = person("Organizer", true, Role.COMMUNITY_MANAGER, Role.EMPLOYEE);
		var start = LocalDateTime.now(JERUSALEM).plusDays(10).truncatedTo(ChronoUnit.HOURS);
		long eventId = editor.create(organizer, form(organizer, start, ""));
		var signedIn = authentication(UsernamePasswordAuthenticationToken.authenticated(organizer, null,
				organizer.getAuthorities()));
		var csrf = csrf();
		var base = EventForm.of(store.get(eventId), List.of(organizer.email()));
		mvc.perform(get("/calendar/events/" + eventId + "/edit").with(signedIn))
			.andExpect(content()
				.string(containsString("name=\"sequence\" value=\"0\"")));

		editor.update(organizer, eventId, withTimes(base, start.plusHours(1), start.plusHours(3)));

		mvc.perform(post("/calendar/events/" + eventId)
			.with(signedIn).with(csrf)
			.param("title", "My stale title").param("type", "LECTURE").param("start", base.start()).param("end", base.end())
			.param("timeZone", base.timeZone()).param("location", base.location()).param("audience", "EMPLOYEES")
			.param("organizers", organizer.email()).param("sequence", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(containsString("Someone else changed the event")))
			.andExpect(content()
				.string(containsString("value=\"My stale title\"")))
			.andExpect(content()
				.string(containsString("name=\"sequence\" value=\"1\"")));
		assertThat(store.get(eventId).title()).isEqualTo(base.title());

		mvc.perform(get("/api/v1/events/" + eventId).with(signedIn))
			.andExpect(header().string("ETag", "\"1\""));
		mvc.perform(patch("/api/v1/events/" + eventId)
			.with(signedIn).with(csrf).header("If-Match", "\"0\"")
			.contentType("application/json").content("{\"title\":\"Stale through the API\"}"))
			.andExpect(status().isConflict());
		mvc.perform(patch("/api/v1/events/" + eventId)
			.with(signedIn).with(csrf).header("If-Match", "\"1\"")
			.contentType("application/json").content("{\"title\":\"Fresh through the API\"}"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"2\""));
		assertThat(store.get(eventId).title()).isEqualTo("Fresh through the API");
	}

	@Test
	void aCancelledEventOffersNoInvitationFormAndTheApiReadsTypesInAnyCase() throws Exception {
		var organizer = person("Organizer", true, Role.COMMUNITY_MANAGER, Role.EMPLOYEE);
		var start = LocalDateTime.now(JERUSALEM).plusDays(10).truncatedTo(ChronoUnit.HOURS);
		long eventId = editor.create(organizer, form(organizer, start, ""));
		var signedIn = authentication(UsernamePasswordAuthenticationToken.authenticated(organizer, null,
				organizer.getAuthorities()));
		mvc.perform(get("/calendar/events/" + eventId + "/invitations").with(signedIn))
			.andExpect(content().string(containsString("id=\"invite-form\"")));
		editor.cancel(organizer, eventId, null);
		mvc.perform(get("/calendar/events/" + eventId + "/invitations").with(signedIn))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"invitations-closed\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"invite-form\""))));

		mvc.perform(get("/api/v1/events").param("type", "lecture").with(signedIn)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/events").param("type", "banquet").with(signedIn))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("\"field\":\"type\"")));
	}

	@Test
	void anOrganizerWhoseAccountEndedDoesNotBlockChangesToTheEvent() {
		var organizer = person("Organizer", true, Role.COMMUNITY_MANAGER, Role.EMPLOYEE);
		var leaving = person("Leaving", true, Role.KNOWLEDGE_LEADER, Role.EMPLOYEE);
		var start = LocalDateTime.now(JERUSALEM).plusDays(10).truncatedTo(ChronoUnit.HOURS);
		var form = form(organizer, start, "");
		long eventId = editor.create(organizer, new EventForm(form.title(), "", "LECTURE", List.of(), "", form.start(),
				form.end(), form.timeZone(), form.location(), "", "", "", "EMPLOYEES", "",
				organizer.email() + ", " + leaving.email()));
		jdbc.sql("update people_person set active = false where id = :id").param("id", leaving.personId()).update();

		var unchanged = EventForm.of(store.get(eventId), List.of(organizer.email(), leaving.email()));
		editor.update(organizer, eventId, withTimes(unchanged, start.plusHours(1), start.plusHours(3)));
		assertThat(store.get(eventId).organizerIds()).contains(leaving.personId());

		var newcomer = person("Newcomer", false, Role.EMPLOYEE);
		var withInactiveNewcomer = new EventForm(unchanged.title(), "", "LECTURE", List.of(), "", unchanged.start(),
				unchanged.end(), unchanged.timeZone(), unchanged.location(), "", "", "", "EMPLOYEES", "",
				organizer.email() + ", " + newcomer.email());
		assertThatThrownBy(() -> editor.update(organizer, eventId, withInactiveNewcomer))
			.extracting(e -> ((InvalidInputException) e).messageKey())
			.isEqualTo("calendar.error.organizerUnknown");
	}

	@Test
	void offsetsAreNotTimeZonesAndATimeTheClocksSkipIsRefused() {
		assertThat(TimeZones.parse("+02:00")).isEmpty();
		assertThat(TimeZones.parse("GMT+2")).isEmpty();
		assertThat(TimeZones.parse("Asia/Jerusalem")).contains(JERUSALEM);

		var organizer = person("Organizer", true, Role.COMMUNITY_MANAGER, Role.EMPLOYEE);
		var offsetZone = form(organizer, LocalDateTime.now(JERUSALEM).plusDays(10), "");
		assertThatThrownBy(() -> editor.create(organizer, new EventForm(offsetZone.title(), "", "LECTURE", List.of(), "",
				offsetZone.start(), offsetZone.end(), "+02:00", "Hall", "", "", "", "EMPLOYEES", "", organizer.email())))
			.extracting(e -> ((InvalidInputException) e).field())
			.isEqualTo("timeZone");

		var gap = nextTransition(JERUSALEM, true);
		var skipped = gap.getDateTimeBefore().plusMinutes(30);
		assertThatThrownBy(() -> editor.create(organizer, withTimes(offsetZone, skipped, skipped.plusHours(3))))
			.extracting(e -> ((InvalidInputException) e).messageKey())
			.isEqualTo("calendar.error.gapTime");
	}

	@Test
	void savingAnUnchangedFormInTheHourTheClocksRepeatKeepsTheEventWhereItWas() {
		var organizer = person("Organizer", true, Role.COMMUNITY_MANAGER, Role.EMPLOYEE);
		var overlap = nextTransition(JERUSALEM, false);
		var repeated = overlap.getDateTimeAfter().plusMinutes(30);
		long eventId = editor.create(organizer, form(organizer, repeated.minusHours(3), ""));
		var laterInstant = ZonedDateTime.ofLocal(repeated, JERUSALEM, overlap.getOffsetAfter()).toInstant();
		jdbc.sql("update calendar_event set starts_at = :start, ends_at = :end where id = :id")
			.param("start", Timestamp.from(laterInstant))
			.param("end", Timestamp.from(laterInstant.plus(Duration.ofHours(2))))
			.param("id", eventId)
			.update();

		editor.update(organizer, eventId, EventForm.of(store.get(eventId), List.of(organizer.email())));

		assertThat(store.get(eventId).startsAt()).isEqualTo(laterInstant);
	}

	private static java.time.zone.ZoneOffsetTransition nextTransition(ZoneId zone, boolean gap) {
		var transition = zone.getRules().nextTransition(Instant.now().plus(Duration.ofDays(2)));
		while (transition.isGap() != gap) {
			transition = zone.getRules().nextTransition(transition.getInstant());
		}
		return transition;
	}

	private static EventForm withTimes(EventForm f, LocalDateTime start, LocalDateTime end) {
		return new EventForm(f.title(), f.description(), f.type(), f.focus(), f.tags(), start.toString(), end.toString(),
				f.timeZone(), f.location(), f.onlineUrl(), f.capacity(), "", f.audience(), f.partnerOrganization(),
				f.organizers());
	}

	private static EventForm form(AccountUser organizer, LocalDateTime start, String capacity) {
		var from = start.truncatedTo(ChronoUnit.MINUTES);
		return new EventForm("Rules " + UUID.randomUUID(), "", "LECTURE", List.of(), "", from.toString(),
				from.plusHours(2).toString(), "Asia/Jerusalem", "Main hall", "", capacity, "", "EMPLOYEES", "",
				organizer.email());
	}

	private AccountUser person(String name, boolean active, Role... roles) {
		String email = "rules-" + UUID.randomUUID() + "@agora.example";
		long id = CalendarTestPeople.insert(jdbc, email, name, active, null, roles);
		return new AccountUser(id, email, name, Set.of(roles), "", active);
	}
}
