package org.agora.calendar;

import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The events API: what each role may do, the viewer's own standing, and errors that name the field. */
@SpringBootTest
@AutoConfigureMockMvc
class EventsApiIntegrationTests {

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

	IcsApiFixtures.Member leader;

	IcsApiFixtures.Member employee;

	IcsApiFixtures.Member guest;

	IcsApiFixtures.Member manager;

	@BeforeEach
	void people() {
		fixtures = new IcsApiFixtures(jdbc, editor, registrations);
		organizer = fixtures.leader("Api Organizer");
		leader = fixtures.leader("Api Leader");
		employee = fixtures.employee("Api Employee");
		guest = fixtures.guest("Api Guest");
		manager = fixtures.manager("Api Manager");
	}

	@Test
	void aLeaderPlansAnEventAndGetsItBackWithItsLocation() throws Exception {
		var start = LocalDateTime.of(2042, 7, 14, 9, 30);
		String json = """
				{"title": "API planning day", "description": "Bring *ideas*", "type": "WORKSHOP",
				 "focus": ["SOFT_SKILLS", "MANAGEMENT_TOOLS"], "tags": ["facilitation", "planning"],
				 "start": "%s", "end": "%s", "timeZone": "Europe/London", "location": "Room 3", "capacity": 12,
				 "audience": "EMPLOYEES"}""".formatted(start.format(EventForm.LOCAL),
				start.plusHours(3).format(EventForm.LOCAL));

		var location = mvc
			.perform(post("/api/v1/events").with(csrf())
				.with(organizer.signedIn())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/events/")))
			.andExpect(jsonPath("$.title").value("API planning day"))
			.andExpect(jsonPath("$.type").value("WORKSHOP"))
			.andExpect(jsonPath("$.focus", containsInAnyOrder("SOFT_SKILLS", "MANAGEMENT_TOOLS")))
			.andExpect(jsonPath("$.tags", containsInAnyOrder("facilitation", "planning")))
			.andExpect(jsonPath("$.start").value("2042-07-14T08:30:00Z"))
			.andExpect(jsonPath("$.localStart").value("2042-07-14T09:30"))
			.andExpect(jsonPath("$.localEnd").value("2042-07-14T12:30"))
			.andExpect(jsonPath("$.timeZone").value("Europe/London"))
			.andExpect(jsonPath("$.capacity").value(12))
			.andExpect(jsonPath("$.seats.free").value(12))
			.andExpect(jsonPath("$.status").value("SCHEDULED"))
			.andExpect(jsonPath("$.organizers[0].id").value(organizer.id()))
			.andExpect(jsonPath("$.organizers[0].name").value("Api Organizer"))
			.andExpect(jsonPath("$.url", startsWith("http://localhost:8080/calendar/events/")))
			.andExpect(jsonPath("$.checkInCode").isNotEmpty())
			.andReturn()
			.getResponse()
			.getHeader("Location");

		mvc.perform(get(location).with(employee.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("API planning day"))
			.andExpect(jsonPath("$.checkInCode").doesNotExist());
	}

	@Test
	void employeesAndGuestsDoNotPlanEvents() throws Exception {
		for (var person : new IcsApiFixtures.Member[] { employee, guest }) {
			mvc.perform(post("/api/v1/events").with(csrf())
				.with(person.signedIn())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\": \"Not mine to plan\"}")).andExpect(status().isForbidden());
		}
	}

	@Test
	void badInputNamesTheField() throws Exception {
		var start = IcsApiFixtures.someFutureStart();
		String valid = """
				"title": "Bad input", "start": "%s", "location": "Hall", "timeZone": "Asia/Jerusalem\"""".formatted(
				start.format(EventForm.LOCAL));
		expectInvalid("{" + valid + ", \"end\": \"" + start.minusHours(1).format(EventForm.LOCAL) + "\"}", "end");
		expectInvalid("{\"title\": \"Zone\", \"start\": \"" + start.format(EventForm.LOCAL) + "\", \"end\": \""
				+ start.plusHours(1).format(EventForm.LOCAL) + "\", \"location\": \"Hall\", \"timeZone\": \"Mars/Base\"}",
				"timeZone");
		expectInvalid("{" + valid + ", \"end\": \"" + start.plusHours(1).format(EventForm.LOCAL)
				+ "\", \"registrationDeadline\": \"" + start.plusHours(1).format(EventForm.LOCAL) + "\"}",
				"registrationDeadline");
		expectInvalid("{" + valid + ", \"end\": \"" + start.plusHours(1).format(EventForm.LOCAL)
				+ "\", \"capacity\": \"many\"}", "capacity");
		expectInvalid("{" + valid + ", \"colour\": \"red\"}", "colour");
		expectInvalid("{\"title\": {\"en\": \"Nested\"}}", "title");
		expectInvalid("{\"title\": \"\"}", "title");
	}

	@Test
	void listsShowOnlyWhatTheViewerMaySeeWithFiltersAndPages() throws Exception {
		var start = LocalDateTime.of(2043, 2, 10, 17, 0);
		long forLeaders = fixtures.event(organizer, "List: leaders", start, "", Audience.LEADERS);
		long forEmployees = fixtures.event(organizer, "List: employees", start.plusDays(1), "", Audience.EMPLOYEES);
		long invitedOnly = fixtures.event(organizer, "List: invited", start.plusDays(2), "", Audience.INVITED);
		jdbc.sql("""
				insert into calendar_invitation (event_id, person_id, invited_by, invited_at)
				values (:event, :person, :by, current_timestamp)""")
			.param("event", invitedOnly)
			.param("person", guest.id())
			.param("by", organizer.id())
			.update();
		String window = "/api/v1/events?from=2043-02-10&to=2043-02-12&size=100";

		mvc.perform(get(window).with(leader.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", hasItem((int) forLeaders)))
			.andExpect(jsonPath("$.items[*].id", hasItem((int) forEmployees)))
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) invitedOnly))));
		mvc.perform(get(window).with(employee.signedIn()))
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) forLeaders))))
			.andExpect(jsonPath("$.items[*].id", hasItem((int) forEmployees)));
		mvc.perform(get(window).with(guest.signedIn()))
			.andExpect(jsonPath("$.items[*].id", containsInAnyOrder((int) invitedOnly)));
		mvc.perform(get(window).with(manager.signedIn()))
			.andExpect(jsonPath("$.items[*].id", hasItem((int) invitedOnly)))
			.andExpect(jsonPath("$.items[*].id", hasItem((int) forLeaders)));

		mvc.perform(get("/api/v1/events?from=2043-02-11&to=2043-02-11&size=100").with(manager.signedIn()))
			.andExpect(jsonPath("$.items[*].id", hasItem((int) forEmployees)))
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) forLeaders))));
		mvc.perform(get(window + "&type=WORKSHOP").with(manager.signedIn()))
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) forLeaders))));
		mvc.perform(get("/api/v1/events?from=2043-02-10&to=2043-02-12&size=1&page=1").with(organizer.signedIn()))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(1))
			.andExpect(jsonPath("$.items.length()").value(1));

		expectBadParameter("/api/v1/events?size=0", "size");
		expectBadParameter("/api/v1/events?size=101", "size");
		expectBadParameter("/api/v1/events?page=-1", "page");
		expectBadParameter("/api/v1/events?from=10/02/2043", "from");
		expectBadParameter("/api/v1/events?type=PARTY", "type");
		expectBadParameter("/api/v1/events?from=2043-02-12&to=2043-02-10", "to");
	}

	@Test
	void anEventIsHiddenFromThoseWhoMayNotSeeIt() throws Exception {
		long id = fixtures.event(organizer, "Hidden from employees");

		mvc.perform(get("/api/v1/events/" + id).with(employee.signedIn())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/events/" + id).with(guest.signedIn())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/events/" + id).with(leader.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.myStatus").isEmpty())
			.andExpect(jsonPath("$.checkInCode").doesNotExist());
		mvc.perform(get("/api/v1/events/" + id).with(manager.signedIn()))
			.andExpect(jsonPath("$.checkInCode").isNotEmpty());
	}

	@Test
	void organizersChangeOnlyTheFieldsTheySend() throws Exception {
		var start = LocalDateTime.of(2044, 5, 3, 18, 0);
		long id = fixtures.event(organizer, "Patch me", start, "20", Audience.LEADERS);
		fixtures.register(leader, id);

		mvc.perform(patch("/api/v1/events/" + id).with(csrf())
			.with(organizer.signedIn())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Patched\", \"tags\": \"one, two\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Patched"))
			.andExpect(jsonPath("$.tags", containsInAnyOrder("one", "two")))
			.andExpect(jsonPath("$.localStart").value("2044-05-03T18:00"))
			.andExpect(jsonPath("$.capacity").value(20))
			.andExpect(jsonPath("$.location").value("Hall A, Tel Aviv"))
			.andExpect(jsonPath("$.description").value("We meet to **learn**."))
			.andExpect(jsonPath("$.seats.registered").value(1));

		mvc.perform(patch("/api/v1/events/" + id).with(csrf())
			.with(organizer.signedIn())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"capacity\": null}")).andExpect(status().isOk()).andExpect(jsonPath("$.capacity").isEmpty());
		expectInvalidPatch(id, "{\"end\": \"2044-05-03T17:00\"}", "end");
		expectInvalidPatch(id, "{\"capacity\": 0}", "capacity");
		mvc.perform(patch("/api/v1/events/" + id).with(csrf())
			.with(leader.signedIn())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Not my event\"}")).andExpect(status().isForbidden());
		mvc.perform(patch("/api/v1/events/" + id).with(csrf())
			.with(employee.signedIn())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Not my event\"}")).andExpect(status().isNotFound());
	}

	@Test
	void organizersCancelWithAReasonOnce() throws Exception {
		long byQuery = fixtures.event(organizer, "Cancel by query");
		long byBody = fixtures.event(organizer, "Cancel by body");

		mvc.perform(delete("/api/v1/events/" + byQuery).with(csrf()).with(leader.signedIn()))
			.andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/events/" + byQuery).with(csrf()).with(employee.signedIn()))
			.andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/events/" + byQuery).param("reason", "Speaker ill").with(csrf())
			.with(organizer.signedIn())).andExpect(status().isNoContent());
		mvc.perform(delete("/api/v1/events/" + byBody).with(csrf())
			.with(manager.signedIn())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Hall flooded\"}")).andExpect(status().isNoContent());

		mvc.perform(get("/api/v1/events/" + byQuery).with(organizer.signedIn()))
			.andExpect(jsonPath("$.status").value("CANCELLED"))
			.andExpect(jsonPath("$.cancelReason").value("Speaker ill"));
		mvc.perform(get("/api/v1/events/" + byBody).with(organizer.signedIn()))
			.andExpect(jsonPath("$.cancelReason").value("Hall flooded"));
		mvc.perform(delete("/api/v1/events/" + byQuery).with(csrf()).with(organizer.signedIn()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(post("/api/v1/events/" + byQuery + "/registration").with(csrf()).with(leader.signedIn()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("registration"));
	}

	@Test
	void peopleRegisterJoinTheWaitlistAndGiveUpTheirSeat() throws Exception {
		long id = fixtures.event(organizer, "Two seats", IcsApiFixtures.someFutureStart(), "1", Audience.LEADERS);
		var second = fixtures.leader("Api Second");

		mvc.perform(post("/api/v1/events/" + id + "/registration").with(csrf()).with(leader.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REGISTERED"))
			.andExpect(jsonPath("$.position").value(0));
		mvc.perform(post("/api/v1/events/" + id + "/registration").with(csrf()).with(second.signedIn()))
			.andExpect(jsonPath("$.status").value("WAITLISTED"))
			.andExpect(jsonPath("$.position").value(1));
		mvc.perform(get("/api/v1/events/" + id).with(second.signedIn()))
			.andExpect(jsonPath("$.myStatus").value("WAITLISTED"))
			.andExpect(jsonPath("$.myPosition").value(1))
			.andExpect(jsonPath("$.seats.registered").value(1))
			.andExpect(jsonPath("$.seats.waitlisted").value(1))
			.andExpect(jsonPath("$.seats.free").value(0));
		mvc.perform(post("/api/v1/events/" + id + "/registration").with(csrf()).with(employee.signedIn()))
			.andExpect(status().isNotFound());

		mvc.perform(delete("/api/v1/events/" + id + "/registration").with(csrf()).with(leader.signedIn()))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/events/" + id).with(second.signedIn()))
			.andExpect(jsonPath("$.myStatus").value("REGISTERED"));
		mvc.perform(delete("/api/v1/events/" + id + "/registration").with(csrf()).with(leader.signedIn()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("registration"));
	}

	@Test
	void organizersSeeWhoIsRegisteredAndWaitingInOrder() throws Exception {
		long id = fixtures.event(organizer, "Who comes", IcsApiFixtures.someFutureStart(), "1", Audience.LEADERS);
		var second = fixtures.leader("Api Waiting");
		fixtures.register(leader, id);
		fixtures.register(second, id);
		fixtures.attended(id, leader);

		mvc.perform(get("/api/v1/events/" + id + "/registrations").with(organizer.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.registered[0].personId").value(leader.id()))
			.andExpect(jsonPath("$.registered[0].name").value("Api Leader"))
			.andExpect(jsonPath("$.registered[0].email").value(leader.email()))
			.andExpect(jsonPath("$.registered[0].attended").value(true))
			.andExpect(jsonPath("$.waitlist[0].personId").value(second.id()))
			.andExpect(jsonPath("$.waitlist[0].position").value(1))
			.andExpect(jsonPath("$.waitlist[0].attended").value(false));
		mvc.perform(get("/api/v1/events/" + id + "/registrations").with(manager.signedIn()))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/events/" + id + "/registrations").with(leader.signedIn()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/events/" + id + "/registrations").with(employee.signedIn()))
			.andExpect(status().isNotFound());
	}

	private void expectInvalid(String json, String field) throws Exception {
		mvc.perform(post("/api/v1/events").with(csrf())
			.with(organizer.signedIn())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(field));
	}

	private void expectInvalidPatch(long id, String json, String field) throws Exception {
		mvc.perform(patch("/api/v1/events/" + id).with(csrf())
			.with(organizer.signedIn())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(field));
	}

	private void expectBadParameter(String url, String field) throws Exception {
		mvc.perform(get(url).with(leader.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(field));
	}
}
