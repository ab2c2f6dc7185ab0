package org.agora.recognition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agora.people.PersonSummary;
import org.agora.platform.security.Role;
import org.agora.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/** Ranks with ties, who may be on a board, and the rules form read field by field. */
class LeaderboardRankingTests {

	@Test
	void theSamePointsShareARankAndTheNextRankSkips() {
		Map<Long, Integer> totals = Map.of(1L, 40, 2L, 25, 3L, 40, 4L, 10, 5L, 25, 6L, 0, 7L, -5);
		Map<Long, PersonSummary> people = new LinkedHashMap<>();
		for (long id = 1; id <= 7; id++) {
			people.put(id, person(id, "Person " + (char) ('A' + id), 5L, true, Role.EMPLOYEE));
		}
		var standings = Leaderboards.rank(totals, people, p -> true);
		assertThat(standings).extracting(Leaderboards.Standing::personId, Leaderboards.Standing::rank,
				Leaderboards.Standing::points)
			.as("most points first, then by name; nobody without points")
			.containsExactly(tuple(1L, 1, 40), tuple(3L, 1, 40), tuple(2L, 3, 25), tuple(5L, 3, 25), tuple(4L, 5, 10));
	}

	@Test
	void inactivePeopleAndGuestsAreOnNoBoardAndAUnitHoldsOnlyItsPeople() {
		assertThat(Leaderboards.onBoards(person(1, "Active", 1L, true, Role.EMPLOYEE))).isTrue();
		assertThat(Leaderboards.onBoards(person(2, "Left", 1L, false, Role.EMPLOYEE))).isFalse();
		assertThat(Leaderboards.onBoards(person(3, "Guest", null, true, Role.GUEST))).isFalse();
		assertThat(Leaderboards.onBoards(person(4, "Guest leader", 1L, true, Role.GUEST, Role.KNOWLEDGE_LEADER)))
			.isTrue();
		assertThat(Leaderboards.inScope(person(5, "In", 3L, true, Role.EMPLOYEE), Set.of(2L, 3L))).isTrue();
		assertThat(Leaderboards.inScope(person(6, "Out", 4L, true, Role.EMPLOYEE), Set.of(2L, 3L))).isFalse();
		assertThat(Leaderboards.inScope(person(7, "No unit", null, true, Role.EMPLOYEE), Set.of(2L))).isFalse();
		assertThat(Leaderboards.inScope(person(8, "No unit", null, true, Role.EMPLOYEE), null)).isTrue();
	}

	@Test
	void theRulesFormNamesTheFieldOfAMissingOrNonNumericValue() {
		Map<String, Object> typed = new LinkedHashMap<>(RulesController.typed(defaults()));
		assertThat(RulesController.parse(typed::get)).isEqualTo(defaults());
		typed.put("EVENT_HOSTED.cap", "lots");
		assertField(typed, "EVENT_HOSTED.cap");
		typed.put("EVENT_HOSTED.cap", 75);
		typed.put("ANSWER_POSTED.points", " ");
		assertField(typed, "ANSWER_POSTED.points");
		typed.put("ANSWER_POSTED.points", 4.5);
		assertField(typed, "ANSWER_POSTED.points");
		typed.put("ANSWER_POSTED.points", List.of(5));
		assertField(typed, "ANSWER_POSTED.points");
		typed.put("ANSWER_POSTED.points", 5L);
		typed.remove("KUDOS_RECEIVED.cap");
		assertField(typed, "KUDOS_RECEIVED.cap");
	}

	@Test
	void aReportCellThatASpreadsheetWouldRunIsKeptAsText() {
		assertThat(ReportCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(ReportCsv.cell("+972")).isEqualTo("'+972");
		assertThat(ReportCsv.cell("@sum")).isEqualTo("'@sum");
		assertThat(ReportCsv.cell("Water, networks")).isEqualTo("\"Water, networks\"");
		assertThat(ReportCsv.cell("רשת המים")).isEqualTo("רשת המים");
	}

	private static void assertField(Map<String, Object> typed, String field) {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> RulesController.parse(typed::get))
			.satisfies(e -> assertThat(e.field()).isEqualTo(field));
	}

	private static Map<PointRule, Rules.Values> defaults() {
		Map<PointRule, Rules.Values> values = new java.util.EnumMap<>(PointRule.class);
		for (var rule : PointRule.values()) {
			values.put(rule, new Rules.Values(rule.points, rule.dailyCap));
		}
		return values;
	}

	private static PersonSummary person(long id, String name, Long unit, boolean active, Role... roles) {
		return new PersonSummary(id, name, "p" + id + "@agora.example", null, unit, unit == null ? null : "Unit " + unit,
				"en", Set.of(roles), null, active, null);
	}
}
