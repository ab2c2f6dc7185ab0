package org.agora.initiatives;

import org.agora.discussions.SpaceFixtures.TestPerson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The initiatives API: the same rules and checks as the pages, with problem details on errors. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class InitiativesApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InitiativeEditor editor;

	@Autowired
	ApplicationEvents events;

	InitiativeIntegrationTests.Data data;

	TestPerson leader;

	long unit;

	@BeforeEach
	void setUp() {
		data = new InitiativeIntegrationTests.Data(jdbc, editor);
		leader = data.leader("Api leader");
		unit = data.unit("Desalination");
	}

	private ResultActions send(TestPerson person, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String json) throws Exception {
		return mvc.perform(request.with(person.signedIn()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	@Test
	void aLeaderRegistersReadsAndLaunchesAnInitiative() throws Exception {
		var created = send(leader, post("/api/v1/initiatives"), """
				{"unitId": %d, "title": "Retention interviews at Ashdod", "goal": "Capture what retirees know",
				 "kind": "retention-interviews", "plannedStart": "2026-02-01", "plannedEnd": "2026-09-30"}"""
			.formatted(unit))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("IDEA"))
			.andExpect(jsonPath("$.kind").value("RETENTION_INTERVIEWS"))
			.andExpect(jsonPath("$.leader.id").value(leader.id()))
			.andExpect(jsonPath("$.version").value(1))
			.andReturn();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.id"))
			.longValue();

		send(leader, patch("/api/v1/initiatives/" + id), """
				{"version": 1, "title": "Retention interviews, Ashdod plant", "status": "PLANNED"}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Retention interviews, Ashdod plant"))
			.andExpect(jsonPath("$.status").value("PLANNED"))
			.andExpect(jsonPath("$.version").value(3));
		send(leader, patch("/api/v1/initiatives/" + id), """
				{"version": 3, "status": "ACTIVE"}""").andExpect(jsonPath("$.status").value("ACTIVE"));
		assertThat(events.stream(InitiativeLaunched.class).filter(e -> e.initiativeId() == id)).hasSize(1);

		send(leader, post("/api/v1/initiatives/" + id + "/updates"), """
				{"body": "Three interviews held"}""")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.updates[0].body").value("Three interviews held"));
		send(leader, post("/api/v1/initiatives/" + id + "/outcomes"), """
				{"description": "Valve know-how written down", "values": ["POTENTIAL"],
				 "links": [{"kind": "ARTICLE", "path": "/knowledge/a/5-valves", "label": "Valves"}]}""")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.outcomes[0].links[0].path").value("/knowledge/a/5-valves"));
		mvc.perform(get("/api/v1/initiatives").param("unit", String.valueOf(unit)).with(leader.signedIn()))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].status").value("ACTIVE"));
	}

	@Test
	void aStaleVersionIsAConflictWithTheCurrentVersion() throws Exception {
		long id = data.initiative(leader, unit, "Stale api", InitiativeStatus.PLANNED);
		send(leader, patch("/api/v1/initiatives/" + id), """
				{"version": 1, "title": "Too late"}""")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(2))
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		send(leader, patch("/api/v1/initiatives/" + id), """
				{"title": "No version"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
	}

	@Test
	void anIllegalMoveIsAConflictNamingBothStatuses() throws Exception {
		long id = data.initiative(leader, unit, "Illegal api");
		send(leader, patch("/api/v1/initiatives/" + id), """
				{"version": 1, "status": "COMPLETED"}""")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("An initiative cannot move from IDEA to COMPLETED."));
	}

	@Test
	void aFailedMoveUndoesTheFieldsSentWithIt() throws Exception {
		long id = data.initiative(leader, unit, "All or nothing");
		send(leader, patch("/api/v1/initiatives/" + id), """
				{"version": 1, "title": "Half done", "status": "STOPPED"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("stopReason"));
		assertThat(jdbc.sql("select title from initiatives_initiative where id = :id").param("id", id)
			.query(String.class).single()).isEqualTo("All or nothing");
	}

	@Test
	void fieldErrorsAreProblemDetailsNamingTheField() throws Exception {
		long id = data.initiative(leader, unit, "Checked api");
		send(leader, post("/api/v1/initiatives"), """
				{"title": "No unit", "goal": "G", "kind": "OTHER"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Invalid input"))
			.andExpect(jsonPath("$.errors[0].field").value("unitId"));
		send(leader, post("/api/v1/initiatives/" + id + "/milestones"), """
				{"title": "Late", "dueOn": "2027-02-01"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("dueOn"));
		send(leader, post("/api/v1/initiatives/" + id + "/outcomes"), """
				{"description": "D", "measure": "Hours", "valueBefore": 3, "valueAfter": -1}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("valueAfter"));
		send(leader, post("/api/v1/initiatives/" + id + "/outcomes"), """
				{"description": "D", "links": [{"kind": "COURSE", "path": "javascript:alert(1)", "label": "x"}]}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("links"));
		assertThat(data.count("initiatives_outcome", id) + data.count("initiatives_milestone", id)).isZero();
	}

	@Test
	void othersMayReadButNotChange() throws Exception {
		long id = data.initiative(leader, unit, "Read only api");
		var employee = data.employee("Api employee");
		mvc.perform(get("/api/v1/initiatives/" + id).with(employee.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mayChange").value(false))
			.andExpect(jsonPath("$.moves").isEmpty());
		send(employee, patch("/api/v1/initiatives/" + id), "{\"version\": 1, \"title\": \"Mine\"}")
			.andExpect(status().isForbidden());
		send(data.leader("Other"), post("/api/v1/initiatives/" + id + "/updates"), "{\"body\": \"x\"}")
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/initiatives/" + id).with(data.guest("Api guest").signedIn()))
			.andExpect(status().isForbidden());
		send(data.manager("Api manager"), post("/api/v1/initiatives/" + id + "/updates"), "{\"body\": \"Checked in\"}")
			.andExpect(status().isCreated());
	}
}
