package org.agora.knowledgemap;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.agora.CsvReader;
import org.agora.discussions.SpaceFixtures.TestPerson;
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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The register as a page, JSON and CSV: sorted by score, filtered, the managers' only. */
@SpringBootTest
@AutoConfigureMockMvc
class RiskRegisterIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HolderEditor editor;

	RetentionTestData data;

	TestPerson manager;

	long high;

	long low;

	String areaName;

	@BeforeEach
	void setUp() {
		data = new RetentionTestData(jdbc);
		manager = data.manager("Register manager");
		long area = data.area("=Formula, \"quoted\" area", manager.id());
		areaName = jdbc.sql("select name from knowledgemap_area where id = :id").param("id", area).query(String.class).single();
		high = editor.record(manager.principal(),
				RetentionTestData.form(area, data.employee("High holder").id(), LocalDate.now().plusMonths(3), 5));
		low = editor.record(manager.principal(), RetentionTestData.form(area, data.employee("Low holder").id(), null, 2));
	}

	@Test
	void theApiListsTheRegisterByLevel() throws Exception {
		mvc.perform(get("/api/v1/retention-risks").param("level", "HIGH").with(manager.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem((int) high)))
			.andExpect(jsonPath("$[*].id", not(hasItem((int) low))))
			.andExpect(jsonPath("$[0].score").value(25));
		mvc.perform(get("/api/v1/retention-risks").with(data.employee("Curious").signedIn()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theApiAddsAnActionOrNamesTheFieldItRefuses() throws Exception {
		mvc.perform(post("/api/v1/retention-risks/" + high + "/actions").with(csrf()).with(manager.signedIn())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"DOCUMENTATION\",\"title\":\"Write it down\",\"ownerId\":" + manager.id()
					+ ",\"dueOn\":\"" + LocalDate.now().plusDays(9) + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PLANNED"));
		mvc.perform(post("/api/v1/retention-risks/" + high + "/actions").with(csrf()).with(manager.signedIn())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"DOCUMENTATION\",\"title\":\"Late\",\"ownerId\":" + manager.id()
					+ ",\"dueOn\":\"2001-01-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("dueOn"));
		assertThat(data.count("knowledgemap_action", "holder_id = :id", high)).isOne();
	}

	@Test
	void theCsvParsesBackWithItsFormulaGuarded() throws Exception {
		byte[] body = mvc.perform(get("/api/v1/retention-risks.csv").with(manager.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String csv = new String(body, StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF");
		var rows = CsvReader.parse(csv.substring(1));
		assertThat(rows.get(0)).hasSize(15).first().isEqualTo("Area");
		var ours = rows.stream().filter(r -> r.get(0).equals("'" + areaName)).toList();
		assertThat(ours).hasSize(2);
		assertThat(ours.get(0).get(3)).isEqualTo("HIGH");
		assertThat(ours.get(0).get(4)).isEqualTo("25");
		assertThat(ours.get(0).get(7)).isEqualTo(LocalDate.now().plusMonths(3).toString());
		assertThat(ours.get(1).get(3)).isEqualTo("LOW");
	}

}
