package org.agora.calendar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.agora.Personas;
import org.agora.platform.search.SearchAccess;
import org.agora.platform.search.SearchSourceChecks;
import org.agora.platform.search.SearchDocument;
import org.agora.platform.search.SearchableChanged;
import org.agora.platform.security.AccountUser;
import org.agora.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Events in search: whoever an event's keys let find it is whoever the calendar policy and the event page let open
 * it, for every audience, invitation, registration and organizer; and planning, changing and cancelling reach the
 * index while invitations and registrations change only the viewer's keys.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class EventSearchIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	EventSearch source;

	@Autowired
	EventEditor editor;

	@Autowired
	ApplicationEvents events;

	@Test
	void whoFindsAnEventIsWhoMayOpenIt() throws Exception {
		var fixtures = new CalendarViewsFixtures(jdbc);
		var owner = fixtures.manager();
		var organizer = fixtures.leader();
		var invitedGuest = fixtures.guest();
		var invitedEmployee = fixtures.employee();
		var registered = fixtures.employee();
		var waitlisted = fixtures.guest();
		var withdrawn = fixtures.employee();
		var viewers = new LinkedHashMap<String, AccountUser>();
		Personas.BY_ROLE.forEach((role, email) -> viewers.put(role, Personas.user(users, email)));
		Map.of("organizer", organizer, "invited guest", invitedGuest, "invited employee", invitedEmployee,
				"registered", registered, "waitlisted", waitlisted, "withdrawn", withdrawn)
			.forEach((name, person) -> viewers.put(name, person.principal()));

		var ids = new ArrayList<Long>();
		for (var audience : Audience.values()) {
			ids.add(fixtures.event(CalendarViewsFixtures.unique("search"), owner).audience(audience).save());
			ids.add(fixtures.event(CalendarViewsFixtures.unique("search"), owner).audience(audience).cancelled().save());
		}
		long joint = fixtures.event("Joint", owner).audience(Audience.INVITED).type(EventType.JOINT_EVENT).save();
		long leaders = fixtures.event("For leaders", owner).audience(Audience.LEADERS).save();
		long organized = fixtures.event("Organized", organizer).audience(Audience.INVITED).save();
		ids.addAll(List.of(joint, leaders, organized));
		fixtures.invite(joint, invitedGuest, owner);
		fixtures.invite(joint, invitedEmployee, owner);
		fixtures.invite(leaders, invitedEmployee, owner);
		fixtures.register(joint, registered, RegistrationStatus.REGISTERED);
		fixtures.register(leaders, waitlisted, RegistrationStatus.WAITLISTED);
		fixtures.register(leaders, withdrawn, RegistrationStatus.CANCELLED);

		var documents = source.find(ids);
		assertThat(documents).extracting(SearchDocument::id).containsExactlyInAnyOrderElementsOf(ids);

		for (var viewer : viewers.entrySet()) {
			var user = viewer.getValue();
			var opens = new LinkedHashSet<Long>();
			for (long id : ids) {
				if (mvc.perform(get("/calendar/events/" + id).with(signedIn(user))).andReturn().getResponse()
					.getStatus() == 200) {
					opens.add(id);
				}
			}
			assertThat(SearchSourceChecks.keyed(source, user, documents)).as(viewer.getKey()).isEqualTo(opens);
			assertThat(source.visible(user, ids)).as(viewer.getKey()).isEqualTo(opens);
		}
		assertThat(source.visible(invitedGuest.principal(), ids)).containsExactly(joint);
		assertThat(source.visible(withdrawn.principal(), ids)).doesNotContain(leaders);
		assertThat(source.visible(organizer.principal(), ids)).contains(organized);
	}

	@Test
	void anEventIsFoundByItsPlainWords() {
		var fixtures = new EventPageFixtures(jdbc, editor);
		var organizer = fixtures.leader("Search Organizer");
		var form = EventPageFixtures.form("Mapping critical knowledge", null);
		long id = fixtures.event(organizer, new EventForm(form.title(),
				"## Agenda\n\nWe map **critical** knowledge with [the template](https://example.org/t) and `csv` files.",
				EventType.WORKSHOP.name(), form.focus(), "maps, retention", form.start(), form.end(), form.timeZone(),
				"Room 4", "", "", "", Audience.LEADERS.name(), "Partner University", ""));

		var document = source.find(List.of(id)).get(0);

		assertThat(document.title()).isEqualTo("Mapping critical knowledge");
		assertThat(document.kind()).isEqualTo("workshop");
		assertThat(document.tags()).containsExactlyInAnyOrder("maps", "retention");
		assertThat(document.path()).isEqualTo("/calendar/events/" + id);
		assertThat(document.date()).isNotNull();
		assertThat(document.body()).contains("Agenda", "critical", "the template", "csv", "Room 4", "Partner University")
			.doesNotContain("**", "##", "](", "`", "https://example.org", "<", ">");
		assertThat(document.access()).contains(SearchAccess.MANAGERS, SearchAccess.person(organizer.id()),
				SearchAccess.role(Role.KNOWLEDGE_LEADER))
			.doesNotContain(SearchAccess.role(Role.EMPLOYEE), SearchAccess.ORGANIZATION,
					SearchAccess.SIGNED_IN);
	}

	@Test
	void planningChangingAndCancellingReachTheIndexWhileInvitationsChangeOnlyKeys() throws Exception {
		var fixtures = new EventPageFixtures(jdbc, editor);
		var organizer = fixtures.leader("Changing Organizer");
		var guest = fixtures.guest("Invited Later");

		long id = fixtures.event(organizer, "Planned for search", null);
		assertThat(changed()).containsExactly(id);

		events.clear();
		var form = EventPageFixtures.form("Renamed for search", null);
		editor.update(organizer.user(), id, new EventForm(form.title(), form.description(), form.type(), form.focus(),
				form.tags(), form.start(), form.end(), form.timeZone(), form.location(), "", "", "",
				Audience.INVITED.name(), "", organizer.email()));
		assertThat(changed()).containsExactly(id);
		assertThat(source.find(List.of(id)).get(0).title()).isEqualTo("Renamed for search");

		events.clear();
		assertThat(source.visible(guest.user(), List.of(id))).isEmpty();
		mvc.perform(post("/calendar/events/" + id + "/invitations").with(csrf()).with(organizer.signedIn())
			.param("emails", guest.email())).andExpect(status().is3xxRedirection());
		assertThat(changed()).isEmpty();
		assertThat(SearchSourceChecks.keyed(source, guest.user(), source.find(List.of(id)))).containsExactly(id);
		assertThat(source.visible(guest.user(), List.of(id))).containsExactly(id);

		events.clear();
		editor.cancel(organizer.user(), id, "No room");
		assertThat(changed()).containsExactly(id);
		assertThat(source.find(List.of(id))).hasSize(1);
	}

	@Test
	void theRebuildGivesTheSameDocumentsAsFind() {
		var fixtures = new CalendarViewsFixtures(jdbc);
		var owner = fixtures.manager();
		var ids = List.of(fixtures.event("Rebuilt", owner).save(), fixtures.event("Rebuilt too", owner).cancelled().save());
		SearchSourceChecks.rebuildAgreesWithFind(source, ids);
	}


	private List<Long> changed() {
		return events.stream(SearchableChanged.class)
			.filter(e -> e.type().equals("event"))
			.flatMap(e -> e.ids().stream())
			.distinct()
			.toList();
	}

	private static RequestPostProcessor signedIn(AccountUser user) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}
}
