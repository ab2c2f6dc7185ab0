package org.agora.calendar;

import java.time.Duration;
import java.util.Map;

import org.agora.Personas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Organizers see who registered and check people in from an hour before the start until a week after the end;
 * registrants check themselves in with the event's code, which cannot be guessed; each person's first check-in
 * publishes EventAttended once.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class AttendanceIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationEvents published;

	AttendanceFixtures fixtures;

	AttendanceFixtures.TestPerson organizer;

	AttendanceFixtures.TestPerson ada;

	@BeforeEach
	void anOrganizerAndARegistrant() {
		fixtures = new AttendanceFixtures(jdbc);
		organizer = fixtures.leader("Olga Organizer");
		ada = fixtures.leader("Ada Attendee");
	}

	@Test
	void organizersSeeSeatsTheListTheWaitlistInOrderAndTheCode() throws Exception {
		var event = fixtures.event(organizer, Duration.ofMinutes(30), EventType.WORKSHOP, Audience.LEADERS, 1);
		var bea = fixtures.leader("Bea Waiting");
		var cem = fixtures.leader("Cem Waiting");
		var dan = fixtures.leader("Dan Gone");
		fixtures.register(event, ada, RegistrationStatus.REGISTERED);
		fixtures.register(event, bea, RegistrationStatus.WAITLISTED);
		fixtures.register(event, cem, RegistrationStatus.WAITLISTED);
		fixtures.register(event, dan, RegistrationStatus.CANCELLED);

		String page = page(get(registrations(event)).with(organizer.signedIn()), 200);

		assertThat(page).contains("Ada Attendee", "1 of 1", event.code(), "Download the list (CSV)",
				"/calendar/events/" + event.id() + "/attendance/" + ada.id());
		assertThat(page).containsSubsequence("id=\"waitlist\"", "Bea Waiting", "Cem Waiting");
		assertThat(page).containsPattern("id=\"summary-cancelled\">1<").doesNotContain("Dan Gone");
	}

	@Test
	void onlyOrganizersAndManagersSeeTheList() throws Exception {
		var event = fixtures.lecture(organizer, Duration.ofDays(3));

		page(get(registrations(event)).with(Personas.as(users, Personas.MANAGER)), 200);
		page(get(registrations(event)).with(Personas.as(users, Personas.ADMIN)), 200);
		page(get(registrations(event)).with(Personas.as(users, Personas.LEADER)), 403);
		page(get(registrations(event)).with(Personas.as(users, Personas.EMPLOYEE)), 404);
		page(get(registrations(event)).with(Personas.as(users, Personas.GUEST)), 404);
		page(get(registrations(event) + ".csv").with(Personas.as(users, Personas.LEADER)), 403);
		page(post(checkIn(event, ada)).with(Personas.as(users, Personas.LEADER)).with(csrf()), 403);
	}

	@Test
	void aFirstCheckInPublishesEventAttendedOnceEvenAfterUndoAndRedo() throws Exception {
		var event = fixtures.lecture(organizer, Duration.ofMinutes(-30));
		fixtures.register(event, ada, RegistrationStatus.REGISTERED);

		page(post(checkIn(event, ada)).with(organizer.signedIn()).with(csrf()), 302);
		assertThat(fixtures.attendedAt(event, ada)).isNotNull();
		page(post(checkIn(event, ada) + "/undo").with(organizer.signedIn()).with(csrf()), 302);
		assertThat(fixtures.attendedAt(event, ada)).isNull();
		page(post(checkIn(event, ada)).with(organizer.signedIn()).with(csrf()), 302);
		page(post(checkIn(event, ada)).with(organizer.signedIn()).with(csrf()), 302);

		assertThat(fixtures.attendedAt(event, ada)).isNotNull();
		assertThat(published.stream(EventAttended.class).filter(e -> e.eventId() == event.id()))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.personId()).isEqualTo(ada.id());
				assertThat(e.checkedInBy()).isEqualTo(organizer.id());
				assertThat(e.type()).isEqualTo(EventType.LECTURE);
			});
		assertThat(page(get(registrations(event)).with(organizer.signedIn()), 200)).contains("✓");
	}

	@Test
	void checkInOpensAnHourBeforeTheStartAndClosesAWeekAfterTheEnd() throws Exception {
		var tooEarly = fixtures.lecture(organizer, Duration.ofMinutes(70));
		var justOpen = fixtures.lecture(organizer, Duration.ofMinutes(50));
		var lastDays = fixtures.lecture(organizer, Duration.ofDays(-6).minusHours(2));
		var tooLate = fixtures.lecture(organizer, Duration.ofDays(-7).minusHours(3));
		var cancelled = fixtures.lecture(organizer, Duration.ofMinutes(10));
		fixtures.cancel(cancelled);
		for (var event : new AttendanceFixtures.TestEvent[] { tooEarly, justOpen, lastDays, tooLate, cancelled }) {
			fixtures.register(event, ada, RegistrationStatus.REGISTERED);
		}

		assertThat(page(post(checkIn(tooEarly, ada)).with(organizer.signedIn()).with(csrf()), 400))
			.contains("Check-in opens an hour before the start.");
		page(post(checkIn(justOpen, ada)).with(organizer.signedIn()).with(csrf()), 302);
		page(post(checkIn(lastDays, ada)).with(organizer.signedIn()).with(csrf()), 302);
		assertThat(page(post(checkIn(tooLate, ada)).with(organizer.signedIn()).with(csrf()), 400))
			.contains("Check-in closed a week after the end.");
		assertThat(page(post(checkIn(cancelled, ada)).with(organizer.signedIn()).with(csrf()), 400))
			.contains("The event is cancelled; nobody checks in.");

		assertThat(fixtures.attendedAt(tooEarly, ada)).isNull();
		assertThat(fixtures.attendedAt(justOpen, ada)).isNotNull();
		assertThat(fixtures.attendedAt(lastDays, ada)).isNotNull();
		assertThat(fixtures.attendedAt(tooLate, ada)).isNull();
		assertThat(fixtures.attendedAt(cancelled, ada)).isNull();
		assertThat(page(get(checkInPage(tooEarly)).with(ada.signedIn()), 200))
			.contains("Check-in opens an hour before the start.")
			.doesNotContain("id=\"check-in-form\"");
	}

	@Test
	void anOrganizerChecksInSomeoneFromTheWaitlistWhoThenHasASeat() throws Exception {
		var event = fixtures.event(organizer, Duration.ofMinutes(-10), EventType.WORKSHOP, Audience.LEADERS, 1);
		var bea = fixtures.leader("Bea Waiting");
		fixtures.register(event, ada, RegistrationStatus.REGISTERED);
		fixtures.register(event, bea, RegistrationStatus.WAITLISTED);

		page(post(checkIn(event, bea)).with(organizer.signedIn()).with(csrf()), 302);

		assertThat(fixtures.status(event, bea)).isEqualTo("REGISTERED");
		assertThat(fixtures.attendedAt(event, bea)).isNotNull();
		assertThat(published.stream(EventAttended.class).filter(e -> e.eventId() == event.id())).hasSize(1);
	}

	@Test
	void nobodyIsCheckedInWithoutARegistration() throws Exception {
		var event = fixtures.lecture(organizer, Duration.ofMinutes(-10));

		assertThat(page(post(checkIn(event, ada)).with(organizer.signedIn()).with(csrf()), 400))
			.contains("This person is not registered for the event.");
	}

	@Test
	void aRegistrantChecksInWithTheCodeInAnyCaseAndWithSpaces() throws Exception {
		var event = fixtures.lecture(organizer, Duration.ofMinutes(-5));
		fixtures.register(event, ada, RegistrationStatus.REGISTERED);

		String form = page(get(checkInPage(event)).with(ada.signedIn()), 200);
		assertThat(form).contains("id=\"check-in-form\"", "<label class=\"form-label\" for=\"code\">");

		page(post(checkInPage(event)).with(ada.signedIn()).with(csrf()).param("code", "  " + event.code().toLowerCase() + " "),
				302);

		assertThat(fixtures.attendedAt(event, ada)).isNotNull();
		assertThat(page(get(checkInPage(event)).with(ada.signedIn()), 200)).contains("id=\"checked-in\"");
		assertThat(published.stream(EventAttended.class).filter(e -> e.eventId() == event.id()))
			.singleElement()
			.satisfies(e -> assertThat(e.checkedInBy()).isEqualTo(ada.id()));
	}

	@Test
	void aWrongCodeIsNamedAndWhatWasTypedIsKept() throws Exception {
		var event = fixtures.lecture(organizer, Duration.ofMinutes(-5));
		fixtures.register(event, ada, RegistrationStatus.REGISTERED);

		String page = page(post(checkInPage(event)).with(ada.signedIn()).with(csrf()).param("code", "WR<NG"), 400);

		assertThat(page).contains("value=\"WR&lt;NG\"", "is-invalid", "id=\"code-error\"",
				"This is not the event’s code; check it and try again.", "aria-invalid=\"true\"");
		assertThat(fixtures.attendedAt(event, ada)).isNull();
	}

	@Test
	void afterTenWrongCodesInAnHourEvenTheRightCodeIsRefused() throws Exception {
		var event = fixtures.lecture(organizer, Duration.ofMinutes(-5));
		fixtures.register(event, ada, RegistrationStatus.REGISTERED);
		for (int i = 0; i < Attendance.MAX_WRONG_CODES; i++) {
			page(post(checkInPage(event)).with(ada.signedIn()).with(csrf()).param("code", "WRONG" + i), 400);
		}

		String page = page(post(checkInPage(event)).with(ada.signedIn()).with(csrf()).param("code", event.code()), 429);

		assertThat(page).contains("Too many wrong codes; try again in an hour");
		assertThat(fixtures.attendedAt(event, ada)).isNull();
		mvc.perform(post("/api/v1/events/" + event.id() + "/attendance").with(ada.signedIn()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"" + event.code() + "\"}")).andExpect(status().isTooManyRequests());
	}

	@Test
	void someoneOnTheWaitlistIsToldTheyHaveNoSeat() throws Exception {
		var event = fixtures.event(organizer, Duration.ofMinutes(-5), EventType.LECTURE, Audience.LEADERS, 1);
		var bea = fixtures.leader("Bea Waiting");
		fixtures.register(event, ada, RegistrationStatus.REGISTERED);
		fixtures.register(event, bea, RegistrationStatus.WAITLISTED);

		assertThat(page(post(checkInPage(event)).with(bea.signedIn()).with(csrf()).param("code", event.code()), 400))
			.contains("You are on the waitlist and have no seat");
		assertThat(page(get(checkInPage(event)).with(fixtures.leader("Not Registered").signedIn()), 200))
			.contains("You are not registered for this event");
		assertThat(fixtures.attendedAt(event, bea)).isNull();
	}

	@Test
	void theCheckInPageOfAnEventOutOfSightIsNotFound() throws Exception {
		var event = fixtures.lecture(organizer, Duration.ofMinutes(-5));

		page(get(checkInPage(event)).with(fixtures.employee("Eve Employee").signedIn()), 404);
	}

	@Test
	void theCsvListsEveryoneAndDefusesFormulas() throws Exception {
		var event = fixtures.lecture(organizer, Duration.ofDays(2));
		var mallory = fixtures.leader("=HYPERLINK(\"http://evil\",\"x\")");
		fixtures.register(event, ada, RegistrationStatus.REGISTERED);
		fixtures.register(event, mallory, RegistrationStatus.WAITLISTED);

		var response = mvc.perform(get(registrations(event) + ".csv").with(organizer.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();

		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(response.getContentType()).startsWith("text/csv");
		String csv = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("Name,Email,Unit,Status,Place on the waitlist,Registered at,Checked in at",
				"Ada Attendee," + ada.email() + ",,Registered,,",
				"\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"," + mallory.email() + ",,On the waitlist,1,");
	}

	@Test
	void cellsStartingLikeFormulasAreDefusedAndQuotedWhenNeeded() {
		assertThat(RegistrationsCsv.cell("=1+2")).isEqualTo("'=1+2");
		assertThat(RegistrationsCsv.cell("+972 3")).isEqualTo("'+972 3");
		assertThat(RegistrationsCsv.cell("-x")).isEqualTo("'-x");
		assertThat(RegistrationsCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(RegistrationsCsv.cell("Cohen, Dana")).isEqualTo("\"Cohen, Dana\"");
		assertThat(RegistrationsCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(RegistrationsCsv.cell("דנה כהן")).isEqualTo("דנה כהן");
		assertThat(RegistrationsCsv.cell(null)).isEmpty();
	}

	@Test
	void theApiChecksPeopleInAndOutWithTheSameRules() throws Exception {
		var event = fixtures.lecture(organizer, Duration.ofMinutes(-5));
		fixtures.register(event, ada, RegistrationStatus.REGISTERED);
		String path = "/api/v1/events/" + event.id() + "/attendance/" + ada.id();

		mvc.perform(put(path).with(fixtures.leader("Not Organizer").signedIn()).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(put(path).with(organizer.signedIn()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.personId").value(ada.id()))
			.andExpect(jsonPath("$.attendedAt").isNotEmpty());
		mvc.perform(delete(path).with(organizer.signedIn()).with(csrf())).andExpect(status().isNoContent());
		assertThat(fixtures.attendedAt(event, ada)).isNull();

		mvc.perform(post("/api/v1/events/" + event.id() + "/attendance").with(ada.signedIn()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"nope\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
		mvc.perform(post("/api/v1/events/" + event.id() + "/attendance").with(ada.signedIn()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"" + event.code() + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.attendedAt").isNotEmpty());
		assertThat(published.stream(EventAttended.class).filter(e -> e.eventId() == event.id())).hasSize(1);
	}

	private String page(MockHttpServletRequestBuilder request, int expected) throws Exception {
		return mvc.perform(request)
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private static String registrations(AttendanceFixtures.TestEvent event) {
		return "/calendar/events/" + event.id() + "/registrations";
	}

	private static String checkIn(AttendanceFixtures.TestEvent event, AttendanceFixtures.TestPerson person) {
		return "/calendar/events/" + event.id() + "/attendance/" + person.id();
	}

	private static String checkInPage(AttendanceFixtures.TestEvent event) {
		return "/calendar/events/" + event.id() + "/check-in";
	}
}
