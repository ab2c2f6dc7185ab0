package org.agora.recognition;

import java.time.Instant;
import java.util.List;

import org.agora.discussions.SpaceFixtures.TestPerson;
import org.agora.platform.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.agora.recognition.RecognitionTestData.id;
import static org.agora.recognition.RecognitionTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The badge pages and their JSON twins, in English and Hebrew: every badge with its holders and the viewer's own
 * marked; who holds a badge and why; manual badges created and awarded by community managers only, with field
 * errors that keep what was typed; a person's points, whose sources only they and managers see.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BadgePagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Badges badges;

	@Autowired
	Ledger ledger;

	RecognitionTestData data;

	TestPerson manager;

	TestPerson employee;

	@BeforeEach
	void setUp() {
		data = new RecognitionTestData(jdbc);
		manager = data.manager("Badge manager");
		employee = data.employee("Badge employee");
	}

	@Test
	void theBadgesPageListsEveryBadgeAndMarksTheViewersOwnInEnglishAndHebrew() throws Exception {
		badges.earn(BadgeRules.FIRST_ANSWER, employee.id(), 1, Instant.now());
		mvc.perform(get("/recognition/badges").with(employee.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<tr id=\"badge-first-answer\" class=\"badge-mine\">")))
			.andExpect(content().string(containsString("<tr id=\"badge-mentor\">")))
			.andExpect(content().string(containsString("First answer")))
			.andExpect(content().string(containsString("You hold this badge")))
			.andExpect(content().string(not(containsString("id=\"badge-form\""))));
		mvc.perform(get("/recognition/badges").param("lang", "he").with(employee.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"he\" dir=\"rtl\">")))
			.andExpect(content().string(containsString("<title>תגים · Agora</title>")))
			.andExpect(content().string(containsString("תשובה ראשונה")))
			.andExpect(content().string(containsString("התג הזה שלך")));
	}

	@Test
	void aBadgesPageShowsWhoHoldsItAndWhyInEnglishAndHebrew() throws Exception {
		long unit = data.unit("Holders unit");
		data.inUnit(employee, unit);
		badges.earn(BadgeRules.TEN_ACCEPTED, employee.id(), 12, Instant.now());
		mvc.perform(get("/recognition/badges/ten-accepted").with(manager.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"holder-" + employee.id() + "\"")))
			.andExpect(content().string(containsString(employee.name())))
			.andExpect(content().string(containsString("Holders unit")))
			.andExpect(content().string(containsString("Accepted answers: 12")))
			// automatic: nobody awards it by hand
			.andExpect(content().string(not(containsString("id=\"award-form\""))));
		mvc.perform(get("/recognition/badges/ten-accepted").param("lang", "he").with(employee.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("עשר תשובות מקובלות")))
			.andExpect(content().string(containsString("תשובות מקובלות: 12")))
			.andExpect(content().string(containsString("id=\"badge-mine\"")));
		mvc.perform(get("/recognition/badges/no-such-badge").with(employee.signedIn())).andExpect(status().isNotFound());
	}

	@Test
	void aCommunityManagerCreatesAManualBadgeAndAwardsItWithACitationOnce() throws Exception {
		String slug = "community-voice-" + unique();
		mvc.perform(get("/recognition/badges").with(manager.signedIn()))
			.andExpect(content().string(containsString("id=\"badge-form\"")));
		create(manager, slug, "Community voice", "קול הקהילה", "Speaks for the community.", "מדבר בשם הקהילה.")
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/recognition/badges/" + slug));

		award(manager, slug, employee.email(), "For the <b>town hall</b> that brought the units together.")
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/recognition/badges/" + slug).with(manager.signedIn()))
			.andExpect(content().string(containsString("id=\"award-form\"")))
			.andExpect(content().string(containsString("town hall")))
			.andExpect(content().string(not(containsString("<b>town hall</b>"))));
		long badgeId = badges.get(slug).id();
		assertThat(data.timeline(employee))
			.containsExactly("BADGE badge-" + badgeId + "-" + employee.id() + " " + slug + " /recognition/badges/" + slug);

		award(manager, slug, "@" + employee.handle(), "Again")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"person-error\"")))
			.andExpect(content().string(containsString("They hold this badge already.")))
			.andExpect(content().string(containsString(">Again</textarea>")));
		assertThat(badges.holders(badges.get(slug), 0, 10).total()).isEqualTo(1);
	}

	@Test
	void fieldErrorsNameTheFieldAndKeepWhatWasTyped() throws Exception {
		String slug = "kept-" + unique();
		create(manager, slug, "Kept", " ", "Kept typing.", "תיאור")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"nameHe-error\"")))
			.andExpect(content().string(containsString("value=\"" + slug + "\"")))
			.andExpect(content().string(containsString(">Kept typing.</textarea>")));
		create(manager, "x".repeat(61), "Long", "ארוך", "Long.", "ארוך.")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Keep the address to 60 characters.")));
		create(manager, "Not A Slug", "Bad", "רע", "Bad.", "רע.")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"slug-error\"")));
		create(manager, "mentor", "Mentor again", "חונך", "Twice.", "פעמיים.")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Another badge has this address; choose another.")));
		create(manager, slug, "Kept", "נשמר", "Kept.", "נשמר.".repeat(100))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"descriptionHe-error\"")));

		create(manager, slug, "Kept", "נשמר", "Kept.", "נשמר.").andExpect(status().is3xxRedirection());
		award(manager, slug, employee.email(), " ")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"citation-error\"")))
			.andExpect(content().string(containsString("value=\"" + employee.email() + "\"")));
		award(manager, slug, employee.email(), "y".repeat(501))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Keep the citation to 500 characters.")));
		award(manager, slug, "nobody-" + unique() + "@agora.example", "Why")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"person-error\"")));
		award(manager, slug, data.fixtures.guest("Badge guest " + unique()).email(), "Why")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"person-error\"")));
		award(manager, slug, manager.email(), "Myself")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("another community manager may award it to you")));
		award(manager, BadgeRules.MENTOR, employee.email(), "By hand")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("This badge is earned by its rule")));
		mvc.perform(post("/recognition/badges").param("lang", "he").param("slug", slug).with(manager.signedIn())
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("יש לתת לתג שם באנגלית.")));
		assertThat(badges.holders(badges.get(slug), 0, 10).total()).isZero();
		assertThat(badges.of(employee.id())).isEmpty();
	}

	@Test
	void onlyCommunityManagersCreateAndAwardBadges() throws Exception {
		String slug = "managers-only-" + unique();
		create(manager, slug, "Managers only", "מנהלים בלבד", "Only theirs.", "רק שלהם.")
			.andExpect(status().is3xxRedirection());
		var admin = data.fixtures.person("Badge admin " + unique(), "en", Role.ADMIN);
		var leader = data.fixtures.leader("Badge leader " + unique());
		var guest = data.fixtures.guest("Badge guest " + unique());
		var tried = new java.util.ArrayList<String>();
		for (var person : List.of(employee, leader, admin, guest)) {
			tried.add("by-" + unique());
			create(person, tried.get(tried.size() - 1), "Theirs", "שלהם", "No.", "לא.")
				.andExpect(status().isForbidden());
			award(person, slug, manager.email(), "No").andExpect(status().isForbidden());
			json(post("/api/v1/badges"), person, "{\"slug\": \"api-" + unique() + "\"}")
				.andExpect(status().isForbidden());
			json(post("/api/v1/badges/" + slug + "/awards"), person,
					"{\"personId\": " + manager.id() + ", \"citation\": \"No\"}")
				.andExpect(status().isForbidden());
		}
		for (var path : List.of("/recognition/badges", "/recognition/badges/" + slug, "/api/v1/badges",
				"/api/v1/badges/" + slug, "/api/v1/people/" + employee.id() + "/badges",
				"/api/v1/people/" + employee.id() + "/points")) {
			mvc.perform(get(path).with(guest.signedIn())).andExpect(status().isForbidden());
		}
		assertThat(badges.holders(badges.get(slug), 0, 10).total()).isZero();
		assertThat(tried).allSatisfy(triedSlug -> assertThat(badges.find(triedSlug)).isEmpty());
	}

	@Test
	void theApiCreatesAndAwardsBadgesAndListsAPersonsBadges() throws Exception {
		String slug = "api-badge-" + unique();
		json(post("/api/v1/badges"), manager, """
				{"slug": "%s", "nameEn": "API badge", "nameHe": "תג ממשק", "descriptionEn": "Made by API.",
				 "descriptionHe": "נוצר דרך הממשק."}""".formatted(slug))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.slug").value(slug))
			.andExpect(jsonPath("$.automatic").value(false))
			.andExpect(jsonPath("$.nameHe").value("תג ממשק"));
		json(post("/api/v1/badges"), manager, "{\"slug\": \"" + slug + "\", \"nameEn\": \"Again\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("nameHe"));
		json(post("/api/v1/badges/" + slug + "/awards"), manager, "{\"personId\": " + employee.id() + "}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("citation"));
		json(post("/api/v1/badges/" + slug + "/awards"), manager,
				"{\"personId\": " + employee.id() + ", \"citation\": \"Helped every unit\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.personId").value(employee.id()))
			.andExpect(jsonPath("$.why").value("Helped every unit"));
		badges.earn(BadgeRules.REGULAR, employee.id(), 4, Instant.parse("2026-01-05T10:00:00Z"));

		mvc.perform(get("/api/v1/badges").with(employee.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].slug", hasItem(slug)))
			.andExpect(jsonPath("$[?(@.slug == '" + slug + "')].holders").value(1))
			.andExpect(jsonPath("$[?(@.slug == '" + slug + "')].mine").value(true));
		mvc.perform(get("/api/v1/badges/" + slug).with(manager.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.badge.mine").value(false))
			.andExpect(jsonPath("$.holders[0].name").value(employee.name()))
			.andExpect(jsonPath("$.holders[0].citation").value("Helped every unit"));
		mvc.perform(get("/api/v1/people/" + employee.id() + "/badges").param("lang", "he")
			.with(data.employee("Colleague").signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].slug").value(slug))
			.andExpect(jsonPath("$[1].slug").value(BadgeRules.REGULAR))
			.andExpect(jsonPath("$[1].name").value("נוכחות קבועה"))
			.andExpect(jsonPath("$[1].why").value("השתתפות באירועים ב-4 רבעונים ברציפות"));
		mvc.perform(get("/api/v1/people/" + id() + "/badges").with(employee.signedIn()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aPersonsTotalIsForTheOrganizationAndTheSourcesForThemAndManagersOnly() throws Exception {
		var at = Instant.parse("2026-04-01T10:00:00Z");
		long post = id();
		ledger.award(new Ledger.Award(employee.id(), PointRule.ANSWER_POSTED, "test-private:" + post, Subjects.ANSWER,
				post, true, at));
		ledger.award(new Ledger.Award(employee.id(), PointRule.EVENT_ATTENDED, "test-event:" + post, Subjects.EVENT,
				post, false, at));
		String path = "/api/v1/people/" + employee.id() + "/points";
		mvc.perform(get(path).with(data.employee("Curious colleague").signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(10))
			.andExpect(jsonPath("$.entries").doesNotExist());
		for (var viewer : List.of(employee, manager)) {
			mvc.perform(get(path).with(viewer.signedIn()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.total").value(10))
				.andExpect(jsonPath("$.entries.length()").value(2))
				.andExpect(jsonPath("$.entries[?(@.rule == 'ANSWER_POSTED')].privateSource").value(true));
		}
		mvc.perform(get("/api/v1/people/" + id() + "/points").with(employee.signedIn()))
			.andExpect(status().isNotFound());
	}

	private ResultActions create(TestPerson who, String slug, String nameEn, String nameHe, String descriptionEn,
			String descriptionHe) throws Exception {
		return mvc.perform(post("/recognition/badges").with(who.signedIn()).with(csrf())
			.param("slug", slug)
			.param("nameEn", nameEn)
			.param("nameHe", nameHe)
			.param("descriptionEn", descriptionEn)
			.param("descriptionHe", descriptionHe));
	}

	private ResultActions award(TestPerson who, String slug, String person, String citation) throws Exception {
		return mvc.perform(post("/recognition/badges/" + slug + "/awards").with(who.signedIn()).with(csrf())
			.param("person", person)
			.param("citation", citation));
	}

	private ResultActions json(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			TestPerson who, String body) throws Exception {
		return mvc.perform(request.with(who.signedIn()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}
}
