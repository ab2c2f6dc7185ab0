package org.agora.notifications;

import java.util.List;

import org.agora.notifications.TestPeople.TestPerson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The notification centre, its JSON twin, the bell, the home page reminder and the preferences page. */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationCentreIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Notifications notifications;

	@Autowired
	Preferences preferences;

	TestPeople people;

	@BeforeEach
	void setUp() {
		people = new TestPeople(jdbc);
	}

	@Test
	void onlyTheOwnerMarksANotificationRead() throws Exception {
		var owner = people.employee("Olga Owner");
		var other = people.employee("Oren Other");
		long viaPage = welcome(owner);
		long viaApi = welcome(owner);

		mvc.perform(post("/notifications/{id}/read", viaPage).with(other.signedIn()).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/notifications/{id}/read", viaApi).with(other.signedIn()).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(notifications.unreadCount(owner.id())).isEqualTo(2);

		mvc.perform(post("/notifications/{id}/read", viaPage).with(owner.signedIn()).with(csrf()))
			.andExpect(redirectedUrl("/notifications?page=0"));
		mvc.perform(post("/api/v1/notifications/{id}/read", viaApi).with(owner.signedIn()).with(csrf()))
			.andExpect(status().isNoContent());
		assertThat(notifications.unreadCount(owner.id())).isZero();
	}

	@Test
	void anHtmxRequestGetsTheListAloneAndAnyOtherTheWholePage() throws Exception {
		var reader = people.employee("Rina Reader");
		long id = welcome(reader);

		String page = mvc.perform(get("/notifications").with(reader.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String fragment = mvc.perform(get("/notifications").header("HX-Request", "true").with(reader.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(startsWith("<div id=\"notification-list\">")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("<!DOCTYPE html>", "<div id=\"notification-list\">", "notification-unread",
				"hx-post=\"/notifications/" + id + "/read\"", "Welcome to Agora, Rina Reader!");
		assertThat(fragment).doesNotContain("<html", "<header").contains("notification-unread");
	}

	@Test
	void markingReadWithHtmxAnswersWithTheUpdatedList() throws Exception {
		var reader = people.employee("Roni Reader");
		long first = welcome(reader);
		welcome(reader);

		String afterOne = mvc.perform(post("/notifications/{id}/read", first).header("HX-Request", "true")
			.with(reader.signedIn())
			.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String afterAll = mvc.perform(post("/notifications/read").header("HX-Request", "true")
			.with(reader.signedIn())
			.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(afterOne).startsWith("<div id=\"notification-list\">")
			.doesNotContain("hx-post=\"/notifications/" + first + "/read\"")
			.contains("notification-unread", "hx-post=\"/notifications/read\"");
		assertThat(afterAll).doesNotContain("notification-unread", "hx-post=\"/notifications/read\"");
		assertThat(notifications.unreadCount(reader.id())).isZero();
	}

	@Test
	void theApiPagesNewestFirstWithTextsInTheCallersLanguage() throws Exception {
		var reader = people.employee("Avi Api");
		long newest = 0;
		for (int i = 0; i < 25; i++) {
			newest = welcome(reader);
		}

		mvc.perform(get("/api/v1/notifications").with(reader.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(25))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(20))
			.andExpect(jsonPath("$.items.length()").value(20))
			.andExpect(jsonPath("$.items[0].id").value(newest))
			.andExpect(jsonPath("$.items[0].kind").value("welcome"))
			.andExpect(jsonPath("$.items[0].text").value("Welcome to Agora, Avi Api! Start by completing your profile."))
			.andExpect(jsonPath("$.items[0].link").value("/me"))
			.andExpect(jsonPath("$.items[0].read").value(false))
			.andExpect(jsonPath("$.items[0].createdAt").isString());
		mvc.perform(get("/api/v1/notifications").param("page", "1").header("Accept-Language", "he")
			.with(reader.signedIn()))
			.andExpect(jsonPath("$.items.length()").value(5))
			.andExpect(jsonPath("$.items[0].text").value(startsWith("ברוכים הבאים לאגורה, Avi Api!")));
		mvc.perform(get("/api/v1/notifications/unread-count").with(reader.signedIn()))
			.andExpect(jsonPath("$.unread").value(25));
	}

	@Test
	void theBellAndTheHomePageCountTheUnread() throws Exception {
		var reader = people.employee("Bella Bell");
		welcome(reader);
		welcome(reader);

		String home = mvc.perform(get("/").with(reader.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(home).contains("You have 2 unread notifications", "id=\"notification-bell\"",
				"<span class=\"visually-hidden\">2 unread</span>");
	}

	@Test
	void thePreferencesPageShowsEachKindWithLabelledChoicesAndTheDefaults() throws Exception {
		var person = people.employee("Pnina Prefs");

		String page = mvc.perform(get("/notifications/preferences").with(person.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("id=\"email-nomination.received\" checked>", "id=\"email-welcome\">",
				"id=\"inApp-welcome\" checked>",
				"<label class=\"visually-hidden\" for=\"email-welcome\">Welcome to Agora: by email</label>");
	}

	@Test
	void savedPreferencesReplaceTheDefaults() throws Exception {
		var person = people.employee("Pini Prefs");

		mvc.perform(post("/notifications/preferences").with(person.signedIn()).with(csrf())
			.param("inApp", "welcome")
			.param("email", "welcome", "no.such.kind"))
			.andExpect(redirectedUrl("/notifications/preferences?saved"));

		assertThat(preferences.of(person.id())).extracting(Preference::kind).containsExactly(NotificationKind.values());
		assertThat(preferences.of(person.id())).allSatisfy(preference -> assertThat(preference)
			.isEqualTo(preference.kind() == NotificationKind.WELCOME ? new Preference(NotificationKind.WELCOME, true, true)
					: new Preference(preference.kind(), false, false)));
	}

	@Test
	void theCentreIsForSignedInPeopleOnly() throws Exception {
		mvc.perform(get("/notifications")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/api/v1/notifications")).andExpect(status().isUnauthorized());
	}

	private long welcome(TestPerson person) {
		return notifications.add(person.id(), NotificationKind.WELCOME, List.of(person.name()), "/me");
	}
}
