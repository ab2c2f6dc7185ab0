package org.agora.learning;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Learners are expected to move evenly through the course between a cohort's first and last day. */
class CohortScheduleTests {

	final CohortSchedule schedule = new CohortSchedule(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 10));

	@Test
	void nothingIsExpectedBeforeTheStartAndEverythingFromTheLastDay() {
		assertThat(schedule.expectedPercent(LocalDate.of(2026, 8, 1))).isZero();
		assertThat(schedule.expectedPercent(LocalDate.of(2026, 9, 1))).isZero();
		assertThat(schedule.expectedPercent(LocalDate.of(2026, 12, 10))).isEqualTo(100);
		assertThat(schedule.expectedPercent(LocalDate.of(2027, 1, 1))).isEqualTo(100);
	}

	@Test
	void inBetweenTheExpectationGrowsDayByDay() {
		assertThat(schedule.expectedPercent(LocalDate.of(2026, 10, 21))).as("50 of 100 days").isEqualTo(50);
		assertThat(schedule.expectedPercent(LocalDate.of(2026, 9, 11))).as("10 of 100 days").isEqualTo(10);
	}

	@Test
	void aLearnerIsBehindOnlyMoreThanTenPointsBelowTheExpectation() {
		var halfWay = LocalDate.of(2026, 10, 21);

		assertThat(schedule.behind(40, false, halfWay)).as("exactly the grace points below").isFalse();
		assertThat(schedule.behind(39, false, halfWay)).isTrue();
		assertThat(schedule.behind(0, false, LocalDate.of(2026, 9, 5))).as("nobody is behind in the first days").isFalse();
	}

	@Test
	void aLearnerWhoCompletedIsNeverBehind() {
		assertThat(schedule.behind(80, true, LocalDate.of(2027, 1, 1))).isFalse();
		assertThat(schedule.behind(80, false, LocalDate.of(2027, 1, 1))).isTrue();
	}
}
