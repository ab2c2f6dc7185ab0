package org.agora.knowledgemap;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.agora.CsvReader;
import org.agora.discussions.SpaceFixtures;
import org.agora.discussions.SpaceFixtures.TestPerson;
import org.agora.platform.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Needs through their pages: recording one, bad input, who changes them, status moves and their events. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class NeedIntegrationTests {

	/** People, units and needs of the needs tests, with names no other test uses. */
	static final class Data {

		final SpaceFixtures fixtures;

		final JdbcClient jdbc;

		final NeedEditor editor;

		Data(JdbcClient jdbc, NeedEditor editor) {
			this.jdbc = jdbc;
			this.editor = editor;
			this.fixtures = new SpaceFixtures(jdbc);
		}

		static String unique() {
			return UUID.randomUUID().toString().substring(0, 8);
		}

		TestPerson leader(String name) {
			return fixtures.leader(name + " " + unique());
		}

		TestPerson employee(String name) {
			return fixtures.employee(name + " " + unique());
		}

		TestPerson manager(String name) {
			return fixtures.manager(name + " " + unique());
		}

		TestPerson admin(String name) {
			return fixtures.person(name + " " + unique(), "en", Role.ADMIN);
		}

		TestPerson guest(String name) {
			return fixtures.guest(name + " " + unique());
		}

		long unit(String name) {
			return unit(name, null);
		}

		long unit(String name, Long parent) {
			var key = new GeneratedKeyHolder();
			jdbc.sql("""
					insert into people_unit (code, name, kind, parent_id, created_at)
					values (:code, :name, 'TEAM', :parent, current_timestamp)""")
				.param("code", "T-" + unique())
				.param("name", name + " " + unique())
				.param("parent", parent)
				.update(key, "id");
			return key.getKeyAs(Number.class).longValue();
		}

		static NeedForm form(long unit, String title, int importance, int scarcity, int frequency) {
			return new NeedForm(String.valueOf(unit), "", title, "What " + title + " is about", "Shift operators", "4",
					"IN_HEADS", String.valueOf(importance), String.valueOf(scarcity), String.valueOf(frequency),
					List.of(), List.of(), List.of(), null);
		}

		long need(TestPerson raiser, long unit, String title, int importance, int scarcity, int frequency) {
			return editor.raise(raiser.principal(), form(unit, title, importance, scarcity, frequency));
		}

		String unitName(long id) {
			return jdbc.sql("select name from people_unit where id = :id").param("id", id).query(String.class).single();
		}

		String status(long id) {
			return jdbc.sql("select status from knowledgemap_need where id = :id").param("id", id)
				.query(String.class).single();
		}

		int count(String title) {
			return jdbc.sql("select count(*) from knowledgemap_need where title = :t").param("t", title)
				.query(Integer.class).single();
		}
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NeedEditor editor;

	@Autowired
	ApplicationEvents events;

	Data data;

	TestPerson leader;

	long unit;

	@BeforeEach
	void setUp() {
		data = new Data(jdbc, editor);
		leader = data.leader("Need leader");
		unit = data.unit("Pumping Station");
	}

	private MockHttpServletRequestBuilder raise(String title) {
		return raise(title, java.util.Map.of());
	}

	/** A need typed in the form, with some fields typed otherwise. */
	private MockHttpServletRequestBuilder raise(String title, java.util.Map<String, String> otherwise) {
		var typed = new java.util.LinkedHashMap<String, String>();
		typed.put("unitId", String.valueOf(unit));
		typed.put("title", title);
		typed.put("availability", "MISSING");
		typed.put("importance", "3");
		typed.put("scarcity", "2");
		typed.put("frequency", "1");
		typed.put("peopleCount", "5");
		typed.put("linkPath", "/knowledge/a/12-pump-notes");
		typed.putAll(otherwise);
		var request = post("/knowledge-map/needs").with(leader.signedIn()).with(csrf());
		typed.forEach((name, value) -> {
			if (name.equals("linkPath")) {
				request.param("linkKind", "ARTICLE", "").param(name, value, "").param("linkLabel", "Pump notes, with commas", "");
			}
			else {
				request.param(name, value);
			}
		});
		return request;
	}

	@Test
	void aLeaderRecordsANeedThatShowsInTheBacklogWithItsPriority() throws Exception {
		String title = "Pump overhaul know-how " + Data.unique();
		mvc.perform(raise(title)).andExpect(status().is3xxRedirection());
		long id = jdbc.sql("select id from knowledgemap_need where title = :t").param("t", title)
			.query(Long.class).single();
		assertThat(data.status(id)).isEqualTo("OPEN");
		assertThat(events.stream(KnowledgeNeedRaised.class).filter(e -> e.needId() == id))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.unitId()).isEqualTo(unit);
				assertThat(e.raisedBy()).isEqualTo(leader.id());
				assertThat(e.path()).isEqualTo("/knowledge-map/needs/" + id);
			});
		mvc.perform(get("/knowledge-map/needs/" + id).with(data.employee("Reader").signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("Pump notes, with commas")));
		mvc.perform(get("/knowledge-map/needs").param("unit", String.valueOf(unit)).with(leader.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("<td class=\"text-end fw-bold need-priority\">6</td>")))
			.andExpect(content().string(containsString("/api/v1/knowledge-needs.csv?unit=" + unit)));
	}

	private String backlog(String query) throws Exception {
		return mvc.perform(get("/knowledge-map/needs" + query).with(leader.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String csvLink(String page) {
		var link = Pattern.compile("href=\"([^\"]*)\" id=\"needs-csv\"").matcher(page);
		assertThat(link.find()).isTrue();
		return link.group(1).replace("&amp;", "&");
	}

	@Test
	void theBacklogFiltersByAUnitWithTheUnitsUnderItAndByImportanceAndScarcity() throws Exception {
		long team = data.unit("Sub-team", unit);
		String below = "Below " + Data.unique();
		String own = "Own " + Data.unique();
		data.need(leader, team, below, 3, 2, 1);
		data.need(leader, unit, own, 1, 1, 1);
		assertThat(backlog("?unit=" + unit)).contains(below, own);
		assertThat(backlog("?unit=" + team)).contains(below).doesNotContain(own);
		assertThat(backlog("?unit=" + unit + "&importance=3&scarcity=2")).contains(below)
			.doesNotContain(own)
			.contains("<option value=\"3\" selected>3</option>");
	}

	@Test
	void theBacklogsCsvLinkKeepsEveryFilterSoTheCsvHoldsWhatThePageShows() throws Exception {
		long open = data.need(leader, unit, "Csv open " + Data.unique(), 3, 2, 1);
		long covered = data.need(leader, unit, "Csv covered " + Data.unique(), 3, 2, 1);
		editor.move(leader.principal(), covered, NeedStatus.COVERED, 1);
		record Case(String query, String link, List<Long> rows) {
		}
		for (var c : List.of(new Case("?unit=" + unit, "?unit=" + unit + "&status=NOT_COVERED", List.of(open)),
				new Case("?unit=" + unit + "&status=covered", "?unit=" + unit + "&status=COVERED", List.of(covered)),
				new Case("?unit=" + unit + "&status=ALL", "?unit=" + unit, List.of(open, covered)),
				new Case("?unit=" + unit + "&importance=3&scarcity=2",
						"?unit=" + unit + "&status=NOT_COVERED&importance=3&scarcity=2", List.of(open)))) {
			String link = csvLink(backlog(c.query()));
			assertThat(link).isEqualTo("/api/v1/knowledge-needs.csv" + c.link());
			byte[] bytes = mvc.perform(get(link).with(leader.signedIn())).andReturn().getResponse()
				.getContentAsByteArray();
			var rows = CsvReader.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
			assertThat(rows.subList(1, rows.size())).as(c.query()).extracting(r -> Long.valueOf(r.get(0)))
				.containsExactlyElementsOf(c.rows());
		}
	}

	static Stream<Arguments> badNeeds() {
		return Stream.of(Arguments.of("importance", "0", "importance"), Arguments.of("importance", "4", "importance"),
				Arguments.of("scarcity", "0", "scarcity"), Arguments.of("frequency", "4", "frequency"),
				Arguments.of("unitId", "", "unitId"), Arguments.of("peopleCount", "0", "peopleCount"),
				Arguments.of("title", "", "title"), Arguments.of("linkPath", "https://evil.example/x", "links"),
				Arguments.of("linkPath", "/knowledge/a/../../admin", "links"),
				Arguments.of("availability", "SOMEWHERE", "availability"));
	}

	@ParameterizedTest
	@MethodSource("badNeeds")
	void badInputNamesTheFieldKeepsTheTypingAndSavesNothing(String param, String value, String field) throws Exception {
		String title = "Never saved " + Data.unique();
		mvc.perform(raise(title, java.util.Map.of(param, value)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"" + field + "-error\"")))
			.andExpect(content().string(containsString("Pump notes, with commas")));
		assertThat(data.count(title)).isZero();
		assertThat(data.count("")).isZero();
	}

	@Test
	void aNeedWithoutAUnitSaysSo() throws Exception {
		mvc.perform(raise("No unit " + Data.unique(), java.util.Map.of("unitId", "")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("a need without a unit cannot be recorded")));
	}

	@Test
	void statusMovesFollowTheAllowedPathsAndCoveringIsPublished() throws Exception {
		long id = data.need(leader, unit, "Moves " + Data.unique(), 2, 2, 2);
		mvc.perform(post("/knowledge-map/needs/" + id + "/status").with(leader.signedIn()).with(csrf())
			.param("status", "BEING_ADDRESSED").param("version", "1")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/knowledge-map/needs/" + id + "/status").with(leader.signedIn()).with(csrf())
			.param("status", "COVERED").param("version", "2")).andExpect(status().is3xxRedirection());
		assertThat(data.status(id)).isEqualTo("COVERED");
		assertThat(events.stream(KnowledgeNeedCovered.class).filter(e -> e.needId() == id)).singleElement()
			.satisfies(e -> assertThat(e.coveredBy()).isEqualTo(leader.id()));
		mvc.perform(post("/knowledge-map/needs/" + id + "/status").with(leader.signedIn()).with(csrf())
			.param("status", "BEING_ADDRESSED").param("version", "3")).andExpect(status().isConflict());
		mvc.perform(post("/knowledge-map/needs/" + id + "/status").with(leader.signedIn()).with(csrf())
			.param("status", "OPEN").param("version", "1")).andExpect(status().isConflict());
		assertThat(data.status(id)).isEqualTo("COVERED");
		mvc.perform(post("/knowledge-map/needs/" + id + "/status").with(leader.signedIn()).with(csrf())
			.param("status", "OPEN").param("version", "3")).andExpect(status().is3xxRedirection());
		assertThat(data.status(id)).isEqualTo("OPEN");
		assertThat(jdbc.sql("select covered_at from knowledgemap_need where id = :id").param("id", id)
			.query(java.sql.Timestamp.class).optional()).isEmpty();
	}

	@Test
	void anEditOnAStaleVersionChangesNothing() throws Exception {
		String title = "Stale " + Data.unique();
		long id = data.need(leader, unit, title, 1, 1, 1);
		editor.edit(leader.principal(), id, Data.form(unit, title + " v2", 2, 2, 2).withVersion(1));
		mvc.perform(post("/knowledge-map/needs/" + id + "/edit").with(leader.signedIn()).with(csrf())
			.param("unitId", String.valueOf(unit)).param("title", "Lost edit").param("availability", "MISSING")
			.param("importance", "3").param("scarcity", "3").param("frequency", "3").param("version", "1"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("value=\"Lost edit\"")));
		assertThat(data.count(title + " v2")).isEqualTo(1);
	}

	static List<String> changeRoutes() {
		return List.of("edit-form", "edit", "status");
	}

	private MockHttpServletRequestBuilder change(String route, long id) {
		String base = "/knowledge-map/needs/" + id;
		return switch (route) {
			case "edit-form" -> get(base + "/edit");
			case "edit" -> post(base + "/edit").param("unitId", String.valueOf(unit)).param("title", "Renamed")
				.param("availability", "MISSING").param("importance", "1").param("scarcity", "1")
				.param("frequency", "1").param("version", "1");
			case "status" -> post(base + "/status").param("status", "BEING_ADDRESSED");
			default -> throw new IllegalArgumentException(route);
		};
	}

	@ParameterizedTest
	@MethodSource("changeRoutes")
	void onlyTheRaiserAndManagersChangeANeed(String route) throws Exception {
		record Case(TestPerson person, int expected) {
		}
		var cases = List.of(new Case(leader, 302), new Case(data.leader("Other leader"), 403),
				new Case(data.employee("Employee"), 403), new Case(data.guest("Guest"), 403),
				new Case(data.manager("Manager"), 302), new Case(data.admin("Admin"), 302));
		for (var c : cases) {
			String title = "Guarded " + Data.unique();
			long id = data.need(leader, unit, title, 2, 2, 2);
			int code = mvc.perform(change(route, id).with(c.person().signedIn()).with(csrf())).andReturn()
				.getResponse().getStatus();
			assertThat(code).as(route + " by " + c.person().name())
				.isEqualTo(route.equals("edit-form") && c.expected() == 302 ? 200 : c.expected());
			if (c.expected() == 403) {
				assertThat(data.status(id)).isEqualTo("OPEN");
				assertThat(data.count(title)).isEqualTo(1);
			}
		}
	}

	@Test
	void employeesAndGuestsRecordNoNeeds() throws Exception {
		for (var person : List.of(data.employee("Employee"), data.guest("Guest"))) {
			String title = "Not mine " + Data.unique();
			mvc.perform(post("/knowledge-map/needs").with(person.signedIn()).with(csrf())
				.param("unitId", String.valueOf(unit)).param("title", title).param("availability", "MISSING")
				.param("importance", "1").param("scarcity", "1").param("frequency", "1"))
				.andExpect(status().isForbidden());
			assertThat(data.count(title)).isZero();
		}
		mvc.perform(get("/knowledge-map/needs/new").with(data.employee("Employee").signedIn()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aNeedThatDoesNotExistIsNotFoundBeforeForbidden() throws Exception {
		mvc.perform(get("/knowledge-map/needs/99999999/edit").with(data.employee("Employee").signedIn()))
			.andExpect(status().isNotFound());
	}
}
