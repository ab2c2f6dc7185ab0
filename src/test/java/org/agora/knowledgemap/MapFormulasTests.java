package org.agora.knowledgemap;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The priority of a need and the retention risk of a holder, at every boundary of their scales. */
class MapFormulasTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

	private static final MapScales DEFAULTS = MapScales.DEFAULTS;

	@ParameterizedTest(name = "importance {0} + scarcity {1} + frequency {2} = {3}")
	@CsvSource({ "1,1,1,3", "3,3,3,9", "2,1,1,4", "1,2,1,4", "1,1,2,4", "3,2,1,6", "1,3,3,7", "3,3,2,8" })
	void priorityIsTheSumOfTheThreeScores(int importance, int scarcity, int frequency, int priority) {
		assertThat(Priority.of(DEFAULTS, importance, scarcity, frequency)).isEqualTo(priority);
	}

	@Test
	void weightsChangeThePriority() {
		var importanceTwice = new MapScales(2, 1, 1, 12, 24, 36, 60, 16, 9);
		assertThat(Priority.of(importanceTwice, 3, 1, 1)).isEqualTo(8);
		assertThat(Priority.of(importanceTwice, 1, 3, 1)).isEqualTo(6);
	}

	@ParameterizedTest(name = "score {0} is refused")
	@CsvSource({ "0", "4", "-1" })
	void scoresOutsideOneToThreeAreRefused(int score) {
		assertThatIllegalArgumentException().isThrownBy(() -> Priority.of(DEFAULTS, score, 2, 2));
		assertThatIllegalArgumentException().isThrownBy(() -> Priority.of(DEFAULTS, 2, score, 2));
		assertThatIllegalArgumentException().isThrownBy(() -> Priority.of(DEFAULTS, 2, 2, score));
	}

	@ParameterizedTest(name = "leaving {0} → attrition {1}")
	@CsvSource({ "2026-11-29, 5", "2027-11-28, 5", "2027-11-29, 4", "2028-11-28, 4", "2028-11-29, 3", "2029-11-28, 3",
			"2029-11-29, 2", "2031-11-28, 2", "2031-11-29, 1", "2040-01-01, 1", "2026-06-01, 5" })
	void attritionRisesAsTheDepartureNears(LocalDate departure, int attrition) {
		assertThat(RetentionRisk.attrition(DEFAULTS, TODAY, departure)).isEqualTo(attrition);
	}

	@Test
	void noExpectedDepartureIsTheLowestAttrition() {
		assertThat(RetentionRisk.attrition(DEFAULTS, TODAY, null)).isEqualTo(1);
	}

	@ParameterizedTest(name = "attrition {0} × position {1} = {2}, {3}")
	@CsvSource({ "1,1,1,LOW", "2,4,8,LOW", "3,3,9,MEDIUM", "5,3,15,MEDIUM", "4,4,16,HIGH", "5,4,20,HIGH",
			"5,5,25,HIGH", "3,5,15,MEDIUM", "2,5,10,MEDIUM", "1,5,5,LOW" })
	void riskIsAttritionTimesPositionAndHighFromSixteen(int attrition, int position, int risk, RiskLevel level) {
		assertThat(RetentionRisk.score(attrition, position)).isEqualTo(risk);
		assertThat(RiskLevel.of(DEFAULTS, risk)).isEqualTo(level);
	}

	@ParameterizedTest(name = "position {0} is refused")
	@CsvSource({ "0", "6" })
	void positionRiskOutsideOneToFiveIsRefused(int position) {
		assertThatIllegalArgumentException().isThrownBy(() -> RetentionRisk.score(3, position));
	}

	@Test
	void thresholdsAndBandsFollowTheScalesInForce() {
		var stricter = new MapScales(1, 1, 1, 18, 30, 42, 72, 12, 6);
		assertThat(RetentionRisk.attrition(stricter, TODAY, TODAY.plusMonths(17))).isEqualTo(5);
		assertThat(RetentionRisk.attrition(stricter, TODAY, TODAY.plusMonths(18))).isEqualTo(4);
		assertThat(RiskLevel.of(stricter, 12)).isEqualTo(RiskLevel.HIGH);
		assertThat(RiskLevel.of(stricter, 11)).isEqualTo(RiskLevel.MEDIUM);
		assertThat(RiskLevel.of(stricter, 5)).isEqualTo(RiskLevel.LOW);
	}

	@ParameterizedTest(name = "position {0}, captured {1}, successor {2} → counts {3}")
	@CsvSource({ "5,false,false,5", "5,true,false,1", "5,false,true,1", "4,true,true,1", "1,false,false,1" })
	void capturedKnowledgeOrANamedSuccessorMakesPositionRiskCountAsOne(int position, boolean captured,
			boolean successor, int counted) {
		assertThat(RetentionRisk.position(position, captured, successor)).isEqualTo(counted);
	}

	@Test
	void mitigationLowersTheRecordedRiskButNotTheAttrition() {
		var soon = TODAY.plusMonths(6);
		assertThat(RetentionRisk.mitigated(DEFAULTS, TODAY, soon, 5, false, false)).isEqualTo(25);
		assertThat(RetentionRisk.mitigated(DEFAULTS, TODAY, soon, 5, true, false)).isEqualTo(5);
		assertThat(RetentionRisk.mitigated(DEFAULTS, TODAY, soon, 5, false, true)).isEqualTo(5);
		assertThat(RiskLevel.of(DEFAULTS, RetentionRisk.mitigated(DEFAULTS, TODAY, soon, 5, true, false)))
			.isEqualTo(RiskLevel.LOW);
	}
}
