package org.agora.knowledgemap;

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
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The tree of areas: its rules (no cycles, names unique among siblings), who maps it, and the map page. */
@SpringBootTest
@AutoConfigureMockMvc
class AreaIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NeedEditor editor;

	@Autowired
	Areas areas;

	Data data;

	TestPerson leader;

	long unit;

	@BeforeEach
	void setUp() {
		data = new Data(jdbc, editor);
		leader = data.leader("Area leader");
		unit = data.unit("Area unit");
	}

	private long area(String name, Long parent) {
		return areas.create(leader.principal(),
				new AreaForm(parent == null ? "" : String.valueOf(parent), name, "", List.of(String.valueOf(unit))));
	}

	private int count(String name) {
		return jdbc.sql("select count(*) from knowledgemap_area where name = :n").param("n", name)
			.query(Integer.class).single();
	}

	@Test
	void theMapShowsTheTreeWithUnitsAndOpenNeeds() throws Exception {
		String root = "Pumping " + Data.unique();
		long rootId = area(root, null);
		String child = "Pump seals " + Data.unique();
		long childId = area(child, rootId);
		var form = Data.form(unit, "Seal know-how " + Data.unique(), 2, 2, 2);
		editor.raise(leader.principal(), new NeedForm(form.unitId(), String.valueOf(childId), form.title(),
				form.description(), form.neededBy(), form.peopleCount(), form.availability(), form.importance(),
				form.scarcity(), form.frequency(), List.of(), List.of(), List.of(), null));
		assertThat(areas.tree()).extracting(n -> n.area().id()).containsSubsequence(rootId, childId);
		mvc.perform(get("/knowledge-map").with(data.employee("Reader").signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(root)))
			.andExpect(content().string(containsString(child)))
			.andExpect(content().string(containsString("id=\"area-" + childId + "\"")));
		mvc.perform(get("/api/v1/knowledge-areas").with(data.employee("Reader").signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + childId + ")].openNeeds").value(1))
			.andExpect(jsonPath("$[?(@.id == " + childId + ")].depth").value(1));
		mvc.perform(get("/knowledge-map").with(data.guest("Guest").signedIn())).andExpect(status().isForbidden());
	}

	@Test
	void anAreaNeverMovesUnderItselfNorTakesASiblingsName() throws Exception {
		String root = "Root " + Data.unique();
		long rootId = area(root, null);
		long childId = area("Child " + Data.unique(), rootId);
		mvc.perform(post("/knowledge-map/areas/" + rootId + "/edit").with(leader.signedIn()).with(csrf())
			.param("name", root).param("parentId", String.valueOf(childId)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"parentId-error\"")));
		assertThat(areas.find(rootId).orElseThrow().parentId()).isNull();
		String sibling = "Sibling " + Data.unique();
		area(sibling, rootId);
		mvc.perform(post("/knowledge-map/areas").with(leader.signedIn()).with(csrf())
			.param("name", sibling.toUpperCase()).param("parentId", String.valueOf(rootId)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"name-error\"")));
		assertThat(count(sibling.toUpperCase())).isZero();
		mvc.perform(post("/knowledge-map/areas").with(leader.signedIn()).with(csrf()).param("name", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"name-error\"")));
	}

	@Test
	void leadersAndManagersMapAreasButEmployeesAndGuestsDoNot() throws Exception {
		for (var person : List.of(leader, data.manager("Manager"), data.admin("Admin"))) {
			String name = "Mapped " + Data.unique();
			mvc.perform(post("/api/v1/knowledge-areas").with(person.signedIn()).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"%s\", \"unitIds\": [%d]}".formatted(name, unit)))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.units[0].id").value(unit));
		}
		for (var person : List.of(data.employee("Employee"), data.guest("Guest"))) {
			String name = "Not mapped " + Data.unique();
			mvc.perform(post("/knowledge-map/areas").with(person.signedIn()).with(csrf()).param("name", name))
				.andExpect(status().isForbidden());
			assertThat(count(name)).isZero();
		}
	}
}
