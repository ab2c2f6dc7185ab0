package org.agora.recognition;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.agora.platform.OrganizationClock;
import org.agora.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Periods are counted in the organization's time zone, and the report's days are checked before they are used. */
class BoardPeriodTests {

	final OrganizationClock clock = new OrganizationClock(Clock.systemUTC(), ZoneId.of("Asia/Jerusalem"));

	@Test
	void aQuarterStartsAtMidnightInTheOrganizationsZoneNotInUtc() {
		var window = BoardPeriod.QUARTER.window(LocalDate.of(2026, 11, 15), clock);
		assertThat(window.first()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(window.last()).isEqualTo(LocalDate.of(2026, 12, 31));
		// summer time in Jerusalem is UTC+3 until late October, winter time UTC+2
		assertThat(window.from()).isEqualTo(Instant.parse("2026-09-30T21:00:00Z"));
		assertThat(window.to()).isEqualTo(Instant.parse("2026-12-31T22:00:00Z"));
	}

	@Test
	void eachDayOfAQuarterFallsInThatQuarter() {
		for (var day : new LocalDate[] { LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31) }) {
			assertThat(BoardPeriod.QUARTER.window(day, clock).first()).isEqualTo(LocalDate.of(2026, 1, 1));
		}
		assertThat(BoardPeriod.QUARTER.window(LocalDate.of(2026, 4, 1), clock).first())
			.isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(BoardPeriod.QUARTER.window(LocalDate.of(2026, 6, 30), clock).last())
			.isEqualTo(LocalDate.of(2026, 6, 30));
	}

	@Test
	void aYearIsTheCalendarYearAndAllTimeHoldsEverything() {
		var year = BoardPeriod.YEAR.window(LocalDate.of(2026, 7, 4), clock);
		assertThat(year.first()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(year.last()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(year.from()).isEqualTo(Instant.parse("2025-12-31T22:00:00Z"));
		var all = BoardPeriod.ALL.window(LocalDate.of(2026, 7, 4), clock);
		assertThat(all.allTime()).isTrue();
		assertThat(all.from()).isBefore(Instant.parse("2000-01-01T00:00:00Z"));
		assertThat(all.to()).isAfter(Instant.parse("2100-01-01T00:00:00Z"));
	}

	@Test
	void periodsAreNamedInAnyCaseAndTheQuarterIsTheDefault() {
		assertThat(BoardPeriod.parse(null)).isEqualTo(BoardPeriod.QUARTER);
		assertThat(BoardPeriod.parse(" Year ")).isEqualTo(BoardPeriod.YEAR);
		assertThat(BoardPeriod.parse("all")).isEqualTo(BoardPeriod.ALL);
		assertThat(BoardPeriod.parse("decade")).isNull();
	}

	@Test
	void aBoardQueryNamesTheParameterThatIsWrong() {
		assertThat(Leaderboards.Query.parse(null, "", null)).isEqualTo(Leaderboards.Query.DEFAULT);
		assertThat(Leaderboards.Query.parse("all", "7", "100")).isEqualTo(
				new Leaderboards.Query(BoardPeriod.ALL, 7L, 100));
		assertField(() -> Leaderboards.Query.parse("week", null, null), "period");
		assertField(() -> Leaderboards.Query.parse(null, "sales", null), "unit");
		assertField(() -> Leaderboards.Query.parse(null, "-3", null), "unit");
		assertField(() -> Leaderboards.Query.parse(null, null, "0"), "size");
		assertField(() -> Leaderboards.Query.parse(null, null, "101"), "size");
		assertField(() -> Leaderboards.Query.parse(null, null, "ten"), "size");
	}

	@Test
	void theReportCoversTheCurrentQuarterUnlessDaysAreChosenAndAtMostTwoYears() {
		var today = LocalDate.of(2026, 5, 20);
		assertThat(RecognitionReport.Query.parse(null, " ", null, today))
			.isEqualTo(new RecognitionReport.Query(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), null));
		assertThat(RecognitionReport.Query.parse("2024-07-01", "2026-06-30", "12", today))
			.isEqualTo(new RecognitionReport.Query(LocalDate.of(2024, 7, 1), LocalDate.of(2026, 6, 30), 12L));
		assertThat(RecognitionReport.Query.parse("2026-05-01", "2026-05-01", null, today).from())
			.isEqualTo(LocalDate.of(2026, 5, 1));
		assertField(() -> RecognitionReport.Query.parse("2024-07-01", "2026-07-01", null, today), "to");
		assertField(() -> RecognitionReport.Query.parse("2026-05-02", "2026-05-01", null, today), "from");
		assertField(() -> RecognitionReport.Query.parse("01/05/2026", null, null, today), "from");
		assertField(() -> RecognitionReport.Query.parse(null, "2026-02-30", null, today), "to");
		assertField(() -> RecognitionReport.Query.parse("1850-01-01", "1850-02-01", null, today), "from");
		assertField(() -> RecognitionReport.Query.parse(null, null, "x", today), "unit");
	}

	private static void assertField(Runnable parse, String field) {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(parse::run)
			.satisfies(e -> assertThat(e.field()).isEqualTo(field));
	}
}
