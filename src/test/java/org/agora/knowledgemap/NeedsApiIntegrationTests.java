package org.agora.knowledgemap;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.agora.CsvReader;
import org.agora.discussions.SpaceFixtures.TestPerson;
import org.agora.knowledgemap.NeedIntegrationTests.Data;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The needs' API and CSV: the same rules as the pages, the version lock, the list a page at a time with the
 * backlog's filters, and a CSV that parses back, runs no formula and speaks the reader's language.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NeedsApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NeedEditor editor;

	@Autowired
	MessageSource messages;

	Data data;

	TestPerson leader;

	long unit;

	@BeforeEach
	void setUp() {
		data = new Data(jdbc, editor);
		leader = data.leader("Api leader");
		unit = data.unit("Api unit");
	}

	@Test
	void aNeedIsRaisedListedWithItsPriorityAndPatchedOnItsVersion() throws Exception {
		String title = "Api need " + Data.unique();
		String body = """
				{"unitId": %d, "title": "%s", "availability": "partly_documented", "importance": 3, "scarcity": 3,
				 "frequency": 2, "peopleCount": 3, "links": [{"kind": "INITIATIVE", "path": "/initiatives/4", "label": "Kit"}]}"""
			.formatted(unit, title);
		var created = mvc.perform(post("/api/v1/knowledge-needs").with(leader.signedIn()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.priority").value(8))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.links[0].path").value("/initiatives/4"))
			.andReturn();
		long id = Long.parseLong(created.getResponse().getContentAsString().replaceAll("^\\{\"id\":(\\d+).*$", "$1"));
		mvc.perform(get("/api/v1/knowledge-needs").param("unit", String.valueOf(unit)).param("status", "open")
			.with(data.employee("Reader").signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].title").value(title))
			.andExpect(jsonPath("$.items[0].priority").value(8))
			.andExpect(jsonPath("$.total").value(1));
		mvc.perform(patch("/api/v1/knowledge-needs/" + id).with(leader.signedIn()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": 1, \"status\": \"COVERED\", \"importance\": 1}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COVERED"))
			.andExpect(jsonPath("$.priority").value(6))
			.andExpect(jsonPath("$.version").value(3))
			.andExpect(jsonPath("$.links[0].label").value("Kit"));
		mvc.perform(patch("/api/v1/knowledge-needs/" + id).with(leader.signedIn()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": 1, \"title\": \"Lost\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(3));
		mvc.perform(patch("/api/v1/knowledge-needs/" + id).with(data.leader("Other").signedIn()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": 3, \"title\": \"Not mine\"}"))
			.andExpect(status().isForbidden());
		assertThat(data.count(title)).isEqualTo(1);
	}

	@Test
	void badInputIsAProblemNamingTheFieldAndSavesNothing() throws Exception {
		String title = "Bad api need " + Data.unique();
		for (var bad : List.of("\"importance\": 4", "\"scarcity\": 0", "\"peopleCount\": 0")) {
			String body = "{\"unitId\": %d, \"title\": \"%s\", \"availability\": \"MISSING\", \"importance\": 2, \"scarcity\": 2, \"frequency\": 2, %s}"
				.formatted(unit, title, bad);
			mvc.perform(post("/api/v1/knowledge-needs").with(leader.signedIn()).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field").value(hasItem(bad.substring(1, bad.indexOf('"', 1)))));
		}
		mvc.perform(post("/api/v1/knowledge-needs").with(leader.signedIn()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"%s\", \"availability\": \"MISSING\", \"importance\": 2, \"scarcity\": 2, \"frequency\": 2}".formatted(title)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitId"));
		assertThat(data.count(title)).isZero();
		mvc.perform(post("/api/v1/knowledge-needs").with(data.employee("Employee").signedIn()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theCsvParsesBackWithQuotesCommasLineBreaksHebrewAndNoFormulas() throws Exception {
		String tricky = "Valves, \"the old ones\"\nand pumps " + Data.unique();
		String hebrew = "ניהול לחצים ברשת " + Data.unique();
		String formula = "=HYPERLINK(\"http://evil.example\") " + Data.unique();
		editor.raise(leader.principal(), Data.form(unit, tricky, 3, 3, 3));
		editor.raise(leader.principal(), Data.form(unit, hebrew, 2, 2, 2));
		editor.raise(leader.principal(), Data.form(unit, formula, 1, 1, 1));
		var response = mvc.perform(get("/api/v1/knowledge-needs.csv").param("unit", String.valueOf(unit))
			.with(data.employee("Reader").signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(response.getHeader("Content-Disposition")).contains("attachment");
		byte[] bytes = response.getContentAsByteArray();
		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		var rows = CsvReader.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
		assertThat(rows.get(0)).containsExactlyElementsOf(headers(Locale.ENGLISH));
		assertThat(rows).hasSize(4);
		assertThat(rows.subList(1, 4)).extracting(r -> r.get(3)).containsExactly(tricky, hebrew, "'" + formula);
		assertThat(rows.get(1).get(10)).isEqualTo("9");
		assertThat(rows.get(1).get(11)).isEqualTo("OPEN");
		assertThat(rows.get(2).get(6)).isEqualTo("IN_HEADS");
	}

	private List<String> headers(Locale locale) {
		return NeedsCsv.COLUMNS.stream().map(c -> messages.getMessage("map.needs.csv." + c, null, locale)).toList();
	}

	private List<List<String>> csv(MockHttpServletRequestBuilder request) throws Exception {
		byte[] bytes = mvc.perform(request.with(data.employee("Reader").signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return CsvReader.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
	}

	@Test
	void everyCellASpreadsheetWouldRunIsGuardedAndTheHeadersAreInTheReadersLanguage() throws Exception {
		long tabbed = data.unit("\tTabbed unit");
		long returned = data.unit("\rReturned unit");
		long dashed = data.unit("-Dashed unit");
		for (long u : List.of(tabbed, returned, dashed)) {
			editor.raise(leader.principal(), Data.form(u, "@SUM(A1) " + Data.unique(), 2, 2, 2));
		}
		for (long u : List.of(tabbed, returned, dashed)) {
			var rows = csv(get("/api/v1/knowledge-needs.csv").param("unit", String.valueOf(u)));
			assertThat(rows).hasSize(2);
			assertThat(rows.get(1).get(1)).startsWith("'").hasSize(data.unitName(u).length() + 1);
			assertThat(rows.get(1).get(3)).startsWith("'@SUM(A1) ");
		}
		var hebrew = csv(get("/api/v1/knowledge-needs.csv").param("unit", String.valueOf(tabbed))
			.header("Accept-Language", "he"));
		assertThat(hebrew.get(0)).containsExactlyElementsOf(headers(Locale.forLanguageTag("he")))
			.contains("עדיפות")
			.doesNotContainAnyElementsOf(headers(Locale.ENGLISH));
	}

	@Test
	void theListAndTheCsvKeepTheBacklogsFilters() throws Exception {
		long team = data.unit("Filtered team");
		long open = data.need(leader, team, "Open " + Data.unique(), 3, 2, 1);
		long addressed = data.need(leader, team, "Addressed " + Data.unique(), 1, 1, 1);
		long covered = data.need(leader, team, "Covered " + Data.unique(), 3, 2, 1);
		editor.move(leader.principal(), addressed, NeedStatus.BEING_ADDRESSED, 1);
		editor.move(leader.principal(), covered, NeedStatus.COVERED, 1);
		String unit = String.valueOf(team);
		var reader = data.employee("Filter reader");
		mvc.perform(get("/api/v1/knowledge-needs").param("unit", unit).with(reader.signedIn()))
			.andExpect(jsonPath("$.items[*].id").value(containsInAnyOrder((int) open, (int) addressed, (int) covered)));
		mvc.perform(get("/api/v1/knowledge-needs").param("unit", unit).param("status", "not_covered")
			.with(reader.signedIn()))
			.andExpect(jsonPath("$.items[*].id").value(contains((int) open, (int) addressed)));
		mvc.perform(get("/api/v1/knowledge-needs").param("unit", unit).param("importance", "3").param("scarcity", "2")
			.with(reader.signedIn()))
			.andExpect(jsonPath("$.items[*].id").value(contains((int) open, (int) covered)));
		assertThat(csv(get("/api/v1/knowledge-needs.csv").param("unit", unit).param("status", "NOT_COVERED")
			.param("importance", "3"))).extracting(r -> r.get(0)).containsExactly(headers(Locale.ENGLISH).get(0),
					String.valueOf(open));
		for (var bad : List.of(List.of("status", "SOMEDAY"), List.of("importance", "4"), List.of("scarcity", "0"),
				List.of("importance", "high"))) {
			mvc.perform(get("/api/v1/knowledge-needs.csv").param(bad.get(0), bad.get(1)).with(reader.signedIn()))
				.andExpect(status().isBadRequest());
			mvc.perform(get("/api/v1/knowledge-needs").param(bad.get(0), bad.get(1)).with(reader.signedIn()))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value(bad.get(0)));
		}
	}

	@Test
	void theListComesAPageAtATimeAsTheOtherListsDoAndBadPagingNamesTheParameter() throws Exception {
		long team = data.unit("Paged team");
		long first = data.need(leader, team, "First " + Data.unique(), 3, 3, 3);
		long second = data.need(leader, team, "Second " + Data.unique(), 2, 2, 2);
		long third = data.need(leader, team, "Third " + Data.unique(), 1, 1, 1);
		var reader = data.employee("Page reader");
		mvc.perform(get("/api/v1/knowledge-needs").param("unit", String.valueOf(team)).param("size", "2")
			.with(reader.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id").value(contains((int) first, (int) second)))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.total").value(3));
		mvc.perform(get("/api/v1/knowledge-needs").param("unit", String.valueOf(team)).param("size", "2")
			.param("page", "1").with(reader.signedIn()))
			.andExpect(jsonPath("$.items[*].id").value(contains((int) third)));
		mvc.perform(get("/api/v1/knowledge-needs").param("unit", String.valueOf(team)).param("page", "5")
			.with(reader.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items").isEmpty())
			.andExpect(jsonPath("$.size").value(20))
			.andExpect(jsonPath("$.total").value(3));
		for (var bad : List.of(List.of("page", "-1"), List.of("size", "0"), List.of("size", "101"),
				List.of("size", "all"))) {
			mvc.perform(get("/api/v1/knowledge-needs").param(bad.get(0), bad.get(1)).with(reader.signedIn()))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value(bad.get(0)));
		}
	}
}
