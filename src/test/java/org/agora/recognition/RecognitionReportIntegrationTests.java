package org.agora.recognition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.agora.CsvReader;
import org.agora.Personas;
import org.agora.discussions.SpaceFixtures.TestPerson;
import org.agora.platform.security.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The recognition report over a unit tree and a first quarter of 2025 the test fills: totals with everyone's points,
 * top contributors without those who opted out, outcomes from the ledger without what was taken back or private,
 * activity per unit, badges, and its CSV and PDF read back; who may make it; days and units it cannot use.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RecognitionReportIntegrationTests {

	static final String FROM = "2025-01-01";

	static final String TO = "2025-03-31";

	/** Mid-quarter, away from any day's edge. */
	static final Instant MID = Instant.parse("2025-02-10T10:00:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Ledger ledger;

	@Autowired
	RecognitionProfiles profiles;

	@Autowired
	UserDetailsService users;

	BoardFixtures fixtures;

	TestPerson manager;

	long division;

	long team;

	TestPerson star;

	TestPerson shy;

	TestPerson formula;

	TestPerson outsider;

	int starPoints;

	int shyPoints;

	int formulaPoints;

	String badge;

	@BeforeEach
	void setUp() {
		fixtures = new BoardFixtures(jdbc, ledger);
		manager = fixtures.people.manager("Report manager " + BoardFixtures.unique());
		division = fixtures.unit("Report division", null);
		team = fixtures.unit("Report team", division);
		star = fixtures.member("נועה בן דוד", team);
		shy = fixtures.member("Shy contributor", team);
		formula = fixtures.member("=SUM(1+1)", division);
		outsider = fixtures.member("Outsider", fixtures.unit("Report elsewhere", null));
		profiles.optOut(shy.id(), true);

		long reversed = BoardFixtures.subject();
		fixtures.award(star, PointRule.ANSWER_ACCEPTED, MID, false, reversed);
		starPoints += fixtures.award(star, PointRule.ANSWER_ACCEPTED, MID.plusSeconds(1));
		starPoints += fixtures.award(star, PointRule.ANSWER_ACCEPTED, MID.plusSeconds(2), true, BoardFixtures.subject());
		starPoints += fixtures.award(star, PointRule.INITIATIVE_COMPLETED, MID.plusSeconds(3));
		ledger.reverse(null, Subjects.ANSWER, reversed, MID.plusSeconds(60));
		// 00:30 on 1 January in Jerusalem is still the year before in UTC; 00:30 on 1 April is still March in UTC
		starPoints += fixtures.award(star, PointRule.COURSE_COMPLETED, Instant.parse("2024-12-31T22:30:00Z"));
		fixtures.award(star, PointRule.COURSE_COMPLETED, Instant.parse("2025-03-31T21:30:00Z"));
		shyPoints += fixtures.awards(shy, PointRule.INITIATIVE_COMPLETED, 3, MID);
		shyPoints += fixtures.award(shy, PointRule.RETENTION_ACTION_COMPLETED, MID);
		formulaPoints += fixtures.award(formula, PointRule.EVENT_HOSTED, MID);
		fixtures.award(outsider, PointRule.COURSE_COMPLETED, MID);
		assertThat(shyPoints).as("the one who opted out earned the most").isGreaterThan(starPoints);
		assertThat(starPoints).isGreaterThan(formulaPoints);

		badge = "rb-report-" + BoardFixtures.unique();
		fixtures.badge(badge, star, MID);
		fixtures.badge(badge, outsider, MID);
		String later = "rb-later-" + BoardFixtures.unique();
		fixtures.badge(later, star, Instant.parse("2025-04-02T10:00:00Z"));
	}

	private MockHttpServletRequestBuilder report(String path) {
		return get(path).param("from", FROM).param("to", TO).param("unit", String.valueOf(division));
	}

	@Test
	void theReportCountsEveryonesPointsNamesOnlyThoseOnTheBoardsAndCountsOutcomesFromTheLedger() throws Exception {
		mvc.perform(report("/api/v1/recognition/report").with(manager.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value(FROM))
			.andExpect(jsonPath("$.points").value(starPoints + shyPoints + formulaPoints))
			.andExpect(jsonPath("$.people").value(3))
			.andExpect(jsonPath("$.top[*].personId").value(org.hamcrest.Matchers.contains((int) star.id(),
					(int) formula.id())))
			.andExpect(jsonPath("$.top[0].points").value(starPoints))
			.andExpect(jsonPath("$.outcomes[?(@.rule == 'ANSWER_ACCEPTED')].count").value(org.hamcrest.Matchers.contains(1)))
			.andExpect(jsonPath("$.outcomes[?(@.rule == 'INITIATIVE_COMPLETED')].count").value(org.hamcrest.Matchers.contains(4)))
			.andExpect(jsonPath("$.outcomes[?(@.rule == 'RETENTION_ACTION_COMPLETED')].count").value(org.hamcrest.Matchers.contains(1)))
			.andExpect(jsonPath("$.outcomes[?(@.rule == 'COURSE_COMPLETED')].count").value(org.hamcrest.Matchers.contains(1)))
			.andExpect(jsonPath("$.outcomes[?(@.rule == 'EVENT_HOSTED')].count").value(org.hamcrest.Matchers.contains(1)))
			.andExpect(jsonPath("$.outcomes[?(@.rule == 'ARTICLE_PUBLISHED')].count").value(org.hamcrest.Matchers.contains(0)))
			.andExpect(jsonPath("$.units[0].unitId").value((int) team))
			.andExpect(jsonPath("$.units[0].points").value(starPoints + shyPoints))
			.andExpect(jsonPath("$.units[0].people").value(2))
			.andExpect(jsonPath("$.units[1].unitId").value((int) division))
			.andExpect(jsonPath("$.units[1].people").value(1))
			.andExpect(jsonPath("$.units.length()").value(2))
			.andExpect(jsonPath("$.badges[*].slug").value(org.hamcrest.Matchers.contains(badge)))
			.andExpect(jsonPath("$.badges[0].count").value(1));

		mvc.perform(report("/recognition/report").with(manager.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"report-points\" data-value=\"" + (starPoints + shyPoints + formulaPoints) + "\"")))
			.andExpect(content().string(containsString(star.name())))
			.andExpect(content().string(not(containsString(shy.name()))))
			.andExpect(content().string(not(containsString(outsider.name()))))
			.andExpect(content().string(containsString("href=\"/recognition/report.csv?from=2025-01-01&amp;to=2025-03-31&amp;unit=" + division + "\"")));
	}

	@Test
	void theCsvReadsBackWithItsHeadersGuardedCellsAndNothingOfThoseWhoOptedOut() throws Exception {
		var response = mvc.perform(report("/recognition/report.csv").with(manager.signedIn()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("recognition-report-2025-01-01-2025-03-31.csv")))
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).startsWith("text/csv");
		String csv = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF");
		var rows = CsvReader.parse(csv.substring(1));
		assertThat(rows.get(0)).containsExactly("Part", "Rank", "Name", "Unit", "Points", "Count");
		assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(6));
		assertThat(rows).anySatisfy(row -> assertThat(row).containsExactly("Totals", "", "Points earned", "",
				String.valueOf(starPoints + shyPoints + formulaPoints), ""));
		assertThat(rows).anySatisfy(row -> assertThat(row).containsExactly("Top contributors", "1", star.name(),
				row.get(3), String.valueOf(starPoints), ""));
		assertThat(rows).anySatisfy(row -> assertThat(row.get(2)).isEqualTo("'" + formula.name()));
		assertThat(rows).anySatisfy(row -> assertThat(row).containsExactly("Outcomes achieved", "", "Accepted answers",
				"", "", "1"));
		assertThat(rows).anySatisfy(row -> assertThat(row).containsExactly("Badges awarded", "", "Badge " + badge, "",
				"", "1"));
		assertThat(csv).doesNotContain(shy.name()).doesNotContain(outsider.name());

		String hebrew = new String(mvc.perform(report("/recognition/report.csv").param("lang", "he")
			.with(manager.signedIn())).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(CsvReader.parse(hebrew.substring(1)).get(0)).containsExactly("חלק", "מקום", "שם", "יחידה", "נקודות", "מספר");
		assertThat(hebrew).contains("תג " + badge, "תשובות שהתקבלו");
	}

	@Test
	void thePdfReadsBackInHebrewAndInEnglish() throws Exception {
		byte[] pdf = mvc.perform(report("/recognition/report.pdf").param("lang", "he").with(manager.signedIn()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String hebrew = text(pdf);
		assertThat(words(hebrew)).as("the Hebrew title, headings and name, whatever order the words come out in")
			.contains("דוח", "הוקרה", "התורמים", "המובילים", "נועה", "בן", "דוד", "שהתקבלו");
		assertThat(hebrew).doesNotContain(shy.name()).doesNotContain("Recognition report");

		String english = text(mvc.perform(report("/recognition/report.pdf").param("lang", "en")
			.with(Personas.as(users, Personas.ADMIN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(english).contains("Recognition report", "Top contributors", "Accepted answers", formula.name(),
				"Badge " + badge);
		assertThat(english).doesNotContain(shy.name());
	}

	@Test
	void aTieAtTheTenthPlaceKeepsTheTopTenLongAndSaysHowManyMoreShareIt() throws Exception {
		long crowd = fixtures.unit("Report crowd", null);
		for (int i = 0; i < 12; i++) {
			fixtures.award(fixtures.member("Crowd " + i, crowd), PointRule.EVENT_HOSTED, MID);
		}
		mvc.perform(get("/api/v1/recognition/report").param("from", FROM).param("to", TO)
			.param("unit", String.valueOf(crowd)).with(manager.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.people").value(12))
			.andExpect(jsonPath("$.top.length()").value(10))
			.andExpect(jsonPath("$.top[9].rank").value(1))
			.andExpect(jsonPath("$.moreTied").value(2));
		mvc.perform(get("/recognition/report").param("from", FROM).param("to", TO)
			.param("unit", String.valueOf(crowd)).with(manager.signedIn()))
			.andExpect(content().string(containsString("And 2 more with the same points as the last shown.")));
	}

	@Test
	void onlyManagersMakeTheReport() throws Exception {
		var leader = fixtures.member("Report leader", team, Role.EMPLOYEE, Role.KNOWLEDGE_LEADER);
		for (var person : List.of(star, leader, fixtures.member("Report guest", null, Role.GUEST))) {
			for (var path : List.of("/recognition/report", "/recognition/report.csv", "/recognition/report.pdf",
					"/api/v1/recognition/report")) {
				mvc.perform(report(path).with(person.signedIn())).andExpect(status().isForbidden());
			}
		}
		var admin = fixtures.member("Report admin", null, Role.ADMIN);
		mvc.perform(report("/recognition/report").with(admin.signedIn())).andExpect(status().isOk());
		mvc.perform(get("/recognition/report").with(Personas.as(users, Personas.MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"report-points\"")));
	}

	@Test
	void daysAndUnitsTheReportCannotUseAreNamedWithTheTypingKept() throws Exception {
		mvc.perform(get("/recognition/report").param("from", "2025-03-01").param("to", "2025-02-01")
			.with(manager.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"from-error\"")))
			.andExpect(content().string(containsString("The first day must not be after the last day.")))
			.andExpect(content().string(containsString("value=\"2025-03-01\"")))
			.andExpect(content().string(containsString("value=\"2025-02-01\"")))
			.andExpect(content().string(not(containsString("id=\"report-points\""))));
		mvc.perform(get("/recognition/report").param("from", "2023-01-01").param("to", "2025-01-01")
			.param("lang", "he").with(manager.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"to-error\"")))
			.andExpect(content().string(containsString("דוח מכסה לכל היותר שנתיים.")));
		mvc.perform(get("/api/v1/recognition/report").param("unit", "999999999").with(manager.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unit"));
		mvc.perform(get("/api/v1/recognition/report").param("from", "yesterday").with(manager.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
		mvc.perform(get("/recognition/report.csv").param("from", "2025-03-01").param("to", "2025-02-01")
			.with(manager.signedIn())).andExpect(status().isBadRequest());
	}

	private static String text(byte[] pdf) throws IOException {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	/** The words of the text; the stripper may run a table's cells together, so Hebrew and other script part too. */
	private static Set<String> words(String text) {
		String parted = text.replaceAll("(?<=\\p{IsHebrew})(?=[^\\p{IsHebrew}])|(?<=[^\\p{IsHebrew}])(?=\\p{IsHebrew})", " ");
		return Arrays.stream(parted.split("[\\s:·.,;()\\-]+")).collect(Collectors.toSet());
	}
}
