package org.agora.discussions;

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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sharing links on the radar and curating them: who may do what, and the rules of a link. */
@SpringBootTest
@AutoConfigureMockMvc
class RadarIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	DiscussionsTestData people;

	String tag;

	@BeforeEach
	void setUp() {
		people = new DiscussionsTestData(jdbc);
		tag = "rt-" + DiscussionsTestData.unique();
	}

	@Test
	void aGuestHasNoRadar() throws Exception {
		var guest = people.guest("Gil Guest");

		mvc.perform(get("/radar").with(guest.signedIn())).andExpect(status().isForbidden());
		mvc.perform(share("https://guest.example/" + tag, "A guest link").with(guest.signedIn()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/radar").with(guest.signedIn())).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/radar").with(csrf())
			.with(guest.signedIn())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"url\":\"https://guest.example/x\",\"title\":\"t\",\"kind\":\"NEWS\"}"))
			.andExpect(status().isForbidden());
		assertThat(count("https://guest.example/" + tag)).isZero();
	}

	@Test
	void anEmployeesLinkWaitsForAManagerWhoApprovesAndFeaturesIt() throws Exception {
		var employee = people.employee("Eden Employee");
		var manager = people.manager("Mira Manager");
		String url = "https://km.example/" + tag;

		mvc.perform(share(url, "Employee link " + tag).with(employee.signedIn()))
			.andExpect(redirectedUrl("/radar"))
			.andExpect(flash().attribute("saved", "dradar.flash.pending"));
		long id = idOf(url);
		mvc.perform(get("/radar").param("tag", tag).with(employee.signedIn()))
			.andExpect(content().string(not(containsString("Employee link " + tag))));
		mvc.perform(get("/radar/queue").with(employee.signedIn())).andExpect(status().isForbidden());
		mvc.perform(post("/radar/" + id + "/approve").with(csrf()).with(employee.signedIn()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/radar/queue").with(manager.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Employee link " + tag)));

		mvc.perform(post("/radar/" + id + "/approve").with(csrf()).with(manager.signedIn()))
			.andExpect(redirectedUrl("/radar/queue"));
		mvc.perform(post("/radar/" + id + "/feature").with(csrf()).with(employee.signedIn()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/radar/" + id + "/feature").with(csrf()).with(manager.signedIn()))
			.andExpect(redirectedUrl("/radar"));

		mvc.perform(get("/radar").param("tag", tag).with(employee.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Employee link " + tag)))
			.andExpect(content().string(containsString("rel=\"noopener noreferrer nofollow\"")))
			.andExpect(content().string(containsString("id=\"radar-item-" + id + "\" ")));
		assertThat(jdbc.sql("select featured from discussions_radar_item where id = :id")
			.param("id", id)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void featuredItemsComeFirst() throws Exception {
		var manager = people.manager("Mira Manager");
		mvc.perform(share("https://first.example/" + tag, "Older featured " + tag).with(manager.signedIn()));
		mvc.perform(share("https://second.example/" + tag, "Newer plain " + tag).with(manager.signedIn()));
		mvc.perform(post("/radar/" + idOf("https://first.example/" + tag) + "/feature").with(csrf())
			.with(manager.signedIn()));

		String page = mvc.perform(get("/radar").param("tag", tag).with(manager.signedIn()))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page.indexOf("Older featured " + tag)).isLessThan(page.indexOf("Newer plain " + tag));
		mvc.perform(get("/api/v1/radar").param("tag", tag).with(manager.signedIn()))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[0].featured").value(true))
			.andExpect(jsonPath("$.items[1].title").value("Newer plain " + tag));
	}

	@Test
	void aManagersLinkAndALeadersLinkFollowTheirRoles() throws Exception {
		var manager = people.manager("Mira Manager");
		var leader = people.leader("Lior Leader");

		mvc.perform(share("https://manager.example/" + tag, "Manager link").with(manager.signedIn()))
			.andExpect(flash().attribute("saved", "dradar.flash.approved"));
		mvc.perform(share("https://leader.example/" + tag, "Leader link").with(leader.signedIn()))
			.andExpect(flash().attribute("saved", "dradar.flash.pending"));

		assertThat(statusOf("https://manager.example/" + tag)).isEqualTo("APPROVED");
		assertThat(statusOf("https://leader.example/" + tag)).isEqualTo("PENDING");
	}

	@Test
	void aManagerRejectsAndEditsButDecidesOnlyOnce() throws Exception {
		var employee = people.employee("Eden Employee");
		var manager = people.manager("Mira Manager");
		String url = "https://reject.example/" + tag;
		mvc.perform(share(url, "To reject").with(employee.signedIn()));
		long id = idOf(url);

		mvc.perform(get("/radar/" + id + "/edit").with(employee.signedIn())).andExpect(status().isForbidden());
		mvc.perform(post("/radar/" + id + "/edit").with(csrf())
			.with(manager.signedIn())
			.param("url", url)
			.param("title", "Edited title " + tag)
			.param("summary", "Better words")
			.param("tags", tag)
			.param("kind", "TOOL")).andExpect(redirectedUrl("/radar/queue"));
		mvc.perform(post("/radar/" + id + "/reject").with(csrf()).with(manager.signedIn()))
			.andExpect(flash().attribute("saved", "dradar.flash.rejected"));
		mvc.perform(post("/radar/" + id + "/approve").with(csrf()).with(manager.signedIn()))
			.andExpect(flash().attribute("failed", "dradar.error.decided"));

		assertThat(statusOf(url)).isEqualTo("REJECTED");
		assertThat(jdbc.sql("select title from discussions_radar_item where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("Edited title " + tag);
		mvc.perform(post("/radar/999999999/approve").with(csrf()).with(manager.signedIn()))
			.andExpect(status().isNotFound());
	}

	@Test
	void badLinksAreClearFormErrorsThatKeepWhatWasTyped() throws Exception {
		var employee = people.employee("Eden Employee");

		mvc.perform(share("javascript:alert(1)", "Title " + tag).with(employee.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Only http and https links can be shared")))
			.andExpect(content().string(containsString("Title " + tag)));
		mvc.perform(share("not a link at all", "t").with(employee.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("This is not a valid web address")));
		mvc.perform(share("ftp://files.example/x", "t").with(employee.signedIn()))
			.andExpect(status().isBadRequest());
		mvc.perform(share("https://long.example/" + "a".repeat(1000), "t").with(employee.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("at most 1000 characters")));
		mvc.perform(share("https://title.example/" + tag, "x".repeat(201)).with(employee.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("A title has at most 200 characters")));
		mvc.perform(share("https://title.example/" + tag, " ").with(employee.signedIn()))
			.andExpect(status().isBadRequest());
		mvc.perform(share("https://summary.example/" + tag, "t").param("summary", "s".repeat(2001))
			.with(employee.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("A summary has at most 2000 characters")));
		mvc.perform(share("https://kind.example/" + tag, "t").param("kind", "GOSSIP").with(employee.signedIn()))
			.andExpect(status().isBadRequest());
		mvc.perform(share("https://tags.example/" + tag, "t").param("tags", "<script>").with(employee.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("A tag has 2 to 30 letters")));

		assertThat(jdbc.sql("select count(*) from discussions_radar_item where url like :u")
			.param("u", "%" + tag + "%")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aLinkSharedTwiceIsRefusedWithALinkToTheFirst() throws Exception {
		var employee = people.employee("Eden Employee");
		var manager = people.manager("Mira Manager");
		mvc.perform(share("https://www.dup.example/" + tag + "/?utm_source=mail", "First").with(manager.signedIn()));
		long first = idOf("https://www.dup.example/" + tag + "/?utm_source=mail");

		mvc.perform(share("http://dup.example/" + tag, "Again").with(employee.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("This link has been shared already")))
			.andExpect(content().string(containsString("href=\"/radar#radar-item-" + first + "\"")))
			.andExpect(content().string(containsString("value=\"Again\"")));
		mvc.perform(post("/api/v1/radar").with(csrf())
			.with(employee.signedIn())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"url\":\"https://dup.example/" + tag + "#part\",\"title\":\"Again\",\"kind\":\"NEWS\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.existingId").value(first));
	}

	@Test
	void theApiSharesWithTheSameRules() throws Exception {
		var employee = people.employee("Eden Employee");

		mvc.perform(post("/api/v1/radar").with(csrf())
			.with(employee.signedIn())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"url\":\"https://api.example/" + tag + "\",\"title\":\"From the API\",\"kind\":\"tool\","
					+ "\"tags\":[\"" + tag + "\"],\"summary\":\"**bold**\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.kind").value("TOOL"))
			.andExpect(jsonPath("$.tags[0]").value(tag));
		mvc.perform(post("/api/v1/radar").with(csrf())
			.with(employee.signedIn())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"url\":\"javascript:alert(1)\",\"title\":\"x\",\"kind\":\"TOOL\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("url"));
		mvc.perform(get("/api/v1/radar").param("tag", tag).with(employee.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void anHtmxFilterGetsOnlyTheResults() throws Exception {
		var manager = people.manager("Mira Manager");
		mvc.perform(share("https://htmx.example/" + tag, "Htmx link " + tag).with(manager.signedIn()));

		mvc.perform(get("/radar").param("tag", tag).header("HX-Request", "true").with(manager.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Htmx link " + tag)))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(get("/radar").param("tag", tag).with(manager.signedIn()))
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("id=\"radar-results\"")));
	}

	@Test
	void theRadarSpeaksHebrew() throws Exception {
		var employee = people.employee("Eden Employee");

		mvc.perform(get("/radar").param("lang", "he").with(employee.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dir=\"rtl\"")))
			.andExpect(content().string(containsString("רדאר הקהילה")));
		mvc.perform(share("javascript:alert(1)", "כותרת").param("lang", "he").with(employee.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("אפשר לשתף רק קישורי http ו-https")));
	}

	private MockHttpServletRequestBuilder share(String url, String title) {
		return post("/radar").with(csrf())
			.param("url", url)
			.param("title", title)
			.param("summary", "A summary")
			.param("tags", tag)
			.param("kind", "ARTICLE");
	}

	private long idOf(String url) {
		return jdbc.sql("select id from discussions_radar_item where url = :url")
			.param("url", url)
			.query(Long.class)
			.single();
	}

	private String statusOf(String url) {
		return jdbc.sql("select status from discussions_radar_item where url = :url")
			.param("url", url)
			.query(String.class)
			.single();
	}

	private long count(String url) {
		return jdbc.sql("select count(*) from discussions_radar_item where url = :url")
			.param("url", url)
			.query(Long.class)
			.single();
	}
}
