package org.agora.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.agora.Personas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * After an event, the people who attended rate it and say what was useful and what to change, one answer each; the
 * organizers and community managers see the numbers and the comments, never who wrote them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EventFeedbackIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	AttendanceFixtures fixtures;

	AttendanceFixtures.TestPerson organizer;

	AttendanceFixtures.TestPerson ada;

	AttendanceFixtures.TestEvent past;

	@BeforeEach
	void adaAttendedAnEventThatEnded() {
		fixtures = new AttendanceFixtures(jdbc);
		organizer = fixtures.leader("Olga Organizer");
		ada = fixtures.leader("Ada Attendee");
		past = fixtures.lecture(organizer, Duration.ofDays(-1));
		fixtures.register(past, ada, RegistrationStatus.REGISTERED);
		fixtures.attended(past, ada);
	}

	@Test
	void theSurveyAsksForARatingInAFieldsetAndTwoOptionalAnswers() throws Exception {
		String page = page(get(feedback(past)).with(ada.signedIn()), 200);

		assertThat(page).contains("<fieldset", "<legend", "How would you rate the event?", "type=\"radio\" name=\"rating\"",
				"for=\"rating-5\"", "What was useful?", "What would you change?", "maxlength=\"2000\"");
	}

	@Test
	void anAttendeeAnswersOnceAndSendingAgainReplacesTheAnswer() throws Exception {
		page(post(feedback(past)).with(ada.signedIn()).with(csrf())
			.param("rating", "4")
			.param("useful", "The examples")
			.param("toChange", "More time"), 302);
		page(post(feedback(past)).with(ada.signedIn()).with(csrf()).param("rating", "5").param("useful", "Everything"),
				302);

		assertThat(jdbc.sql("select rating, useful, to_change from calendar_feedback where event_id = :event")
			.param("event", past.id())
			.query((rs, n) -> rs.getInt(1) + "|" + rs.getString(2) + "|" + rs.getString(3))
			.list()).containsExactly("5|Everything|null");
		String page = page(get(feedback(past)).with(ada.signedIn()), 200);
		assertThat(page).contains("id=\"feedback-given\"", "Everything", "Update my answer");
		assertThat(page).containsPattern("id=\"rating-5\" value=\"5\" required checked");
	}

	@Test
	void aMissingRatingIsNamedAndWhatWasTypedIsKept() throws Exception {
		String page = page(post(feedback(past)).with(ada.signedIn()).with(csrf())
			.param("useful", "The <b>examples</b>")
			.param("toChange", "Shorter breaks"), 400);

		assertThat(page).contains("Choose a rating from 1 to 5.", "id=\"rating-error\"", "The &lt;b&gt;examples&lt;/b&gt;",
				"Shorter breaks");
		assertThat(page(post(feedback(past)).with(ada.signedIn()).with(csrf())
			.param("rating", "4")
			.param("useful", "x".repeat(2001)), 400)).contains("Write at most 2000 characters.", "id=\"useful-error\"");
		assertThat(answers(past)).isZero();
	}

	@Test
	void peopleWhoDidNotAttendAreToldClearlyThatTheSurveyIsForAttendees() throws Exception {
		var registeredOnly = fixtures.leader("Rami Registered");
		fixtures.register(past, registeredOnly, RegistrationStatus.REGISTERED);

		assertThat(page(get(feedback(past)).with(registeredOnly.signedIn()), 403))
			.contains("Only people who attended the event give feedback on it.");
		page(post(feedback(past)).with(registeredOnly.signedIn()).with(csrf()).param("rating", "1"), 403);
		page(get(feedback(past)).with(Personas.as(users, Personas.LEADER)), 403);
		page(get(feedback(past)).with(Personas.as(users, Personas.EMPLOYEE)), 404);
		assertThat(answers(past)).isZero();
	}

	@Test
	void beforeTheEndTheSurveyIsNotOpenYet() throws Exception {
		var running = fixtures.lecture(organizer, Duration.ofMinutes(-30));
		fixtures.register(running, ada, RegistrationStatus.REGISTERED);
		fixtures.attended(running, ada);

		assertThat(page(get(feedback(running)).with(ada.signedIn()), 200)).contains("id=\"feedback-not-yet\"")
			.doesNotContain("name=\"rating\"");
		assertThat(page(post(feedback(running)).with(ada.signedIn()).with(csrf()).param("rating", "5"), 400))
			.contains("The survey opens when the event ends");
		assertThat(answers(running)).isZero();
	}

	@Test
	void aCancelledEventHasNoSurveyAndThePageSaysWhy() throws Exception {
		fixtures.cancel(past);

		assertThat(page(get(feedback(past)).with(ada.signedIn()), 200)).contains("id=\"feedback-cancelled\"",
				"The event was cancelled, so there is no survey to answer.")
			.doesNotContain("name=\"rating\"", "id=\"feedback-not-yet\"");
		assertThat(page(post(feedback(past)).with(ada.signedIn()).with(csrf()).param("rating", "5"), 400))
			.contains("id=\"feedback-cancelled\"");
		mvc.perform(post("/api/v1/events/" + past.id() + "/feedback").with(ada.signedIn()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"rating\":5}")).andExpect(status().isBadRequest());
		assertThat(answers(past)).isZero();
	}

	@Test
	void aCheckInCountsOnlyWhileThePersonHoldsASeat() throws Exception {
		var gone = fixtures.leader("Gil Gone");
		fixtures.register(past, gone, RegistrationStatus.REGISTERED);
		fixtures.attended(past, gone);
		jdbc.sql("update calendar_registration set status = 'CANCELLED' where event_id = :event and person_id = :person")
			.param("event", past.id())
			.param("person", gone.id())
			.update();

		page(get(feedback(past)).with(gone.signedIn()), 403);
		page(post(feedback(past)).with(gone.signedIn()).with(csrf()).param("rating", "1"), 403);
		assertThat(page(get(results(past)).with(organizer.signedIn()), 200)).contains("id=\"attendees\">1<");
	}

	@Test
	void organizersSeeNumbersAndCommentsWithoutNames() throws Exception {
		var bea = fixtures.leader("Bea Attendee");
		var cem = fixtures.leader("Cem Attendee");
		var dan = fixtures.leader("Dan Absent");
		for (var person : new AttendanceFixtures.TestPerson[] { bea, cem }) {
			fixtures.register(past, person, RegistrationStatus.REGISTERED);
			fixtures.attended(past, person);
		}
		fixtures.register(past, dan, RegistrationStatus.REGISTERED);
		var fourth = fixtures.leader("Eli Attendee");
		fixtures.register(past, fourth, RegistrationStatus.REGISTERED);
		fixtures.attended(past, fourth);
		answer(ada, "5", "Zebra-striped slides", "");
		answer(bea, "4", "Always the examples", "Less talk");
		answer(cem, "2", "", "Bigger room");

		String page = page(get(results(past)).with(organizer.signedIn()), 200);

		assertThat(page).contains("id=\"answers\">3<", "id=\"attendees\">4<", "75%", "id=\"average\">3.7<",
				"class=\"text-end rating-4\">1<", "class=\"text-end rating-1\">0<", "<caption>");
		assertThat(page).containsSubsequence("Always the examples", "Zebra-striped slides");
		assertThat(page).contains("Less talk", "Bigger room")
			.doesNotContain("Ada Attendee", "Bea Attendee", "Cem Attendee", "Eli Attendee");
		page(get(results(past)).with(Personas.as(users, Personas.MANAGER)), 200);
		page(get(results(past)).with(ada.signedIn()), 403);
		page(get(results(past)).with(Personas.as(users, Personas.GUEST)), 404);

		mvc.perform(get("/api/v1/events/" + past.id() + "/feedback").with(organizer.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.answers").value(3))
			.andExpect(jsonPath("$.attendees").value(4))
			.andExpect(jsonPath("$.responseRate").value(0.75))
			.andExpect(jsonPath("$.average").value(3.7))
			.andExpect(jsonPath("$.counts[1]").value(1))
			.andExpect(jsonPath("$.useful[0]").value("Always the examples"));
		mvc.perform(get("/api/v1/events/" + past.id() + "/feedback").with(ada.signedIn()))
			.andExpect(status().isForbidden());
	}

	@Test
	void withFewerThanThreeAnswersOnlyTheirNumberIsShown() throws Exception {
		answer(ada, "1", "A telling comment", "");

		String page = page(get(results(past)).with(organizer.signedIn()), 200);

		assertThat(page).contains("id=\"feedback-withheld\"", "id=\"answers\">1<").doesNotContain("A telling comment");
	}

	@Test
	void theApiTakesAnAnswerAndThenReplacesIt() throws Exception {
		String path = "/api/v1/events/" + past.id() + "/feedback";

		mvc.perform(post(path).with(ada.signedIn()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"rating\":6}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("rating"));
		mvc.perform(post(path).with(ada.signedIn()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"rating\":3,\"useful\":\"Good\"}")).andExpect(status().isCreated());
		mvc.perform(post(path).with(ada.signedIn()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"rating\":4}")).andExpect(status().isOk());
		mvc.perform(post(path).with(fixtures.leader("Not There").signedIn()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"rating\":4}")).andExpect(status().isForbidden());

		assertThat(answers(past)).isOne();
	}

	private void answer(AttendanceFixtures.TestPerson person, String rating, String useful, String toChange)
			throws Exception {
		page(post(feedback(past)).with(person.signedIn()).with(csrf())
			.param("rating", rating)
			.param("useful", useful)
			.param("toChange", toChange), 302);
	}

	private int answers(AttendanceFixtures.TestEvent event) {
		return jdbc.sql("select count(*) from calendar_feedback where event_id = :event")
			.param("event", event.id())
			.query(Integer.class)
			.single();
	}

	private String page(MockHttpServletRequestBuilder request, int expected) throws Exception {
		return mvc.perform(request)
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String feedback(AttendanceFixtures.TestEvent event) {
		return "/calendar/events/" + event.id() + "/feedback";
	}

	private static String results(AttendanceFixtures.TestEvent event) {
		return "/calendar/events/" + event.id() + "/feedback/results";
	}
}
