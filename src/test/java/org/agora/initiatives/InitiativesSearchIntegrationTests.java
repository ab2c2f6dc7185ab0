package org.agora.initiatives;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agora.discussions.SpaceFixtures.TestPerson;
import org.agora.platform.search.SearchAccess;
import org.agora.platform.search.SearchSourceChecks;
import org.agora.platform.search.SearchableChanged;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Initiatives and joint projects are found by the whole organization and by no guest: for every kind of viewer the
 * documents whose keys they hold are those the source and the pages let them open; a rebuild reads what a change
 * reads, and creating or editing either is announced to the index.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class InitiativesSearchIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InitiativeEditor initiativeEditor;

	@Autowired
	ProjectEditor projectEditor;

	@Autowired
	InitiativeSearch initiatives;

	@Autowired
	ProjectSearch projects;

	@Autowired
	ApplicationEvents events;

	@Test
	void keysSourcesAndPagesAgreeForEveryViewer() throws Exception {
		var data = new InitiativeIntegrationTests.Data(jdbc, initiativeEditor);
		var leader = data.leader("Searchable leader");
		long unit = data.unit("Searchable unit");
		long initiative = data.initiative(leader, unit, "Searchable initiative " + InitiativeIntegrationTests.Data.unique(),
				InitiativeStatus.PLANNED);
		var project = new ProjectTestData(jdbc, projectEditor);

		Map<String, TestPerson> viewers = new LinkedHashMap<>();
		viewers.put("leader", leader);
		viewers.put("employee", data.employee("Search employee"));
		viewers.put("other leader", data.leader("Search leader"));
		viewers.put("manager", data.manager("Search manager"));
		viewers.put("admin", data.admin("Search admin"));
		viewers.put("guest", data.guest("Search guest"));

		var initiativeDocs = initiatives.find(List.of(initiative));
		var projectDocs = projects.find(List.of(project.projectId));
		for (var entry : viewers.entrySet()) {
			var viewer = entry.getValue().principal();
			boolean opens = mvc.perform(get("/api/v1/initiatives/" + initiative).with(entry.getValue().signedIn()))
				.andReturn().getResponse().getStatus() == 200;
			assertThat(SearchSourceChecks.keyed(initiatives, viewer, initiativeDocs)).as(entry.getKey())
				.isEqualTo(opens ? Set.of(initiative) : Set.of());
			assertThat(initiatives.visible(viewer, List.of(initiative))).as(entry.getKey())
				.isEqualTo(opens ? Set.of(initiative) : Set.of());
			boolean opensProject = mvc.perform(get("/api/v1/projects/" + project.projectId)
				.with(entry.getValue().signedIn())).andReturn().getResponse().getStatus() == 200;
			assertThat(SearchSourceChecks.keyed(projects, viewer, projectDocs)).as(entry.getKey())
				.isEqualTo(opensProject ? Set.of(project.projectId) : Set.of());
			assertThat(projects.visible(viewer, List.of(project.projectId))).as(entry.getKey())
				.isEqualTo(opensProject ? Set.of(project.projectId) : Set.of());
			assertThat(opens).as(entry.getKey()).isEqualTo(!entry.getKey().equals("guest"));
			assertThat(opensProject).as(entry.getKey()).isEqualTo(!entry.getKey().equals("guest"));
		}
	}

	@Test
	void documentsCarryTextUnitAndPathAndRebuildsAgreeWithChanges() {
		var data = new InitiativeIntegrationTests.Data(jdbc, initiativeEditor);
		var leader = data.leader("Indexed leader");
		long unit = data.unit("Indexed unit");
		String title = "Indexed initiative " + InitiativeIntegrationTests.Data.unique();
		long id = data.initiative(leader, unit, title);
		var project = new ProjectTestData(jdbc, projectEditor);

		var document = initiatives.find(List.of(id)).get(0);
		assertThat(document.type()).isEqualTo("initiative");
		assertThat(document.title()).isEqualTo(title);
		assertThat(document.kind()).isEqualTo("lessons_learned");
		assertThat(document.path()).isEqualTo("/initiatives/" + id);
		assertThat(document.body()).contains("The goal of " + title, "Shift engineers");
		assertThat(document.unit().id()).isEqualTo(unit);
		assertThat(document.access()).containsExactly(SearchAccess.ORGANIZATION);
		assertThat(projects.find(List.of(project.projectId)).get(0).path())
			.isEqualTo("/initiatives/projects/" + project.projectId);

		SearchSourceChecks.rebuildAgreesWithFind(initiatives, List.of(id));
		SearchSourceChecks.rebuildAgreesWithFind(projects, List.of(project.projectId));
		assertThat(events.stream(SearchableChanged.class)
			.filter(e -> e.type().equals("initiative") && e.ids().contains(id))).hasSize(1);
		assertThat(events.stream(SearchableChanged.class)
			.filter(e -> e.type().equals("project") && e.ids().contains(project.projectId))).hasSize(1);
	}
}
