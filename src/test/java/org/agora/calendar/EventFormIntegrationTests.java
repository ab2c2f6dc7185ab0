package org.agora.calendar;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agora.platform.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Planning, changing and cancelling an event through its form: rules per field, permissions, and registrants told. */
@SpringBootTest
@AutoConfigureMockMvc
class EventFormIntegrationTests {

	private static final ZoneId JERUSALEM = ZoneId.of("Asia/Jerusalem");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventEditor editor;

	EventPageFixtures fixtures;

	EventPageFixtures.Person leader;

	@BeforeEach
	void setUp() {
		fixtures = new EventPageFixtures(jdbc, editor);
		leader = fixtures.leader("Form Leader");
	}

	@Test
	void theNewFormIsPrefilledWithTheCreatorAndTheirTimeZone() throws Exception {
		var london = fixtures.person("London Leader", ZoneId.of("Europe/London"), Role.EMPLOYEE, Role.KNOWLEDGE_LEADER);

		mvc.perform(get("/calendar/events/new").with(london.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">" + london.email() + "</textarea>")))
			.andExpect(content().string(containsString("<option value=\"Europe/London\" selected>")))
			.andExpect(content().string(containsString("type=\"datetime-local\" id=\"start\"")));
	}

	@Test
	void anEmployeeMayNotPlanEvents() throws Exception {
		var employee = fixtures.employee("Form Employee");

		mvc.perform(get("/calendar/events/new").with(employee.signedIn())).andExpect(status().isForbidden());
		mvc.perform(submit(post("/calendar/events"), valid("Employee event")).with(employee.signedIn()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aLeaderPlansAnEventAndLandsOnItsPage() throws Exception {
		var result = mvc.perform(submit(post("/calendar/events"), valid("Knowledge café")).with(leader.signedIn()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/calendar/events/*"))
			.andExpect(flash().attribute("saved", "calpages.flash.created"))
			.andReturn();
		long id = Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));

		assertThat(jdbc.sql("select title, time_zone, capacity from calendar_event where id = :id")
			.param("id", id)
			.query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getInt(3))
			.single()).isEqualTo("Knowledge café|Asia/Jerusalem|30");
		mvc.perform(get("/calendar/events/" + id).with(leader.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Knowledge café")))
			.andExpect(content().string(containsString("id=\"edit-link\"")));
	}

	@Test
	void anEndBeforeTheStartIsNamedAndTheTypedValuesStay() throws Exception {
		var start = inTenDays();
		mvc.perform(submit(post("/calendar/events"),
				valid("Backwards <talk>", "end", start.minusHours(1).format(EventForm.LOCAL))).with(leader.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"end-error\">The end is not after the start.")))
			.andExpect(content().string(containsString("value=\"Backwards &lt;talk>\"")))
			.andExpect(content().string(containsString("value=\"" + start.minusHours(1).format(EventForm.LOCAL) + "\"")))
			.andExpect(content().string(containsString("value=\"Room 12\"")))
			.andExpect(content().string(containsString("id=\"focus-SOFT_SKILLS\" name=\"focus\" value=\"SOFT_SKILLS\" checked")));
	}

	@Test
	void anUnknownTimeZoneIsNamedAndKeptAsTyped() throws Exception {
		mvc.perform(submit(post("/calendar/events"), valid("Martian talk", "timeZone", "Mars/Olympus_Mons"))
			.with(leader.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"timeZone-error\">Choose a time zone from the list")))
			.andExpect(content().string(containsString("<option value=\"Mars/Olympus_Mons\" selected>")))
			.andExpect(content().string(containsString("value=\"Martian talk\"")));
	}

	@Test
	void aDeadlineAfterTheStartIsNamed() throws Exception {
		var late = inTenDays().plusDays(1).format(EventForm.LOCAL);
		mvc.perform(submit(post("/calendar/events"), valid("Late deadline", "registrationDeadline", late))
			.with(leader.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"registrationDeadline-error\">The registration deadline is after the start.")))
			.andExpect(content().string(containsString("value=\"" + late + "\"")));
	}

	@Test
	void aJointEventNeedsItsPartnerOrganization() throws Exception {
		mvc.perform(submit(post("/calendar/events"), valid("Joint day", "type", EventType.JOINT_EVENT.name()))
			.with(leader.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"partnerOrganization-error\">A joint event names the partner organization.")))
			.andExpect(content().string(containsString("<option value=\"JOINT_EVENT\" selected>")));
	}

	@Test
	void aCapacityBelowThoseRegisteredIsRefusedOnEdit() throws Exception {
		long id = fixtures.event(leader, "Shrinking room", 3);
		for (var name : new String[] { "First", "Second" }) {
			var person = fixtures.employee(name + " Registrant");
			mvc.perform(post("/calendar/events/" + id + "/register").with(csrf()).with(person.signedIn()))
				.andExpect(status().is3xxRedirection());
		}

		mvc.perform(get("/calendar/events/" + id + "/edit").with(leader.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Shrinking room\"")))
			.andExpect(content().string(containsString("name=\"capacity\" value=\"3\"")));
		var form = fields(EventPageFixtures.form("Shrinking room, renamed", 1));
		form.put("organizers", leader.email());
		mvc.perform(submit(post("/calendar/events/" + id), form).with(leader.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"capacity-error\">The capacity is below the number of people already registered.")))
			.andExpect(content().string(containsString("name=\"capacity\" value=\"1\"")))
			.andExpect(content().string(containsString("value=\"Shrinking room, renamed\"")));
		assertThat(jdbc.sql("select capacity from calendar_event where id = :id").param("id", id).query(Integer.class).single())
			.isEqualTo(3);
	}

	@Test
	void onlyOrganizersEditOrCancelAndGuestsLearnNothing() throws Exception {
		long id = fixtures.event(leader, "Not yours", null);
		var otherLeader = fixtures.leader("Other Leader");
		var guest = fixtures.guest("Partner Guest");

		for (var path : new String[] { "/edit", "/cancel" }) {
			mvc.perform(get("/calendar/events/" + id + path).with(otherLeader.signedIn())).andExpect(status().isForbidden());
			mvc.perform(get("/calendar/events/" + id + path).with(guest.signedIn())).andExpect(status().isNotFound());
		}
		mvc.perform(submit(post("/calendar/events/" + id), fields(EventPageFixtures.form("Taken over", null)))
			.with(otherLeader.signedIn())).andExpect(status().isForbidden());
		mvc.perform(post("/calendar/events/" + id + "/cancel").with(csrf()).with(guest.signedIn()))
			.andExpect(status().isNotFound());
	}

	@Test
	void cancellingTellsEveryoneRegisteredWithTheReason() throws Exception {
		long id = fixtures.event(leader, "Cancelled lecture", 1);
		var seated = fixtures.employee("Seated Person");
		var waiting = fixtures.employee("Waiting Person");
		for (var person : new EventPageFixtures.Person[] { seated, waiting }) {
			mvc.perform(post("/calendar/events/" + id + "/register").with(csrf()).with(person.signedIn()))
				.andExpect(status().is3xxRedirection());
		}

		mvc.perform(get("/calendar/events/" + id + "/cancel").with(leader.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reason\"")));
		mvc.perform(post("/calendar/events/" + id + "/cancel").with(csrf()).with(leader.signedIn())
			.param("reason", "The speaker is ill."))
			.andExpect(redirectedUrl("/calendar/events/" + id))
			.andExpect(flash().attribute("saved", "calpages.flash.cancelled"));

		mvc.perform(get("/calendar/events/" + id).with(seated.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"cancelled-banner\"")))
			.andExpect(content().string(containsString("The speaker is ill.")))
			.andExpect(content().string(containsString("Registration is closed because the event is cancelled.")))
			.andExpect(content().string(not(containsString("id=\"unregister-button\""))))
			.andExpect(content().string(not(containsString("id=\"cancel-link\""))));
		for (var person : new EventPageFixtures.Person[] { seated, waiting }) {
			await().atMost(Duration.ofSeconds(10)).until(() -> cancelledNotices(person, id) == 1);
		}
	}

	@Test
	void cancellingTwiceNamesTheReasonFieldAndKeepsTheText() throws Exception {
		long id = fixtures.event(leader, "Twice cancelled", null);
		editor.cancel(leader.user(), id, "First time");

		mvc.perform(post("/calendar/events/" + id + "/cancel").with(csrf()).with(leader.signedIn())
			.param("reason", "Second time"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"reason-error\">The event is already cancelled.")))
			.andExpect(content().string(containsString(">Second time</textarea>")));
	}

	private int cancelledNotices(EventPageFixtures.Person person, long eventId) {
		return jdbc.sql("""
				select count(*) from notifications_notification
				where person_id = :person and kind = 'calendar.cancelled' and link = :link""")
			.param("person", person.id())
			.param("link", "/calendar/events/" + eventId)
			.query(Integer.class)
			.single();
	}

	private static LocalDateTime inTenDays() {
		return LocalDateTime.now(JERUSALEM).plusDays(10).truncatedTo(ChronoUnit.HOURS);
	}

	/** A lecture with 30 seats that passes every rule, in Jerusalem, ten days from now, as form fields. */
	private static Map<String, String> valid(String title) {
		var start = inTenDays();
		return fields(new EventForm(title, "", EventType.LECTURE.name(), List.of(FocusArea.SOFT_SKILLS.name()), "",
				start.format(EventForm.LOCAL), start.plusHours(2).format(EventForm.LOCAL), "Asia/Jerusalem", "Room 12",
				"", "30", "", Audience.LEADERS.name(), "", ""));
	}

	private static Map<String, String> valid(String title, String field, String value) {
		var fields = valid(title);
		fields.put(field, value);
		return fields;
	}

	private static Map<String, String> fields(EventForm form) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("title", form.title());
		fields.put("description", form.description());
		fields.put("type", form.type());
		fields.put("focus", String.join(",", form.focus()));
		fields.put("tags", form.tags());
		fields.put("start", form.start());
		fields.put("end", form.end());
		fields.put("timeZone", form.timeZone());
		fields.put("location", form.location());
		fields.put("onlineUrl", form.onlineUrl());
		fields.put("capacity", form.capacity());
		fields.put("registrationDeadline", form.registrationDeadline());
		fields.put("audience", form.audience());
		fields.put("partnerOrganization", form.partnerOrganization());
		fields.put("organizers", form.organizers());
		return fields;
	}

	/** A form post of the fields; focus areas are given separated by commas and sent as one parameter each. */
	private static MockHttpServletRequestBuilder submit(MockHttpServletRequestBuilder request, Map<String, String> fields) {
		request.with(csrf());
		fields.forEach((name, value) -> {
			if (name.equals("focus")) {
				List.of(value.split(",")).stream().filter(f -> !f.isEmpty()).forEach(f -> request.param("focus", f));
			}
			else {
				request.param(name, value);
			}
		});
		return request;
	}
}
