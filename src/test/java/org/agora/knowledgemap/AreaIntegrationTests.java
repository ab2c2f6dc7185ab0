package org.agora.knowledgemap;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;

import org.agora.discussions.SpaceFixtures.TestPerson;
import org.agora.knowledgemap.NeedIntegrationTests.Data;
import org.agora.platform.web.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The tree of areas: its rules (no cycles, names unique among siblings, saves on the version read), also when two
 * saves race, who maps it and who deletes what, the map page, and the list a page at a time.
 */
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

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	DataSource dataSource;

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
		return areas.create(leader.principal(), form(name, parent, null));
	}

	private AreaForm form(String name, Long parent, Integer version) {
		return new AreaForm(parent == null ? "" : String.valueOf(parent), name, "", List.of(String.valueOf(unit)),
				version);
	}

	private Area stored(long id) {
		return areas.find(id).orElseThrow();
	}

	private String list(TestPerson viewer, int page, int size) throws Exception {
		return mvc.perform(get("/api/v1/knowledge-areas").param("page", String.valueOf(page))
			.param("size", String.valueOf(size)).with(viewer.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The area as the list gives it, from whichever page holds it. */
	private Map<String, Object> listed(TestPerson viewer, long id) throws Exception {
		for (int page = 0;; page++) {
			String body = list(viewer, page, 100);
			List<Map<String, Object>> found = JsonPath.read(body, "$.items[?(@.id == " + id + ")]");
			if (!found.isEmpty()) {
				return found.get(0);
			}
			assertThat((page + 1) * 100).as("area " + id + " listed").isLessThan((Integer) JsonPath.read(body, "$.total"));
		}
	}

	private long holder(long area) {
		var person = data.employee("Holder");
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into knowledgemap_holder (area_id, person_id, level, position_risk, created_by, created_at,
				  updated_at)
				values (:area, :person, 'EXPERT', 2, :person, :now, :now)""")
			.param("area", area)
			.param("person", person.id())
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
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
		assertThat(listed(data.employee("Reader"), childId)).containsEntry("openNeeds", 1)
			.containsEntry("depth", 1)
			.containsEntry("version", 1);
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

	@Test
	void theListComesAPageAtATimeAsTheOtherListsDoAndBadPagingNamesTheParameter() throws Exception {
		for (int i = 0; i < 4; i++) {
			area("Paged " + i + " " + Data.unique(), null);
		}
		var reader = data.employee("Pager");
		int total = jdbc.sql("select count(*) from knowledgemap_area").query(Integer.class).single();
		String four = list(reader, 0, 4);
		List<Integer> firstFour = JsonPath.read(four, "$.items[*].id");
		assertThat(firstFour).hasSize(4);
		mvc.perform(get("/api/v1/knowledge-areas").param("page", "1").param("size", "2").with(reader.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.total").value(total))
			.andExpect(jsonPath("$.items[*].id").value(contains(firstFour.get(2), firstFour.get(3))));
		mvc.perform(get("/api/v1/knowledge-areas").with(reader.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(20));
		for (var bad : List.of(List.of("page", "-1"), List.of("size", "0"), List.of("size", "101"),
				List.of("page", "first"))) {
			mvc.perform(get("/api/v1/knowledge-areas").param(bad.get(0), bad.get(1)).with(reader.signedIn()))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value(bad.get(0)));
		}
	}

	@Test
	void aSaveOnAnOlderVersionIsAConflictAndChangesNothing() throws Exception {
		String name = "Versioned " + Data.unique();
		long id = area(name, null);
		areas.edit(leader.principal(), id, form(name + " v2", null, 1));
		assertThat(stored(id).version()).isEqualTo(2);
		mvc.perform(get("/knowledge-map/areas/" + id + "/edit").with(leader.signedIn()))
			.andExpect(content().string(containsString("name=\"version\" value=\"2\"")));
		mvc.perform(post("/knowledge-map/areas/" + id + "/edit").with(leader.signedIn()).with(csrf())
			.param("name", "Lost edit " + Data.unique()).param("version", "1"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("value=\"Lost edit")))
			.andExpect(content().string(containsString("name=\"version\" value=\"2\"")));
		assertThat(stored(id).name()).isEqualTo(name + " v2");
		assertThat(stored(id).version()).isEqualTo(2);
	}

	@Test
	void aNameTakenMeanwhileIsRefusedByTheIndexAsAnErrorOnTheName() throws Exception {
		String name = "Raced " + Data.unique();
		// a top-level sibling written by a save that ran at the same moment, after this save checked the names:
		// the check cannot see it, the unique index sees its key
		jdbc.sql("""
				insert into knowledgemap_area (name, parent_key, name_key, created_by, created_at, updated_at)
				values (:name, 0, lower(:taken), :by, current_timestamp, current_timestamp)""")
			.param("name", "Meanwhile " + Data.unique())
			.param("taken", name.toUpperCase(Locale.ROOT))
			.param("by", leader.id())
			.update();
		mvc.perform(post("/knowledge-map/areas").with(leader.signedIn()).with(csrf()).param("name", name))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"name-error\"")));
		mvc.perform(post("/api/v1/knowledge-areas").with(leader.signedIn()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"%s\"}".formatted(name)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		long other = area("Renamed " + Data.unique(), null);
		mvc.perform(post("/knowledge-map/areas/" + other + "/edit").with(leader.signedIn()).with(csrf())
			.param("name", name))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"name-error\"")));
		assertThat(count(name)).isZero();
	}

	@Test
	void twoMovesMadeAtOnceTakeTurnsSoThatTheyNeverMakeALoop() throws Exception {
		String a = "Loop A " + Data.unique();
		String b = "Loop B " + Data.unique();
		long aId = area(a, null);
		long bId = area(b, null);
		var held = new Concurrently.Held(transactions, () -> areas.edit(leader.principal(), aId, form(a, bId, null)));
		var second = new Concurrently.Second<>(() -> {
			areas.edit(leader.principal(), bId, form(b, aId, null));
			return null;
		}).waitingForALock(dataSource);
		held.commit();
		assertThatThrownBy(second::result).isInstanceOfSatisfying(InvalidInputException.class,
				e -> assertThat(e.field()).isEqualTo("parentId"));
		assertThat(stored(aId).parentId()).isEqualTo(bId);
		assertThat(stored(bId).parentId()).isNull();
	}

	@Test
	void managersDeleteAnAreaNothingHangsOnFromItsPageAfterConfirming() throws Exception {
		var manager = data.manager("Deleting manager");
		long id = area("Obsolete " + Data.unique(), null);
		mvc.perform(get("/knowledge-map/areas/" + id + "/edit").with(manager.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<details")))
			.andExpect(content().string(containsString("id=\"delete-form\"")));
		mvc.perform(get("/knowledge-map/areas/" + id + "/edit").with(leader.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"delete-form\""))));
		mvc.perform(post("/knowledge-map/areas/" + id + "/delete").with(leader.signedIn()).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/knowledge-map/areas/" + id + "/delete").with(manager.signedIn()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/knowledge-map"));
		assertThat(areas.find(id)).isEmpty();
		assertThat(jdbc.sql("select count(*) from knowledgemap_area_unit where area_id = :id").param("id", id)
			.query(Integer.class).single()).isZero();
		mvc.perform(post("/knowledge-map/areas/" + id + "/delete").with(manager.signedIn()).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void anAreaSomethingHangsOnIsKeptAndTheRefusalSaysWhat() throws Exception {
		var manager = data.manager("Refused manager");
		long parent = area("Parent " + Data.unique(), null);
		area("Child " + Data.unique(), parent);
		mvc.perform(post("/knowledge-map/areas/" + parent + "/delete").with(manager.signedIn()).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"delete-refused\"")))
			.andExpect(content().string(containsString("it has sub-areas")));
		long withNeed = area("Needed " + Data.unique(), null);
		var need = Data.form(unit, "Need of a kept area " + Data.unique(), 2, 2, 2);
		editor.raise(leader.principal(), new NeedForm(need.unitId(), String.valueOf(withNeed), need.title(),
				need.description(), need.neededBy(), need.peopleCount(), need.availability(), need.importance(),
				need.scarcity(), need.frequency(), List.of(), List.of(), List.of(), null));
		long withHolder = area("Held " + Data.unique(), null);
		holder(withHolder);
		for (var refused : Map.of(parent, "children", withNeed, "needs", withHolder, "holders").entrySet()) {
			mvc.perform(delete("/api/v1/knowledge-areas/" + refused.getKey()).with(manager.signedIn()).with(csrf()))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.reason").value(refused.getValue()))
				.andExpect(jsonPath("$.errors[0].field").value("area"));
			assertThat(areas.find(refused.getKey())).isPresent();
		}
	}

	@Test
	void onlyManagersDeleteAreasThroughTheApi() throws Exception {
		long id = area("Api obsolete " + Data.unique(), null);
		for (var person : List.of(leader, data.employee("Employee"), data.guest("Guest"))) {
			mvc.perform(delete("/api/v1/knowledge-areas/" + id).with(person.signedIn()).with(csrf()))
				.andExpect(status().isForbidden());
		}
		assertThat(areas.find(id)).isPresent();
		var admin = data.admin("Deleting admin");
		mvc.perform(delete("/api/v1/knowledge-areas/" + id).with(admin.signedIn()).with(csrf()))
			.andExpect(status().isNoContent());
		assertThat(areas.find(id)).isEmpty();
		mvc.perform(delete("/api/v1/knowledge-areas/" + id).with(admin.signedIn()).with(csrf()))
			.andExpect(status().isNotFound());
	}
}
