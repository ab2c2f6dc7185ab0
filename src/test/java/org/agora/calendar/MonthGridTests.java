package org.agora.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The month grid: where weeks start, and on which local day an event is placed. */
class MonthGridTests {

	@Test
	void weeksStartOnSundayInHebrewAndOnMondayInEnglish() {
		assertThat(MonthGrid.firstDayOfWeek(Locale.forLanguageTag("he"))).isEqualTo(DayOfWeek.SUNDAY);
		assertThat(MonthGrid.firstDayOfWeek(Locale.forLanguageTag("he-IL"))).isEqualTo(DayOfWeek.SUNDAY);
		assertThat(MonthGrid.firstDayOfWeek(Locale.ENGLISH)).isEqualTo(DayOfWeek.MONDAY);
		assertThat(MonthGrid.firstDayOfWeek(Locale.UK)).isEqualTo(DayOfWeek.MONDAY);
		assertThat(MonthGrid.firstDayOfWeek(Locale.US)).isEqualTo(DayOfWeek.SUNDAY);
	}

	@Test
	void aMonthIsWholeWeeksFromItsFirstWeekdayWithTheOtherMonthsDaysEmpty() {
		// January 2027 starts on a Friday and ends on a Sunday
		var grid = MonthGrid.of(YearMonth.of(2027, 1), DayOfWeek.MONDAY, LocalDate.of(2027, 1, 12), ZoneId.of("UTC"),
				List.of());

		assertThat(grid.weekdays()).first().isEqualTo(DayOfWeek.MONDAY);
		assertThat(grid.weeks()).hasSize(5).allMatch(week -> week.size() == 7);
		assertThat(grid.weeks().get(0).get(0).date()).isEqualTo(LocalDate.of(2026, 12, 28));
		assertThat(grid.weeks().get(0).get(0).inMonth()).isFalse();
		assertThat(grid.weeks().get(4).get(6).date()).isEqualTo(LocalDate.of(2027, 1, 31));
		assertThat(grid.weeks().stream().flatMap(List::stream).filter(MonthGrid.Day::today))
			.extracting(MonthGrid.Day::date)
			.containsExactly(LocalDate.of(2027, 1, 12));

		var sundays = MonthGrid.of(YearMonth.of(2027, 1), DayOfWeek.SUNDAY, null, ZoneId.of("UTC"), List.of());
		assertThat(sundays.weeks()).hasSize(6);
		assertThat(sundays.weeks().get(0).get(0).date()).isEqualTo(LocalDate.of(2026, 12, 27));
	}

	@Test
	void anEventIsPlacedOnTheLocalDayItStartsInTheViewersZone() {
		// 00:30 on 1 May in Jerusalem is still 30 April in London
		var listing = listing(Instant.parse("2031-04-30T21:30:00Z"));

		var jerusalem = MonthGrid.of(YearMonth.of(2031, 5), DayOfWeek.SUNDAY, null, ZoneId.of("Asia/Jerusalem"),
				List.of(listing));
		var london = MonthGrid.of(YearMonth.of(2031, 4), DayOfWeek.MONDAY, null, ZoneId.of("Europe/London"),
				List.of(listing));

		assertThat(day(jerusalem, LocalDate.of(2031, 5, 1)).events()).containsExactly(listing);
		assertThat(day(london, LocalDate.of(2031, 4, 30)).events()).containsExactly(listing);
	}

	private static MonthGrid.Day day(MonthGrid grid, LocalDate date) {
		return grid.weeks().stream().flatMap(List::stream).filter(d -> d.date().equals(date)).findFirst().orElseThrow();
	}

	private static CalendarViews.Listing listing(Instant startsAt) {
		var event = new CalendarEvent(1, "uid", "Talk", null, EventType.LECTURE, startsAt, startsAt.plusSeconds(3600),
				ZoneId.of("Asia/Jerusalem"), "Room", null, null, null, Audience.EMPLOYEES, null, EventStatus.SCHEDULED,
				null, 0, "CODE", null, 1, startsAt, startsAt, Set.of(), List.of(), List.of(1L));
		return new CalendarViews.Listing(event, 0, 0, null, false);
	}
}
