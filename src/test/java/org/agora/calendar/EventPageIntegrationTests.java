package org.agora.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An event's page: what it tells each viewer, registering and the waitlist, and materials links. */
@SpringBootTest
@AutoConfigureMockMvc
class EventPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventEditor editor;

	EventPageFixtures fixtures;

	EventPageFixtures.Person organizer;

	@BeforeEach
	void setUp() {
		fixtures = new EventPageFixtures(jdbc, editor);
		organizer = fixtures.leader("Page Organizer");
	}

	@Test
	void theEventPageShowsTheEventToAnyoneItIsFor() throws Exception {
		long id = fixtures.event(organizer, "Maps of <knowledge>", 30);
		var employee = fixtures.employee("Curious Employee");

		show(id, employee).andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1 class=\"h3\" dir=\"auto\" id=\"event-title\">Maps of &lt;knowledge&gt;</h1>")))
			.andExpect(content().string(containsString("<span id=\"event-type\">Lecture</span>")))
			.andExpect(content().string(containsString("Technical domain")))
			.andExpect(content().string(containsString("#maps")))
			.andExpect(content().string(containsString("A talk about <strong>knowledge maps</strong>.")))
			.andExpect(content().string(containsString("Room 4")))
			.andExpect(content().string(containsString("0 of 30 seats taken")))
			.andExpect(content().string(containsString("All employees")))
			.andExpect(content().string(containsString("<a href=\"/people/" + organizer.id() + "\" dir=\"auto\">Page Organizer</a>")))
			.andExpect(content().string(containsString("href=\"/api/v1/events/" + id + "/ics\"")))
			.andExpect(content().string(containsString("id=\"register-button\">Register</button>")))
			.andExpect(content().string(not(containsString("id=\"edit-link\""))))
			.andExpect(content().string(not(containsString("id=\"link-form\""))));
	}

	@Test
	void organizersGetTheirToolsOnThePage() throws Exception {
		long id = fixtures.event(organizer, "Organized lecture", null);

		show(id, organizer).andExpect(status().isOk())
			.andExpect(content().string(containsString("0 registered, no limit")))
			.andExpect(content().string(containsString("href=\"/calendar/events/" + id + "/edit\"")))
			.andExpect(content().string(containsString("href=\"/calendar/events/" + id + "/cancel\"")))
			.andExpect(content().string(containsString("href=\"/calendar/events/" + id + "/registrations\"")))
			.andExpect(content().string(containsString("href=\"/calendar/events/" + id + "/invitations\"")))
			.andExpect(content().string(containsString("href=\"/calendar/events/" + id + "/feedback/results\"")))
			.andExpect(content().string(containsString("id=\"link-form\"")));
	}

	@Test
	void aGuestSeesOnlyTheEventsTheyAreInvitedToAndNoDirectoryLinks() throws Exception {
		long notInvited = fixtures.event(organizer, "Internal only", null);
		var form = EventPageFixtures.form("Joint workshop", null);
		long invited = fixtures.event(organizer, new EventForm(form.title(), form.description(),
				EventType.JOINT_EVENT.name(), form.focus(), form.tags(), form.start(), form.end(), form.timeZone(),
				form.location(), form.onlineUrl(), form.capacity(), form.registrationDeadline(),
				Audience.INVITED.name(), "Partner Utilities Ltd", form.organizers()));
		var guest = fixtures.guest("Visiting Guest");
		fixtures.invite(invited, guest, organizer);

		show(notInvited, guest).andExpect(status().isNotFound());
		show(invited, guest).andExpect(status().isOk())
			.andExpect(content().string(containsString("Partner Utilities Ltd")))
			.andExpect(content().string(containsString("<span dir=\"auto\">Page Organizer</span>")))
			.andExpect(content().string(not(containsString("href=\"/people/"))));
		mvc.perform(post("/calendar/events/" + notInvited + "/register").with(csrf()).with(guest.signedIn()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aCancellationGivesTheSeatToTheFirstOnTheWaitlist() throws Exception {
		long id = fixtures.event(organizer, "One seat only", 1);
		var first = fixtures.employee("First Comer");
		var second = fixtures.employee("Second Comer");

		register(id, first).andExpect(flash().attribute("saved", "calpages.flash.registered"));
		show(id, first).andExpect(content().string(containsString("id=\"standing\" class=\"fw-semibold\">You are registered.")))
			.andExpect(content().string(containsString("id=\"unregister-button\">Cancel my registration")));
		show(id, second).andExpect(content().string(containsString("Full — no seats left")))
			.andExpect(content().string(containsString("id=\"register-button\">Join the waitlist</button>")));

		register(id, second).andExpect(flash().attribute("saved", "calpages.flash.waitlisted"));
		show(id, second).andExpect(content().string(containsString("You are number 1 on the waitlist.")))
			.andExpect(content().string(containsString("Full — 1 on the waitlist")));

		mvc.perform(post("/calendar/events/" + id + "/unregister").with(csrf()).with(first.signedIn()))
			.andExpect(redirectedUrl("/calendar/events/" + id))
			.andExpect(flash().attribute("saved", "calpages.flash.unregistered"));
		assertThat(fixtures.status(id, second)).isEqualTo("REGISTERED");
		show(id, second).andExpect(content().string(containsString("You are registered.")));
		show(id, first).andExpect(content().string(containsString("id=\"register-button\">Join the waitlist</button>")));

		mvc.perform(post("/calendar/events/" + id + "/unregister").with(csrf()).with(second.signedIn()))
			.andExpect(redirectedUrl("/calendar/events/" + id));
		assertThat(fixtures.status(id, second)).isEqualTo("CANCELLED");
		show(id, second).andExpect(content().string(containsString("0 of 1 seats taken")));
	}

	@Test
	void givingUpARegistrationNobodyHeldIsExplainedOnThePage() throws Exception {
		long id = fixtures.event(organizer, "Never registered", null);
		var person = fixtures.employee("Stranger");

		mvc.perform(post("/calendar/events/" + id + "/unregister").with(csrf()).with(person.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"registration-error\">You are not registered for this event.")));
	}

	@Test
	void registeringForAnEventThatHasStartedIsRefusedClearly() throws Exception {
		long id = fixtures.event(organizer, "Already running", null);
		fixtures.startAt(id, Instant.now().minus(Duration.ofMinutes(10)), Duration.ofHours(2));
		var late = fixtures.employee("Late Comer");

		register(id, late).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"registration-error\">The event has already started; registration is closed.")))
			.andExpect(content().string(containsString("Registration is closed because the event has started.")))
			.andExpect(content().string(not(containsString("id=\"register-button\""))));
	}

	@Test
	void registeringForAPastEventIsRefusedClearly() throws Exception {
		long id = fixtures.event(organizer, "Long over", null);
		fixtures.startAt(id, Instant.now().minus(Duration.ofDays(3)), Duration.ofHours(2));
		var late = fixtures.employee("Very Late Comer");

		register(id, late).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"registration-error\">The event has already started; registration is closed.")))
			.andExpect(content().string(containsString("Registration is closed because the event is over.")));
	}

	@Test
	void registeringForACancelledEventIsRefusedClearly() throws Exception {
		long id = fixtures.event(organizer, "Called off", null);
		editor.cancel(organizer.user(), id, "Room flooded");
		var person = fixtures.employee("Hopeful Person");

		register(id, person).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"registration-error\">The event is cancelled; registration is closed.")))
			.andExpect(content().string(containsString("Registration is closed because the event is cancelled.")))
			.andExpect(content().string(containsString("Room flooded")));
	}

	@Test
	void registeringAfterTheDeadlineIsRefusedClearly() throws Exception {
		long id = fixtures.event(organizer, "Deadline passed", null);
		fixtures.deadlineAt(id, Instant.now().minus(Duration.ofHours(1)));
		var person = fixtures.employee("Slow Person");

		show(id, person).andExpect(content().string(containsString("Registration closed on ")))
			.andExpect(content().string(not(containsString("id=\"register-button\""))));
		register(id, person).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"registration-error\">The registration deadline has passed.")));
	}

	@Test
	void registeredPeopleCheckInFromAnHourBeforeTheStart() throws Exception {
		long id = fixtures.event(organizer, "Starting soon", null);
		var attendee = fixtures.employee("Punctual Attendee");
		register(id, attendee);

		show(id, attendee).andExpect(content().string(not(containsString("id=\"check-in-link\""))));
		fixtures.startAt(id, Instant.now().plus(Duration.ofMinutes(30)), Duration.ofHours(2));
		show(id, attendee).andExpect(content().string(containsString("href=\"/calendar/events/" + id + "/check-in\"")));
	}

	@Test
	void theCheckInLinkStaysUntilAWeekAfterTheEndAsCheckInDoes() throws Exception {
		long id = fixtures.event(organizer, "Ended yesterday", null);
		var attendee = fixtures.employee("Forgetful Attendee");
		register(id, attendee);

		fixtures.startAt(id, Instant.now().minus(Duration.ofDays(1)), Duration.ofHours(2));
		show(id, attendee).andExpect(content().string(containsString("id=\"check-in-link\"")));
		fixtures.startAt(id, Instant.now().minus(Duration.ofDays(8)), Duration.ofHours(2));
		show(id, attendee).andExpect(content().string(not(containsString("id=\"check-in-link\""))));
	}

	@Test
	void aCancelledEventHasNoCheckInLink() throws Exception {
		long id = fixtures.event(organizer, "Cancelled at the door", null);
		var attendee = fixtures.employee("Arrived Anyway");
		register(id, attendee);
		fixtures.startAt(id, Instant.now().plus(Duration.ofMinutes(30)), Duration.ofHours(2));
		editor.cancel(organizer.user(), id, "Speaker ill");

		show(id, attendee).andExpect(content().string(not(containsString("id=\"check-in-link\""))));
	}

	@Test
	void attendeesWhoHaveNotAnsweredAreAskedHowItWas() throws Exception {
		long id = fixtures.event(organizer, "Just finished", null);
		var attendee = fixtures.employee("Attendee");
		var absent = fixtures.employee("Absentee");
		register(id, attendee);
		register(id, absent);
		fixtures.startAt(id, Instant.now().minus(Duration.ofHours(3)), Duration.ofHours(2));
		fixtures.markAttended(id, attendee);

		show(id, attendee).andExpect(content().string(containsString("href=\"/calendar/events/" + id + "/feedback\"")));
		show(id, absent).andExpect(content().string(not(containsString("id=\"feedback-link\""))));
		jdbc.sql("""
				insert into calendar_feedback (event_id, person_id, rating, created_at)
				values (:event, :person, 5, :now)""")
			.param("event", id)
			.param("person", attendee.id())
			.param("now", java.sql.Timestamp.from(Instant.now().truncatedTo(ChronoUnit.SECONDS)))
			.update();
		show(id, attendee).andExpect(content().string(not(containsString("id=\"feedback-link\""))));
	}

	@Test
	void aCheckInCountsOnlyWhileThePersonHoldsASeat() throws Exception {
		long id = fixtures.event(organizer, "Seat given up", null);
		var gone = fixtures.employee("Checked In Then Gone");
		register(id, gone);
		fixtures.startAt(id, Instant.now().minus(Duration.ofHours(3)), Duration.ofHours(2));
		fixtures.markAttended(id, gone);
		jdbc.sql("update calendar_registration set status = 'CANCELLED' where event_id = :event and person_id = :person")
			.param("event", id)
			.param("person", gone.id())
			.update();

		show(id, gone).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"attended\""))))
			.andExpect(content().string(not(containsString("id=\"feedback-link\""))));
	}

	@Test
	void organizersAddAndRemoveMaterialsAndRecordings() throws Exception {
		long id = fixtures.event(organizer, "With slides", null);
		var viewer = fixtures.employee("Slide Reader");

		mvc.perform(post("/calendar/events/" + id + "/links").with(csrf()).with(organizer.signedIn())
			.param("kind", "RECORDING")
			.param("title", "The recording")
			.param("url", "ftp://nowhere"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"linkUrl-error\">Give a web address starting with https://.")))
			.andExpect(content().string(containsString("value=\"The recording\"")))
			.andExpect(content().string(containsString("value=\"ftp://nowhere\"")))
			.andExpect(content().string(containsString("<option value=\"RECORDING\" selected>")));
		mvc.perform(post("/calendar/events/" + id + "/links").with(csrf()).with(organizer.signedIn())
			.param("kind", "MATERIAL")
			.param("title", "Slides")
			.param("url", "https://example.org/slides.pdf"))
			.andExpect(redirectedUrl("/calendar/events/" + id + "#links"));
		mvc.perform(post("/calendar/events/" + id + "/links").with(csrf()).with(viewer.signedIn())
			.param("kind", "MATERIAL")
			.param("title", "Spam")
			.param("url", "https://example.org/spam"))
			.andExpect(status().isForbidden());

		show(id, viewer).andExpect(content().string(containsString("<a href=\"https://example.org/slides.pdf\" rel=\"noopener noreferrer\" dir=\"auto\">Slides</a>")))
			.andExpect(content().string(not(containsString("/links/"))));
		long linkId = jdbc.sql("select id from calendar_event_link where event_id = :id").param("id", id).query(Long.class).single();
		mvc.perform(post("/calendar/events/" + id + "/links/" + linkId + "/delete").with(csrf()).with(viewer.signedIn()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/calendar/events/" + id + "/links/" + linkId + "/delete").with(csrf()).with(organizer.signedIn()))
			.andExpect(redirectedUrl("/calendar/events/" + id + "#links"));
		show(id, viewer).andExpect(content().string(containsString("No materials or recordings yet.")));
	}

	@Test
	void anUnknownEventIsNotFound() throws Exception {
		show(Long.MAX_VALUE, organizer).andExpect(status().isNotFound());
	}

	private ResultActions show(long id, EventPageFixtures.Person viewer) throws Exception {
		return mvc.perform(get("/calendar/events/" + id).with(viewer.signedIn()));
	}

	private ResultActions register(long id, EventPageFixtures.Person person) throws Exception {
		return mvc.perform(post("/calendar/events/" + id + "/register").with(csrf()).with(person.signedIn()));
	}
}
