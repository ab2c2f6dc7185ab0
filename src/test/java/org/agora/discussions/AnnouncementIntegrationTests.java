package org.agora.discussions;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.agora.platform.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Announcements reach exactly their audience: on the home page until dismissed or expired, on the announcements
 * page and API, and as a notification and an email; no one outside the audience sees or receives them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AnnouncementIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Announcements announcements;

	DiscussionsTestData people;

	DiscussionsTestData.Person manager;

	String tag;

	@BeforeEach
	void setUp() {
		people = new DiscussionsTestData(jdbc);
		manager = people.manager("Mira Manager");
		tag = DiscussionsTestData.unique();
	}

	@Test
	void onlyManagersPublish() throws Exception {
		for (var person : List.of(people.employee("Eden Employee"), people.leader("Lior Leader"))) {
			mvc.perform(get("/announcements/new").with(person.signedIn())).andExpect(status().isForbidden());
			mvc.perform(publish("Not allowed " + tag, "LEADERS").with(person.signedIn()))
				.andExpect(status().isForbidden());
			mvc.perform(post("/api/v1/announcements").with(csrf())
				.with(person.signedIn())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"x\",\"body\":\"y\",\"audience\":\"ALL\"}")).andExpect(status().isForbidden());
		}
		mvc.perform(get("/announcements").with(people.guest("Gil Guest").signedIn())).andExpect(status().isForbidden());
		assertThat(countTitled("Not allowed " + tag)).isZero();
	}

	@Test
	void aLeadersAnnouncementReachesLeadersOnly() throws Exception {
		var leader = people.leader("Lior Leader");
		var employee = people.employee("Eden Employee");
		String title = "For leaders " + tag;
		// written straight to the table: publishing to every leader of the shared test database would notify them all
		long id = insert(title, "LEADERS", null, Duration.ofDays(10));

		mvc.perform(get("/").with(leader.signedIn()))
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("action=\"/announcements/" + id + "/read\"")));
		mvc.perform(get("/announcements").with(leader.signedIn())).andExpect(content().string(containsString(title)));
		mvc.perform(get("/api/v1/announcements").with(leader.signedIn()))
			.andExpect(content().string(containsString(title)));
		mvc.perform(get("/").with(employee.signedIn())).andExpect(content().string(not(containsString(title))));
		mvc.perform(get("/announcements").with(employee.signedIn()))
			.andExpect(content().string(not(containsString(title))));
		mvc.perform(get("/api/v1/announcements").with(employee.signedIn()))
			.andExpect(content().string(not(containsString(title))));
		mvc.perform(post("/announcements/" + id + "/read").with(csrf()).with(employee.signedIn()))
			.andExpect(status().isNotFound());
		assertThat(announcements.recipients(AnnouncementAudience.LEADERS, null)).contains(leader.id())
			.doesNotContain(employee.id());
	}

	@Test
	void everyoneMeansEveryRoleButAGuestAlone() {
		var employee = people.employee("Eden Employee");
		var leader = people.leader("Lior Leader");
		var guest = people.guest("Gil Guest");

		assertThat(announcements.recipients(AnnouncementAudience.ALL, null)).contains(employee.id(), leader.id(),
				manager.id())
			.doesNotContain(guest.id());
	}

	@Test
	void aUnitAnnouncementReachesThatUnitAndItsSubUnitsOnly() throws Exception {
		long division = people.unit(null);
		long department = people.unit(division);
		long elsewhere = people.unit(null);
		var inDivision = people.person("Dina Division", division, Role.EMPLOYEE);
		var inDepartment = people.person("Dan Department", department, Role.EMPLOYEE);
		var outside = people.person("Ofer Outside", elsewhere, Role.EMPLOYEE, Role.KNOWLEDGE_LEADER);
		var guestInDivision = people.person("Gali Guest", division, Role.GUEST);
		String title = "For the division " + tag;

		mvc.perform(publish(title, "UNIT").param("unitId", String.valueOf(division)).with(manager.signedIn()))
			.andExpect(status().is3xxRedirection());
		long id = idOf(title);

		for (var member : List.of(inDivision, inDepartment)) {
			mvc.perform(get("/").with(member.signedIn())).andExpect(content().string(containsString(title)));
			awaitNotified(member, id);
			await().atMost(Duration.ofSeconds(10)).until(() -> mailedTo(member, title) == 1);
		}
		mvc.perform(get("/").with(outside.signedIn())).andExpect(content().string(not(containsString(title))));
		mvc.perform(get("/api/v1/announcements").with(outside.signedIn()))
			.andExpect(content().string(not(containsString(title))));
		assertThat(notified(outside, id)).isFalse();
		assertThat(notified(guestInDivision, id)).isFalse();
		assertThat(mailedTo(outside, title)).isZero();
		assertThat(mailedTo(guestInDivision, title)).isZero();
	}

	@Test
	void dismissingTakesItOffTheHomePageAndCountsAsRead() throws Exception {
		long unit = people.unit(null);
		var employee = people.person("Eden Employee", unit, Role.EMPLOYEE);
		String title = "For the unit " + tag;
		mvc.perform(publish(title, "UNIT").param("unitId", String.valueOf(unit)).with(manager.signedIn()));
		long id = idOf(title);
		mvc.perform(get("/").with(employee.signedIn())).andExpect(content().string(containsString(title)));

		mvc.perform(post("/announcements/" + id + "/read").with(csrf()).with(employee.signedIn()))
			.andExpect(redirectedUrl("/"));
		mvc.perform(post("/announcements/" + id + "/read").with(csrf()).with(employee.signedIn()))
			.andExpect(redirectedUrl("/"));

		mvc.perform(get("/").with(employee.signedIn())).andExpect(content().string(not(containsString(title))));
		mvc.perform(get("/announcements").with(employee.signedIn())).andExpect(content().string(containsString(title)));
		String managersPage = mvc.perform(get("/announcements").with(manager.signedIn()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String article = managersPage.substring(managersPage.indexOf("id=\"announcement-" + id + "\""));
		assertThat(article.substring(0, article.indexOf("</article>"))).contains("read by 1");
		assertThat(jdbc.sql("select count(*) from discussions_announcement_read where announcement_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anExpiredAnnouncementIsNoLongerShown() throws Exception {
		var leader = people.leader("Lior Leader");
		String title = "Expired " + tag;
		insert(title, "ALL", null, Duration.ofDays(-1));

		mvc.perform(get("/").with(leader.signedIn())).andExpect(content().string(not(containsString(title))));
		mvc.perform(get("/announcements").with(leader.signedIn()))
			.andExpect(content().string(not(containsString(title))));
		mvc.perform(get("/announcements").with(manager.signedIn())).andExpect(content().string(containsString(title)));
	}

	@Test
	void badInputIsAClearErrorAndNothingIsPublished() throws Exception {
		String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();

		mvc.perform(publish("", "ALL").with(manager.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("An announcement has a title of 1 to 200 characters")));
		mvc.perform(publish("x".repeat(201), "ALL").with(manager.signedIn())).andExpect(status().isBadRequest());
		mvc.perform(publish("Long " + tag, "ALL").param("body", "b".repeat(10_001)).with(manager.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Long " + tag)));
		mvc.perform(publish("Past " + tag, "ALL").param("expires", yesterday).with(manager.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The last day must be in the future")));
		mvc.perform(publish("No unit " + tag, "UNIT").with(manager.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose the unit")));
		mvc.perform(publish("Nobody " + tag, "FRIENDS").with(manager.signedIn())).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/announcements").with(csrf())
			.with(manager.signedIn())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Api past " + tag + "\",\"body\":\"b\",\"audience\":\"ALL\",\"expires\":\"" + yesterday
					+ "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("expires"));

		assertThat(jdbc.sql("select count(*) from discussions_announcement where title like :t")
			.param("t", "%" + tag)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theApiPublishesAndListsWithTheSameRules() throws Exception {
		long unit = people.unit(null);
		var leader = people.person("Lior Leader", unit, Role.EMPLOYEE, Role.KNOWLEDGE_LEADER);
		String title = "Api unit " + tag;

		mvc.perform(post("/api/v1/announcements").with(csrf())
			.with(manager.signedIn())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"" + title + "\",\"body\":\"**Save the date**\",\"audience\":\"UNIT\",\"unitId\":" + unit
					+ "}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.audience").value("UNIT"))
			.andExpect(jsonPath("$.authorName").value(manager.name()));

		mvc.perform(get("/api/v1/announcements").with(leader.signedIn()))
			.andExpect(jsonPath("$[?(@.title == '" + title + "')].read").value(false));
		Instant expires = jdbc.sql("select expires_at from discussions_announcement where title = :t")
			.param("t", title)
			.query(Timestamp.class)
			.single()
			.toInstant();
		assertThat(expires).isAfter(Instant.now().plus(Duration.ofDays(29)));
	}

	@Test
	void aPayloadInTheBodyRendersInertOnTheHomePage() throws Exception {
		long unit = people.unit(null);
		var employee = people.person("Eden Employee", unit, Role.EMPLOYEE);
		String title = "<img src=x onerror=alert(1)> " + tag;
		mvc.perform(publish(title, "UNIT").param("unitId", String.valueOf(unit)).param("body", "<script>alert(1)</script>[x](javascript:alert(1))")
			.with(manager.signedIn()));

		String home = mvc.perform(get("/").with(employee.signedIn())).andReturn().getResponse().getContentAsString();

		assertThat(home).contains("&lt;img src=x onerror=alert(1)&gt; " + tag);
		assertThat(home).doesNotContain("<script>alert(1)").doesNotContain("href=\"javascript:");
	}

	@Test
	void theHomePageSpeaksHebrew() throws Exception {
		long unit = people.unit(null);
		var employee = people.person("Eden Employee", unit, Role.EMPLOYEE);
		mvc.perform(publish("Hebrew " + tag, "UNIT").param("unitId", String.valueOf(unit)).with(manager.signedIn()));

		mvc.perform(get("/").param("lang", "he").with(employee.signedIn()))
			.andExpect(content().string(containsString("סימון כנקרא")));
	}

	private MockHttpServletRequestBuilder publish(String title, String audience) {
		return post("/announcements").with(csrf())
			.param("title", title)
			.param("body", "Come to the **quarterly** meet-up.")
			.param("audience", audience);
	}

	/** An announcement written to the table, without notifying anyone; expiresIn may be negative. */
	private long insert(String title, String audience, Long unitId, Duration expiresIn) {
		jdbc.sql("""
				insert into discussions_announcement (title, body, audience, unit_id, author_id, published_at, expires_at)
				values (:title, 'Some *news*', :audience, :unit, :author, :published, :expires)""")
			.param("title", title)
			.param("audience", audience)
			.param("unit", unitId)
			.param("author", manager.id())
			.param("published", Timestamp.from(Instant.now().minus(Duration.ofDays(40))))
			.param("expires", Timestamp.from(Instant.now().plus(expiresIn)))
			.update();
		return idOf(title);
	}

	private long idOf(String title) {
		return jdbc.sql("select id from discussions_announcement where title = :t")
			.param("t", title)
			.query(Long.class)
			.single();
	}

	private long countTitled(String title) {
		return jdbc.sql("select count(*) from discussions_announcement where title = :t")
			.param("t", title)
			.query(Long.class)
			.single();
	}

	private void awaitNotified(DiscussionsTestData.Person person, long id) {
		await().atMost(Duration.ofSeconds(10)).until(() -> notified(person, id));
	}

	private boolean notified(DiscussionsTestData.Person person, long id) {
		return jdbc.sql("""
				select count(*) from notifications_notification
				where person_id = :p and kind = 'discussions.announcement' and link = :link""")
			.param("p", person.id())
			.param("link", "/announcements#announcement-" + id)
			.query(Long.class)
			.single() > 0;
	}

	private long mailedTo(DiscussionsTestData.Person person, String title) {
		return jdbc.sql("select count(*) from platform_mail where recipient = :r and subject like :s")
			.param("r", person.email())
			.param("s", "%" + title + "%")
			.query(Long.class)
			.single();
	}
}
