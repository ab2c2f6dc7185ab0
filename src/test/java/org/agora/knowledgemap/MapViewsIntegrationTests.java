package org.agora.knowledgemap;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import org.agora.Personas;
import org.agora.discussions.SpaceFixtures;
import org.agora.discussions.SpaceFixtures.TestPerson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The views on a map built for each test in units of its own: the heat map's cells, coverage per unit and the risk
 * levels by area × unit, the unit filter, and that nobody's name, score or departure date shows.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MapViewsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MapViews views;

	@Autowired
	MapSettings settings;

	@Autowired
	UserDetailsService users;

	SpaceFixtures people;

	TestPerson employee;

	long division;

	long lab;

	long leaks;

	@BeforeEach
	void setUp() {
		people = new SpaceFixtures(jdbc);
		employee = people.employee("Views employee " + unique());
		division = unit("Views division", null);
		lab = unit("Views laboratory", division);
		leaks = unit("Views leak team", division);
	}

	@Test
	void theHeatMapCountsNeedsNotYetCoveredPerCellForAUnitAndTheUnitsUnderIt() throws Exception {
		need(lab, 3, 3, "OPEN");
		need(lab, 3, 3, "BEING_ADDRESSED");
		need(leaks, 3, 3, "OPEN");
		need(leaks, 3, 1, "OPEN");
		need(lab, 1, 2, "OPEN");
		need(lab, 3, 3, "COVERED");
		need(leaks, 2, 2, "COVERED");

		var division = views.needs(employee.principal(), this.division);
		assertThat(division.cell(3, 3).count()).isEqualTo(3);
		assertThat(division.cell(3, 1).count()).isEqualTo(1);
		assertThat(division.cell(1, 2).count()).isEqualTo(1);
		assertThat(division.cell(2, 2).count()).isZero();
		assertThat(division.total()).isEqualTo(5);
		var lab = views.needs(employee.principal(), this.lab);
		assertThat(lab.cell(3, 3).count()).isEqualTo(2);
		assertThat(lab.cell(3, 1).count()).isZero();
		assertThat(lab.total()).isEqualTo(3);

		mvc.perform(get("/api/v1/knowledge-needs/heat-map").param("unit", String.valueOf(this.division))
			.with(employee.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(5))
			.andExpect(jsonPath("$.cells.length()").value(9))
			.andExpect(jsonPath("$.cells[?(@.importance == 3 && @.scarcity == 3)].count").value(contains(3)))
			.andExpect(jsonPath("$.cells[?(@.importance == 2 && @.scarcity == 2)].count").value(contains(0)));
		mvc.perform(get("/knowledge-map/views").param("unit", String.valueOf(this.lab)).with(employee.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"needs-heat-map\"")))
			.andExpect(content().string(containsString("id=\"need-cell-3-3\" data-count=\"2\"")));
	}

	@Test
	void eachCellWithNeedsLinksToTheBacklogOfThoseNeeds() throws Exception {
		need(lab, 3, 3, "OPEN");
		need(leaks, 3, 3, "BEING_ADDRESSED");
		need(leaks, 3, 3, "COVERED");
		need(lab, 2, 3, "OPEN");
		need(lab, 3, 2, "OPEN");
		String views = mvc.perform(get("/knowledge-map/views").param("unit", String.valueOf(division))
			.with(employee.signedIn())).andReturn().getResponse().getContentAsString();
		var cell = Pattern.compile("id=\"need-cell-3-3\" data-count=\"2\"><a class=\"text-reset\" href=\"([^\"]+)\"")
			.matcher(views);
		assertThat(cell.find()).isTrue();
		String link = cell.group(1).replace("&amp;", "&");
		assertThat(link).isEqualTo("/knowledge-map/needs?unit=" + division + "&importance=3&scarcity=3");
		String backlog = mvc.perform(get(link).with(employee.signedIn())).andReturn().getResponse()
			.getContentAsString();
		assertThat(Pattern.compile("class=\"need-row\"").matcher(backlog).results().count()).isEqualTo(2);
		assertThat(views).contains("id=\"need-cell-1-1\" data-count=\"0\">0</td>");
		String whole = mvc.perform(get("/knowledge-map/views").with(employee.signedIn())).andReturn().getResponse()
			.getContentAsString();
		assertThat(whole).contains("href=\"/knowledge-map/needs?importance=3&amp;scarcity=3\"");
	}

	@Test
	void coverageCountsEachUnitsNeedsByStatusAndLeavesOutUnitsWithoutNeeds() throws Exception {
		long quiet = unit("Views quiet team", division);
		need(lab, 2, 2, "COVERED");
		need(lab, 2, 2, "COVERED");
		need(lab, 2, 2, "BEING_ADDRESSED");
		need(lab, 2, 2, "OPEN");
		need(leaks, 2, 2, "OPEN");

		var rows = views.coverage(employee.principal(), division);
		assertThat(rows).extracting(CoverageByUnit.Row::unitId).containsExactlyInAnyOrder(lab, leaks)
			.doesNotContain(quiet);
		var labRow = rows.stream().filter(r -> r.unitId() == lab).findFirst().orElseThrow();
		assertThat(labRow).extracting(CoverageByUnit.Row::covered, CoverageByUnit.Row::beingAddressed,
				CoverageByUnit.Row::open, CoverageByUnit.Row::total)
			.containsExactly(2, 1, 1, 4);
		assertThat(views.coverage(employee.principal(), leaks)).extracting(CoverageByUnit.Row::unitId)
			.containsExactly(leaks);

		mvc.perform(get("/api/v1/knowledge-needs/coverage").param("unit", String.valueOf(division))
			.with(employee.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[?(@.unitId == %d)].covered", lab).value(contains(2)))
			.andExpect(jsonPath("$[?(@.unitId == %d)].open", leaks).value(contains(1)));
		mvc.perform(get("/knowledge-map/views").param("unit", String.valueOf(division)).with(employee.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"coverage-chart\"")))
			.andExpect(content().string(containsString("id=\"coverage-table\"")))
			.andExpect(content().string(containsString("/js/map-charts.js")))
			.andExpect(content().string(containsString("id=\"coverage-" + lab + "\"")))
			.andExpect(content().string(not(containsString("id=\"coverage-" + quiet + "\""))));
	}

	@Test
	void riskLevelsShowPerAreaAndUnitWithoutNamesScoresOrDates() throws Exception {
		var retiring = member("Views retiring expert", lab);
		var colleague = member("Views colleague", lab);
		var third = member("Views third chemist", lab);
		var tracker = member("Views leak tracker", leaks);
		long chlorine = area("Views chlorine dosing", lab);
		long acoustics = area("Views acoustic detection", leaks);
		LocalDate soon = LocalDate.now().plusMonths(4);
		holder(chlorine, retiring, soon, 5, false, null);
		holder(chlorine, colleague, null, 1, false, null);
		holder(chlorine, third, null, 1, false, null);
		holder(acoustics, tracker, soon, 5, true, null);

		var map = views.risks(employee.principal(), division);
		assertThat(map.units()).extracting(MapViewsScope.Unit::id).containsExactly(lab, leaks);
		var chlorineRow = map.areas().stream().filter(a -> a.areaId() == chlorine).findFirst().orElseThrow();
		assertThat(chlorineRow.level()).isEqualTo(RiskLevel.HIGH);
		assertThat(chlorineRow.holders()).isEqualTo(3);
		assertThat(chlorineRow.singlePoint()).isFalse();
		var acousticsRow = map.areas().stream().filter(a -> a.areaId() == acoustics).findFirst().orElseThrow();
		// one holder: the level would be theirs, so it is withheld from an employee and shown to a manager
		assertThat(acousticsRow.level()).isNull();
		assertThat(acousticsRow.withheld()).isTrue();
		assertThat(acousticsRow.singlePoint()).isTrue();
		var manager = people.manager("Views manager " + unique());
		var managersRow = views.risks(manager.principal(), division).areas().stream()
			.filter(a -> a.areaId() == acoustics).findFirst().orElseThrow();
		// captured: 5 × 1 whatever the position risk recorded
		assertThat(managersRow.level()).isEqualTo(RiskLevel.of(settings.scales(), 5));

		for (String path : new String[] { "/knowledge-map/views", "/api/v1/knowledge-areas/risk-levels" }) {
			mvc.perform(get(path).param("unit", String.valueOf(division)).with(employee.signedIn()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Views chlorine dosing")))
				.andExpect(content().string(not(containsString(retiring.name()))))
				.andExpect(content().string(not(containsString(colleague.name()))))
				.andExpect(content().string(not(containsString(third.name()))))
				.andExpect(content().string(not(containsString(tracker.name()))))
				.andExpect(content().string(not(containsString(soon.toString()))))
				.andExpect(content().string(not(containsString(String.valueOf(soon.getYear()) + "-"))));
		}
		mvc.perform(get("/api/v1/knowledge-areas/risk-levels").param("unit", String.valueOf(division))
			.with(employee.signedIn()))
			.andExpect(jsonPath("$.areas[?(@.areaId == %d)].level", chlorine).value(contains("HIGH")))
			.andExpect(jsonPath("$.areas[?(@.areaId == %d)].singlePointOfKnowledge", acoustics).value(contains(true)))
			.andExpect(jsonPath("$.areas[?(@.areaId == %d)].level", acoustics).value(contains((Object) null)))
			.andExpect(jsonPath("$.areas[?(@.areaId == %d)].units[?(@.unitId == %d)].level", chlorine, lab)
				.value(contains("HIGH")))
			.andExpect(jsonPath("$..score").doesNotExist())
			.andExpect(jsonPath("$..expectedDeparture").doesNotExist())
			.andExpect(jsonPath("$..personId").doesNotExist());
		mvc.perform(get("/knowledge-map/views").param("unit", String.valueOf(division)).with(employee.signedIn()))
			.andExpect(content().string(containsString("id=\"risk-cell-" + chlorine + "-" + lab + "\"")));
	}

	@Test
	void theUnitFilterLeavesOutOtherUnitsAreasAndNeeds() throws Exception {
		long elsewhere = unit("Views elsewhere", null);
		need(elsewhere, 3, 3, "OPEN");
		long foreign = area("Views foreign area", elsewhere);
		need(lab, 3, 3, "OPEN");

		assertThat(views.needs(employee.principal(), division).total()).isEqualTo(1);
		assertThat(views.coverage(employee.principal(), division)).extracting(CoverageByUnit.Row::unitId)
			.containsExactly(lab);
		assertThat(views.risks(employee.principal(), division).areas()).extracting(HeatRisks.AreaRow::areaId)
			.doesNotContain(foreign);
		assertThat(views.risks(employee.principal(), null).areas()).extracting(HeatRisks.AreaRow::areaId)
			.contains(foreign);
		mvc.perform(get("/knowledge-map/views").param("unit", String.valueOf(division)).with(employee.signedIn()))
			.andExpect(content().string(not(containsString("Views foreign area"))));
	}

	@Test
	void guestsAreRefusedAndAnUnknownUnitIsNotFound() throws Exception {
		var guest = people.guest("Views guest " + unique());
		for (String path : new String[] { "/knowledge-map/views", "/api/v1/knowledge-needs/heat-map",
				"/api/v1/knowledge-needs/coverage", "/api/v1/knowledge-areas/risk-levels" }) {
			mvc.perform(get(path).with(guest.signedIn())).andExpect(status().isForbidden());
			mvc.perform(get(path).with(Personas.as(users, Personas.GUEST))).andExpect(status().isForbidden());
			mvc.perform(get(path).with(Personas.as(users, Personas.EMPLOYEE))).andExpect(status().isOk());
			mvc.perform(get(path).param("unit", "999999999").with(employee.signedIn()))
				.andExpect(status().isNotFound());
		}
		mvc.perform(get("/api/v1/knowledge-needs/heat-map").param("unit", "lab")
			.accept(MediaType.APPLICATION_JSON)
			.with(employee.signedIn())).andExpect(status().isBadRequest());
	}

	// --- data, written straight to the tables with names no other test uses

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private long insert(String sql, java.util.Map<String, ?> params) {
		var key = new GeneratedKeyHolder();
		jdbc.sql(sql).params(params).update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	private long unit(String name, Long parent) {
		var params = new java.util.HashMap<String, Object>();
		params.put("code", "V-" + unique());
		params.put("name", name + " " + unique());
		params.put("parent", parent);
		return insert("""
				insert into people_unit (code, name, kind, parent_id, created_at)
				values (:code, :name, 'TEAM', :parent, current_timestamp)""", params);
	}

	private TestPerson member(String name, long unit) {
		var person = people.employee(name + " " + unique());
		jdbc.sql("update people_person set unit_id = :unit where id = :id")
			.param("unit", unit)
			.param("id", person.id())
			.update();
		return person;
	}

	private long need(long unit, int importance, int scarcity, String status) {
		return insert("""
				insert into knowledgemap_need (unit_id, title, availability, importance, scarcity, frequency, status,
				  raised_by, created_at, updated_at)
				values (:unit, :title, 'PARTLY_DOCUMENTED', :importance, :scarcity, 2, :status, :by, :now, :now)""",
				java.util.Map.of("unit", unit, "title", "Views need " + unique(), "importance", importance,
						"scarcity", scarcity, "status", status, "by", employee.id(), "now",
						Timestamp.from(Instant.now())));
	}

	private long area(String name, long unit) {
		long id = insert("""
				insert into knowledgemap_area (name, created_by, created_at, updated_at)
				values (:name, :by, :now, :now)""",
				java.util.Map.of("name", name + " " + unique(), "by", employee.id(), "now",
						Timestamp.from(Instant.now())));
		jdbc.sql("insert into knowledgemap_area_unit (area_id, unit_id) values (:area, :unit)")
			.param("area", id)
			.param("unit", unit)
			.update();
		return id;
	}

	private void holder(long area, TestPerson person, LocalDate leaves, int position, boolean captured,
			Long successor) {
		var params = new java.util.HashMap<String, Object>();
		params.put("area", area);
		params.put("person", person.id());
		params.put("leaves", leaves == null ? null : Date.valueOf(leaves));
		params.put("position", position);
		params.put("captured", captured);
		params.put("successor", successor);
		params.put("holds", successor != null);
		params.put("by", employee.id());
		params.put("now", Timestamp.from(Instant.now()));
		insert("""
				insert into knowledgemap_holder (area_id, person_id, level, departure_reason, expected_departure,
				  position_risk, successor_id, successor_holds, captured, created_by, created_at, updated_at)
				values (:area, :person, 'EXPERT', 'RETIREMENT', :leaves, :position, :successor, :holds, :captured, :by,
				  :now, :now)""", params);
	}
}
