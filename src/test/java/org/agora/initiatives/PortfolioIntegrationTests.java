package org.agora.initiatives;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.agora.discussions.SpaceFixtures.TestPerson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.agora.initiatives.InitiativeStatus.ACTIVE;
import static org.agora.initiatives.InitiativeStatus.COMPLETED;
import static org.agora.initiatives.InitiativeStatus.PLANNED;
import static org.agora.initiatives.InitiativeStatus.STOPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The portfolio's numbers on a set of initiatives built for the test, and who may see it. */
@SpringBootTest
@AutoConfigureMockMvc
class PortfolioIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InitiativeEditor editor;

	@Autowired
	InitiativeJournal journal;

	@Autowired
	Portfolio portfolio;

	InitiativeIntegrationTests.Data data;

	TestPerson leader;

	@BeforeEach
	void setUp() {
		data = new InitiativeIntegrationTests.Data(jdbc, editor);
		leader = data.leader("Portfolio leader");
	}

	private String unitName(long id) {
		return jdbc.sql("select name from people_unit where id = :id").param("id", id).query(String.class).single();
	}

	@Test
	void countsByUnitAndStatusOverdueMilestonesAndUncoveredUnits() {
		long grid = data.unit("Grid");
		long solar = data.unit("Solar");
		long quiet = data.unit("Quiet");
		data.initiative(leader, grid, "G1", PLANNED, ACTIVE);
		data.initiative(leader, grid, "G2", PLANNED, ACTIVE);
		data.initiative(leader, grid, "G3", PLANNED, ACTIVE, COMPLETED);
		data.initiative(leader, solar, "S1");
		data.initiative(leader, solar, "S2", STOPPED);
		long late = data.initiative(leader, grid, "Late one " + InitiativeIntegrationTests.Data.unique(), PLANNED);
		jdbc.sql("""
				insert into initiatives_milestone (initiative_id, title, due_on, created_at)
				values (:id, 'Overdue milestone', :due, current_timestamp)""")
			.param("id", late)
			.param("due", Date.valueOf(LocalDate.now().minusDays(3)))
			.update();

		var report = portfolio.report();
		var gridRow = report.byUnit().stream().filter(t -> t.label().equals(unitName(grid))).findFirst().orElseThrow();
		assertThat(gridRow.count(ACTIVE)).isEqualTo(2);
		assertThat(gridRow.count(COMPLETED)).isEqualTo(1);
		assertThat(gridRow.count(PLANNED)).isEqualTo(1);
		assertThat(gridRow.total()).isEqualTo(4);
		var solarRow = report.byUnit().stream().filter(t -> t.label().equals(unitName(solar))).findFirst().orElseThrow();
		assertThat(solarRow.count(InitiativeStatus.IDEA)).isEqualTo(1);
		assertThat(solarRow.count(STOPPED)).isEqualTo(1);
		assertThat(report.byUnit().stream().map(Portfolio.Tally::label)).doesNotContain(unitName(quiet));
		// only planned or active initiatives cover a unit
		assertThat(report.uncovered().stream().map(Portfolio.Unit::id)).contains(solar, quiet).doesNotContain(grid);
		assertThat(report.overdue()).anySatisfy(o -> {
			assertThat(o.initiativeId()).isEqualTo(late);
			assertThat(o.milestone()).isEqualTo("Overdue milestone");
		});
		assertThat(report.byKind().stream().map(Portfolio.Tally::label))
			.containsExactly(java.util.Arrays.stream(InitiativeKind.values()).map(Enum::name).toArray(String[]::new));
	}

	@Test
	void obstaclesAreCountedByCategoryWithTheResolvedOnes() {
		var before = portfolio.obstacles();
		long id = data.initiative(leader, data.unit("Obstacles"), "Obstacled");
		journal.addObstacle(leader.principal(), id, new ObstacleForm("RESISTANCE", "Crews distrust it", null, false));
		journal.addObstacle(leader.principal(), id, new ObstacleForm("RESISTANCE", "Old habits", "Pilot crew", true));
		journal.addObstacle(leader.principal(), id, new ObstacleForm("LACK_OF_TIME", "Peak season", null, false));
		var after = portfolio.obstacles();
		assertThat(after).hasSize(ObstacleCategory.values().length);
		for (int i = 0; i < after.size(); i++) {
			var category = after.get(i).category();
			int added = category == ObstacleCategory.RESISTANCE ? 2 : category == ObstacleCategory.LACK_OF_TIME ? 1 : 0;
			assertThat(after.get(i).count() - before.get(i).count()).as(category.name()).isEqualTo(added);
			assertThat(after.get(i).resolved() - before.get(i).resolved())
				.isEqualTo(category == ObstacleCategory.RESISTANCE ? 1 : 0);
		}
	}

	@Test
	void managersSeeThePortfolioWithItsChartAndTable() throws Exception {
		mvc.perform(get("/initiatives/portfolio").with(data.manager("Portfolio manager").signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"obstacles-chart\"")))
			.andExpect(content().string(containsString("id=\"obstacles-table\"")))
			.andExpect(content().string(containsString("/webjars/chart.js/dist/chart.umd.js")));
		mvc.perform(get("/webjars/chart.js/dist/chart.umd.js").with(data.manager("Chart reader").signedIn()))
			.andExpect(status().isOk());
		mvc.perform(get("/initiatives/portfolio").with(leader.signedIn())).andExpect(status().isForbidden());
		mvc.perform(get("/initiatives/portfolio").with(data.employee("Employee").signedIn()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theApiGivesManagersThePagesNumbersAndTheCountsLeadToTheList() throws Exception {
		long unit = data.unit("Api grid");
		data.initiative(leader, unit, "Counted active " + InitiativeIntegrationTests.Data.unique(), PLANNED, ACTIVE);
		data.initiative(leader, unit, "Counted idea " + InitiativeIntegrationTests.Data.unique());
		var manager = data.manager("Api manager");
		var report = portfolio.report();
		mvc.perform(get("/api/v1/initiatives/portfolio").with(manager.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.byUnit[?(@.unitId == %d)].unit", unit).value(contains(unitName(unit))))
			.andExpect(jsonPath("$.byUnit[?(@.unitId == %d)].counts.ACTIVE", unit).value(contains(1)))
			.andExpect(jsonPath("$.byUnit[?(@.unitId == %d)].counts.IDEA", unit).value(contains(1)))
			.andExpect(jsonPath("$.byUnit[?(@.unitId == %d)].counts.COMPLETED", unit).value(contains(0)))
			.andExpect(jsonPath("$.byUnit[?(@.unitId == %d)].total", unit).value(contains(2)))
			.andExpect(jsonPath("$.byKind.length()").value(InitiativeKind.values().length))
			.andExpect(jsonPath("$.byKind[?(@.kind == 'LESSONS_LEARNED')].total")
				.value(contains(report.byKind().get(InitiativeKind.LESSONS_LEARNED.ordinal()).total())))
			.andExpect(jsonPath("$.overdue.length()").value(report.overdue().size()))
			.andExpect(jsonPath("$.uncovered[?(@.id == %d)]", unit).isEmpty())
			.andExpect(jsonPath("$.obstacles.length()").value(ObstacleCategory.values().length))
			.andExpect(jsonPath("$.obstacles[?(@.category == 'RESISTANCE')].count")
				.value(contains(report.obstacles().get(ObstacleCategory.RESISTANCE.ordinal()).count())));
		for (var other : List.of(leader, data.employee("Api employee"))) {
			mvc.perform(get("/api/v1/initiatives/portfolio").with(other.signedIn())).andExpect(status().isForbidden());
		}

		String filtered = "/initiatives?unit=" + unit + "&amp;status=ACTIVE";
		mvc.perform(get("/initiatives/portfolio").with(manager.signedIn()))
			.andExpect(content().string(containsString("<a href=\"" + filtered + "\">1</a>")))
			.andExpect(content().string(containsString("<a href=\"/initiatives?unit=" + unit + "\">2</a>")))
			.andExpect(content().string(containsString("href=\"/initiatives?kind=LESSONS_LEARNED&amp;status=ACTIVE\"")));
		mvc.perform(get(filtered.replace("&amp;", "&")).with(manager.signedIn()))
			.andExpect(content().string(containsString("Counted active")))
			.andExpect(content().string(not(containsString("Counted idea"))));
	}
}
