package org.agora.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo calendar tells the programme's story: past quarters with events, attendance and feedback, events open for
 * registration now, a quarter broken by a cancelled study tour, and a quarter with nothing planned yet.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CalendarDemoIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Value("${agora.time-zone}")
	ZoneId zone;

	@Test
	void pastQuartersHaveEventsWithAttendanceAndFeedback() {
		int attended = jdbc.sql("""
				select count(*) from calendar_registration r join calendar_event e on e.id = r.event_id
				where e.uid like 'demo-%' and r.attended_at is not null""").query(Integer.class).single();
		int feedback = jdbc.sql("""
				select count(*) from calendar_feedback f join calendar_event e on e.id = f.event_id
				where e.uid like 'demo-%'""").query(Integer.class).single();
		assertThat(attended).isGreaterThan(100);
		assertThat(feedback).isGreaterThan(50).isLessThan(attended);
		for (int back = 1; back <= 4; back++) {
			var start = quarterStart().minusMonths(3L * back);
			assertThat(demoEvents(start, start.plusMonths(3), null)).as("events %d quarters ago", back).isPositive();
		}
	}

	@Test
	void oneQuarterIsBrokenByACancelledStudyTourAndTheCurrentOrNextHasNothingPlanned() {
		var threeBack = quarterStart().minusMonths(9);
		assertThat(demoEvents(threeBack, threeBack.plusMonths(3), "SCHEDULED")).isZero();
		assertThat(demoEvents(threeBack, threeBack.plusMonths(3), "CANCELLED")).isOne();
		var current = demoEvents(quarterStart(), quarterStart().plusMonths(3), "SCHEDULED");
		var next = demoEvents(quarterStart().plusMonths(3), quarterStart().plusMonths(6), "SCHEDULED");
		assertThat(current == 0 || next == 0).as("the current or the next quarter has no event").isTrue();
	}

	@Test
	void upcomingEventsAreOpenForRegistrationAndOneIsFullWithAWaitlist() {
		var open = jdbc.sql("""
				select count(*) from calendar_event where uid like 'demo-%' and status = 'SCHEDULED'
				and starts_at > current_timestamp and (registration_deadline is null or registration_deadline > current_timestamp)""")
			.query(Integer.class)
			.single();
		assertThat(open).isGreaterThanOrEqualTo(3);
		var waiting = jdbc.sql("""
				select count(*) from calendar_registration r join calendar_event e on e.id = r.event_id
				where e.uid like 'demo-%' and e.starts_at > current_timestamp and r.status = 'WAITLISTED'""")
			.query(Integer.class)
			.single();
		assertThat(waiting).isPositive();
	}

	@Test
	void theGuestFromThePartnerIsInvitedOnlyToJointEvents() {
		var types = jdbc.sql("""
				select distinct e.event_type from calendar_invitation i join calendar_event e on e.id = i.event_id
				join people_person p on p.id = i.person_id where p.email = 'guest@partner.example' and e.uid like 'demo-%'""")
			.query(String.class)
			.list();
		assertThat(types).containsExactly("JOINT_EVENT");
	}

	@Test
	void nothingInThePastWaitsForAReminderOrAFeedbackRequest() {
		assertThat(jdbc.sql("""
				select count(*) from calendar_registration r join calendar_event e on e.id = r.event_id
				where e.uid like 'demo-%' and e.ends_at < current_timestamp and e.status = 'SCHEDULED'
				and ((r.status = 'REGISTERED' and r.reminded_at is null)
				  or (r.attended_at is not null and r.feedback_requested_at is null) or e.held_at is null)""")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void eventsFallOnTheOrganizationsWorkingDays() {
		var days = jdbc.sql("select starts_at from calendar_event where uid like 'demo-%'")
			.query((rs, n) -> rs.getTimestamp(1).toInstant().atZone(zone).getDayOfWeek())
			.list();
		assertThat(days).isNotEmpty().doesNotContain(java.time.DayOfWeek.FRIDAY, java.time.DayOfWeek.SATURDAY);
	}

	private int demoEvents(LocalDate from, LocalDate to, String status) {
		return jdbc.sql("""
				select count(*) from calendar_event where uid like 'demo-%' and starts_at >= :from and starts_at < :to
				and (cast(:status as varchar) is null or status = :status)""")
			.param("from", java.sql.Timestamp.from(from.atStartOfDay(zone).toInstant()))
			.param("to", java.sql.Timestamp.from(to.atStartOfDay(zone).toInstant()))
			.param("status", status)
			.query(Integer.class)
			.single();
	}

	private LocalDate quarterStart() {
		var today = LocalDate.ofInstant(clock.instant(), zone);
		return LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1);
	}
}
