package org.agora.recognition;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The regular badge's count: calendar quarters in a row, across a year's end, broken by a quarter without any. */
class BadgeRulesTests {

	private static int run(String... days) {
		return BadgeRules.longestRunOfQuarters(java.util.Arrays.stream(days).map(LocalDate::parse).toList());
	}

	@Test
	void threeQuartersInARowAreThreeAndAFourthMakesFour() {
		assertThat(run("2025-02-10", "2025-05-10", "2025-08-10")).isEqualTo(3);
		assertThat(run("2025-02-10", "2025-05-10", "2025-08-10", "2025-11-10")).isEqualTo(4);
	}

	@Test
	void quartersRunOnAcrossTheYearsEnd() {
		assertThat(run("2025-08-01", "2025-12-31", "2026-01-01", "2026-06-30")).isEqualTo(4);
	}

	@Test
	void aQuarterWithoutAnEventBreaksTheRun() {
		assertThat(run("2025-02-10", "2025-05-10", "2025-11-10", "2026-02-10")).isEqualTo(2);
		// the same quarter twice, and the same quarter of the next year, are not a run
		assertThat(run("2025-01-01", "2025-03-31", "2026-01-15")).isEqualTo(1);
	}

	@Test
	void noEventsNoRun() {
		assertThat(BadgeRules.longestRunOfQuarters(List.of())).isZero();
	}
}
