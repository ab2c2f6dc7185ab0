package org.agora.recognition;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.agora.Personas;
import org.agora.discussions.SpaceFixtures.TestPerson;
import org.agora.platform.OrganizationClock;
import org.agora.platform.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The leaderboards over a unit tree each test builds: periods in the organization's time zone, ranks with ties, the
 * viewer's own place, opting out, inactive people and guests, sub-units, and parameters the board cannot use.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LeaderboardIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Ledger ledger;

	@Autowired
	Leaderboards boards;

	@Autowired
	RecognitionProfiles profiles;

	@Autowired
	OrganizationClock clock;

	@Autowired
	UserDetailsService users;

	BoardFixtures fixtures;

	long division;

	long team;

	PointsWindow quarter;

	/** An hour into the current quarter: always inside it, whenever the test runs. */
	Instant inQuarter;

	@BeforeEach
	void setUp() {
		fixtures = new BoardFixtures(jdbc, ledger);
		division = fixtures.unit("Board division", null);
		team = fixtures.unit("Board team", division);
		quarter = BoardPeriod.QUARTER.window(clock.today(), clock);
		inQuarter = quarter.from().plus(1, ChronoUnit.HOURS);
	}

	private Leaderboards.Board board(TestPerson viewer, BoardPeriod period, Long unit, int size) {
		return boards.board(viewer.principal(), new Leaderboards.Query(period, unit, size));
	}

	@Test
	void anAwardJustBeforeTheQuarterStartsInTheOrganizationsZoneIsNotOnTheQuarterBoard() {
		var before = fixtures.member("Before", team);
		var after = fixtures.member("After", team);
		// the quarter starts at midnight in Jerusalem, which is not midnight in UTC
		assertThat(quarter.from().atZone(java.time.ZoneOffset.UTC).getHour()).isNotZero();
		int earlier = fixtures.award(before, PointRule.ANSWER_ACCEPTED, quarter.from().minusSeconds(1));
		int later = fixtures.award(after, PointRule.ANSWER_ACCEPTED, quarter.from());
		assertThat(earlier).isPositive().isEqualTo(later);

		assertThat(board(after, BoardPeriod.QUARTER, division, 20).top())
			.extracting(Leaderboards.Standing::personId)
			.containsExactly(after.id());
		boolean quarterStartsTheYear = quarter.first().getDayOfYear() == 1;
		assertThat(board(after, BoardPeriod.YEAR, division, 20).top()).extracting(Leaderboards.Standing::personId)
			.hasSize(quarterStartsTheYear ? 1 : 2);
		assertThat(board(after, BoardPeriod.ALL, division, 20).top()).extracting(Leaderboards.Standing::personId)
			.containsExactlyInAnyOrder(before.id(), after.id());
	}

	@Test
	void theSamePointsShareARankTheNextRankSkipsAndTheViewerSeesTheirOwnPlaceBelowTheTop() {
		var first = fixtures.member("Tie A", team);
		var second = fixtures.member("Tie B", division);
		var third = fixtures.member("Third", team);
		int most = fixtures.awards(first, PointRule.ANSWER_POSTED, 3, inQuarter);
		assertThat(fixtures.awards(second, PointRule.ANSWER_POSTED, 3, inQuarter)).isEqualTo(most);
		int least = fixtures.awards(third, PointRule.ANSWER_POSTED, 1, inQuarter);
		assertThat(least).isPositive().isLessThan(most);

		var board = board(third, BoardPeriod.QUARTER, division, 20);
		assertThat(board.top()).extracting(Leaderboards.Standing::personId, Leaderboards.Standing::rank)
			.containsExactlyInAnyOrder(tuple(first.id(), 1), tuple(second.id(), 1), tuple(third.id(), 3));
		assertThat(board.ranked()).isEqualTo(3);

		var top = board(third, BoardPeriod.QUARTER, division, 1);
		assertThat(top.top()).hasSize(1);
		assertThat(top.mineBelowTop()).isTrue();
		assertThat(top.mine().rank()).isEqualTo(3);
		assertThat(top.mine().points()).isEqualTo(least);
		assertThat(top.place()).isEqualTo(Leaderboards.Place.RANKED);
	}

	@Test
	void someoneWhoOptedOutIsOnNoBoardYetStillEarnsPoints() throws Exception {
		var shy = fixtures.member("Shy", team);
		var other = fixtures.member("Other", team);
		profiles.optOut(shy.id(), true);
		int earned = fixtures.award(shy, PointRule.INITIATIVE_COMPLETED, inQuarter);
		fixtures.award(other, PointRule.ANSWER_POSTED, inQuarter);

		assertThat(earned).isPositive();
		assertThat(ledger.total(shy.id())).isEqualTo(earned);
		for (var period : BoardPeriod.values()) {
			assertThat(board(other, period, division, 100).top()).extracting(Leaderboards.Standing::personId)
				.containsExactly(other.id());
		}
		var own = board(shy, BoardPeriod.QUARTER, division, 20);
		assertThat(own.mine()).isNull();
		assertThat(own.place()).isEqualTo(Leaderboards.Place.OPTED_OUT);
		assertThat(boards.standings(BoardPeriod.ALL.window(clock.today(), clock), null))
			.noneMatch(s -> s.personId() == shy.id());
		mvc.perform(get("/api/v1/recognition/leaderboard").param("unit", String.valueOf(division))
			.with(shy.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.place").value("OPTED_OUT"))
			.andExpect(jsonPath("$.mine").doesNotExist())
			.andExpect(jsonPath("$.top[*].personId").value(org.hamcrest.Matchers.contains((int) other.id())));

		profiles.optOut(shy.id(), false);
		assertThat(board(other, BoardPeriod.QUARTER, division, 20).top()).extracting(Leaderboards.Standing::personId)
			.containsExactly(shy.id(), other.id());
	}

	@Test
	void inactivePeopleAndGuestsAreLeftOffAndAUnitsBoardHoldsTheUnitsUnderIt() {
		var inTeam = fixtures.member("In team", team);
		var inDivision = fixtures.member("In division", division);
		var elsewhere = fixtures.member("Elsewhere", fixtures.unit("Other division", null));
		var gone = fixtures.member("Gone", team);
		var guest = fixtures.member("Guest", team, Role.GUEST);
		for (var person : new TestPerson[] { inTeam, inDivision, elsewhere, gone, guest }) {
			fixtures.award(person, PointRule.EVENT_HOSTED, inQuarter);
		}
		fixtures.deactivate(gone);

		assertThat(board(inTeam, BoardPeriod.QUARTER, division, 20).top()).extracting(Leaderboards.Standing::personId)
			.containsExactlyInAnyOrder(inTeam.id(), inDivision.id());
		assertThat(board(inTeam, BoardPeriod.QUARTER, team, 20).top()).extracting(Leaderboards.Standing::personId)
			.containsExactly(inTeam.id());
		var outside = board(inDivision, BoardPeriod.QUARTER, team, 20);
		assertThat(outside.place()).isEqualTo(Leaderboards.Place.OUTSIDE_UNIT);
		var organization = boards.standings(quarter, null);
		assertThat(organization).extracting(Leaderboards.Standing::personId)
			.contains(inTeam.id(), inDivision.id(), elsewhere.id())
			.doesNotContain(gone.id(), guest.id());
	}

	@Test
	void theApiAndThePageNameAParameterTheyCannotUse() throws Exception {
		var viewer = fixtures.member("Asker", team);
		for (var bad : new String[][] { { "period", "decade" }, { "unit", "sales" }, { "unit", "999999999" },
				{ "size", "0" }, { "size", "101" } }) {
			mvc.perform(get("/api/v1/recognition/leaderboard").param(bad[0], bad[1]).with(viewer.signedIn()))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value(bad[0]));
		}
		mvc.perform(get("/recognition/leaderboard").param("period", "decade").with(viewer.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"period-error\"")))
			.andExpect(content().string(containsString("Choose the period")))
			.andExpect(content().string(containsString("id=\"board\"")))
			.andExpect(content().string(containsString("<option value=\"quarter\" selected")));
		mvc.perform(get("/recognition/leaderboard").param("size", "500").param("lang", "he").with(viewer.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("אפשר להציג בין 1 ל-100 אנשים.")));
	}

	@Test
	void thePageShowsTheBoardInBothLanguagesAndAnHtmxRequestGetsTheBoardAlone() throws Exception {
		var viewer = fixtures.member("Viewer", team);
		int points = fixtures.award(viewer, PointRule.COURSE_COMPLETED, inQuarter);
		mvc.perform(get("/recognition/leaderboard").param("unit", String.valueOf(division)).with(viewer.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"en\"")))
			.andExpect(content().string(containsString("id=\"board-mine\"")))
			.andExpect(content().string(containsString("data-points=\"" + points + "\"")))
			.andExpect(content().string(containsString(viewer.name())));
		mvc.perform(get("/recognition/leaderboard").param("unit", String.valueOf(division)).param("period", "all")
			.param("lang", "he").with(viewer.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dir=\"rtl\"")))
			.andExpect(content().string(containsString("טבלת מובילים")))
			.andExpect(content().string(containsString("מאז ומעולם")));
		mvc.perform(get("/recognition/leaderboard").param("unit", String.valueOf(division))
			.header("HX-Request", "true").with(viewer.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"board\"")))
			.andExpect(content().string(containsString("id=\"board-mine\"")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void guestsMayNotSeeTheBoards() throws Exception {
		mvc.perform(get("/recognition/leaderboard").with(Personas.as(users, Personas.GUEST)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/recognition/leaderboard").with(Personas.as(users, Personas.GUEST)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/recognition/leaderboard").with(Personas.as(users, Personas.EMPLOYEE)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.period").value("quarter"))
			.andExpect(jsonPath("$.size").value(20));
	}
}
