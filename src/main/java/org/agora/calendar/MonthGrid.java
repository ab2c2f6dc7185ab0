package org.agora.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A month laid out as weeks of seven days, each day with the events that start on it in the viewer's time zone.
 * Days of the weeks before and after the month fill the first and last rows and hold no events.
 *
 * @param weekdays the days of the week in the order of the columns
 * @param events every event of the month, in order, for the list under the grid
 */
record MonthGrid(YearMonth month, List<DayOfWeek> weekdays, List<List<Day>> weeks,
		List<CalendarViews.Listing> events) {

	/** One cell of the grid. */
	record Day(LocalDate date, boolean inMonth, boolean today, List<CalendarViews.Listing> events) {
	}

	static MonthGrid of(YearMonth month, DayOfWeek firstDayOfWeek, LocalDate today, ZoneId zone,
			List<CalendarViews.Listing> events) {
		var weekdays = new ArrayList<DayOfWeek>();
		for (int i = 0; i < 7; i++) {
			weekdays.add(firstDayOfWeek.plus(i));
		}
		var weeks = new ArrayList<List<Day>>();
		var day = month.atDay(1).with(TemporalAdjusters.previousOrSame(firstDayOfWeek));
		var after = month.atEndOfMonth();
		while (!day.isAfter(after)) {
			var week = new ArrayList<Day>();
			for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
				var date = day;
				boolean inMonth = YearMonth.from(date).equals(month);
				week.add(new Day(date, inMonth, date.equals(today), inMonth ? events.stream()
					.filter(e -> e.event().startsAt().atZone(zone).toLocalDate().equals(date))
					.toList() : List.of()));
			}
			weeks.add(week);
		}
		return new MonthGrid(month, List.copyOf(weekdays), List.copyOf(weeks), events);
	}

	/** Weeks start on Sunday in Hebrew, on the locale's first day where it names a country, and else on Monday. */
	static DayOfWeek firstDayOfWeek(Locale locale) {
		if ("he".equals(locale.getLanguage()) || "iw".equals(locale.getLanguage())) {
			return DayOfWeek.SUNDAY;
		}
		return locale.getCountry().isEmpty() ? DayOfWeek.MONDAY : WeekFields.of(locale).getFirstDayOfWeek();
	}

	/** The month's name and year, as in "January 2027". */
	String title(Locale locale) {
		return title(month, locale);
	}

	static String title(YearMonth month, Locale locale) {
		return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
	}

	static String weekday(DayOfWeek day, Locale locale, boolean full) {
		return day.getDisplayName(full ? TextStyle.FULL_STANDALONE : TextStyle.SHORT_STANDALONE, locale);
	}

	YearMonth previous() {
		return month.minusMonths(1);
	}

	YearMonth next() {
		return month.plusMonths(1);
	}
}
