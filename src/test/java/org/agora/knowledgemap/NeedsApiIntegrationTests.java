package org.agora.knowledgemap;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.agora.discussions.SpaceFixtures.TestPerson;
import org.agora.knowledgemap.NeedIntegrationTests.Data;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The needs' API and CSV: the same rules as the pages, the version lock, and a CSV that parses back. */
@SpringBootTest
@AutoConfigureMockMvc
class NeedsApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NeedEditor editor;

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
			.andExpect(jsonPath("$[0].title").value(title))
			.andExpect(jsonPath("$[0].priority").value(8));
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
		assertThat(rows.get(0)).containsExactlyElementsOf(NeedsCsv.COLUMNS);
		assertThat(rows).hasSize(4);
		assertThat(rows.subList(1, 4)).extracting(r -> r.get(3)).containsExactly(tricky, hebrew, "'" + formula);
		assertThat(rows.get(1).get(10)).isEqualTo("9");
		assertThat(rows.get(1).get(11)).isEqualTo("OPEN");
		assertThat(rows.get(2).get(6)).isEqualTo("IN_HEADS");
	}

}
