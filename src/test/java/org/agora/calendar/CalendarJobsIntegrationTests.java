package org.agora.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The calendar's jobs, run with an explicit time: each reminder, feedback request and hosting is published once,
 * however often the jobs run.
 */
@SpringBootTest
@RecordApplicationEvents
class CalendarJobsIntegrationTests {

	@Autowired
	CalendarJobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventEditor editor;

	@Autowired
	Registrations registrations;

	@Autowired
	ApplicationEvents published;

	IcsApiFixtures fixtures;

	IcsApiFixtures.Member organizer;

	@BeforeEach
	void anOrganizer() {
		fixtures = new IcsApiFixtures(jdbc, editor, registrations);
		organizer = fixtures.leader("Noa Jobs Organizer");
	}

	@Test
	void registeredPeopleAreRemindedOnceTheDayBefore() {
		var start = IcsApiFixtures.someFutureStart();
		long id = fixtures.event(organizer, "Jobs: reminder", start, "2", Audience.LEADERS);
		var first = fixtures.leader("Jobs Reminded One");
		var second = fixtures.leader("Jobs Reminded Two");
		var waiting = fixtures.leader("Jobs Waiting");
		fixtures.register(first, id);
		fixtures.register(second, id);
		fixtures.register(waiting, id);
		Instant startsAt = start.atZone(ZoneId.of(IcsApiFixtures.ZONE)).toInstant();

		jobs.remind(startsAt.minus(Duration.ofHours(30)));
		assertThat(reminders(id)).isEmpty();

		jobs.remind(startsAt.minus(Duration.ofHours(20)));
		jobs.remind(startsAt.minus(Duration.ofHours(19)));
		jobs.run(startsAt.minus(Duration.ofHours(18)));

		assertThat(reminders(id)).extracting(EventReminderDue::personId, EventReminderDue::place,
				EventReminderDue::timeZone)
			.containsExactlyInAnyOrder(tuple(first.id(), "Hall A, Tel Aviv", IcsApiFixtures.ZONE),
					tuple(second.id(), "Hall A, Tel Aviv", IcsApiFixtures.ZONE));
		assertThat(reminded(id, waiting)).isFalse();
	}

	@Test
	void aRenewedRegistrationAndAPromotionAreRemindedOnceMore() {
		var start = IcsApiFixtures.someFutureStart();
		long id = fixtures.event(organizer, "Jobs: renewed", start, "1", Audience.LEADERS);
		var changing = fixtures.leader("Jobs Changing Mind");
		var waiting = fixtures.leader("Jobs Promoted");
		fixtures.register(changing, id);
		fixtures.register(waiting, id);
		Instant startsAt = start.atZone(ZoneId.of(IcsApiFixtures.ZONE)).toInstant();
		jobs.remind(startsAt.minus(Duration.ofHours(20)));

		registrations.cancel(changing.principal(), id);
		jobs.remind(startsAt.minus(Duration.ofHours(19)));
		registrations.register(changing.principal(), id);
		registrations.cancel(waiting.principal(), id);
		jobs.remind(startsAt.minus(Duration.ofHours(18)));
		jobs.remind(startsAt.minus(Duration.ofHours(17)));

		assertThat(reminders(id)).extracting(EventReminderDue::personId)
			.containsExactly(changing.id(), waiting.id(), changing.id());
	}

	@Test
	void cancelledAndStartedEventsAreNotReminded() {
		var start = IcsApiFixtures.someFutureStart();
		long cancelled = fixtures.event(organizer, "Jobs: cancelled", start, "", Audience.LEADERS);
		long running = fixtures.event(organizer, "Jobs: started", start, "", Audience.LEADERS);
		var person = fixtures.leader("Jobs Not Reminded");
		fixtures.register(person, cancelled);
		fixtures.register(person, running);
		editor.cancel(organizer.principal(), cancelled, null);
		Instant startsAt = start.atZone(ZoneId.of(IcsApiFixtures.ZONE)).toInstant();

		jobs.remind(startsAt.plusSeconds(60));
		jobs.remind(startsAt.minus(Duration.ofHours(2)));

		assertThat(reminders(cancelled)).isEmpty();
		assertThat(reminders(running)).extracting(EventReminderDue::personId).containsExactly(person.id());
	}

	@Test
	void onlyAttendeesAreAskedForFeedbackOnceAfterTheEnd() {
		var start = IcsApiFixtures.someFutureStart();
		long id = fixtures.event(organizer, "Jobs: feedback", start, "", Audience.LEADERS);
		var attendee = fixtures.leader("Jobs Attendee");
		var absent = fixtures.leader("Jobs Absent");
		var gone = fixtures.leader("Jobs Checked In Then Gone");
		fixtures.register(attendee, id);
		fixtures.register(absent, id);
		fixtures.register(gone, id);
		fixtures.attended(id, attendee);
		fixtures.attended(id, gone);
		withoutSeat(id, gone);
		Instant endsAt = ends(start);

		jobs.requestFeedback(endsAt.minusSeconds(60));
		assertThat(feedbackRequests(id)).isEmpty();

		jobs.requestFeedback(endsAt.plusSeconds(60));
		jobs.requestFeedback(endsAt.plus(Duration.ofHours(1)));
		jobs.run(endsAt.plus(Duration.ofHours(2)));

		assertThat(feedbackRequests(id)).extracting(EventFeedbackRequested::personId, EventFeedbackRequested::title)
			.containsExactly(tuple(attendee.id(), "Jobs: feedback"));
	}

	@Test
	void feedbackIsNotAskedLongAfterTheEnd() {
		var start = IcsApiFixtures.someFutureStart();
		long id = fixtures.event(organizer, "Jobs: long ago", start, "", Audience.LEADERS);
		var attendee = fixtures.leader("Jobs Late Attendee");
		fixtures.register(attendee, id);
		fixtures.attended(id, attendee);

		jobs.requestFeedback(ends(start).plus(CalendarJobs.LOOKBACK).plusSeconds(60));

		assertThat(feedbackRequests(id)).isEmpty();
	}

	@Test
	void anEventIsHeldOnceCheckInHasClosedAndEachOrganizerHostedIt() {
		var start = IcsApiFixtures.someFutureStart();
		var coOrganizer = fixtures.leader("Jobs Co-organizer");
		long id = editor.create(organizer.principal(),
				IcsApiFixtures.form("Jobs: held", start, "", Audience.LEADERS, organizer, coOrganizer));
		long cancelled = fixtures.event(organizer, "Jobs: held but cancelled", start, "", Audience.LEADERS);
		editor.cancel(organizer.principal(), cancelled, null);
		var attendee = fixtures.leader("Jobs Held Attendee");
		var gone = fixtures.leader("Jobs Held Checked In Then Gone");
		fixtures.register(attendee, id);
		fixtures.register(gone, id);
		fixtures.register(fixtures.leader("Jobs Held No-show"), id);
		fixtures.attended(id, attendee);
		fixtures.attended(id, gone);
		withoutSeat(id, gone);
		Instant closes = ends(start).plus(Attendance.CLOSES_AFTER_END);

		jobs.recordHeld(ends(start).plusSeconds(60));
		jobs.recordHeld(closes.minusSeconds(1));
		assertThat(hosted(id)).isEmpty();

		jobs.recordHeld(closes.plusSeconds(60));
		jobs.recordHeld(closes.plusSeconds(120));
		jobs.run(closes.plusSeconds(180));

		assertThat(hosted(id)).extracting(EventHosted::organizerId, EventHosted::attendees, EventHosted::type)
			.containsExactlyInAnyOrder(tuple(organizer.id(), 1, EventType.LECTURE),
					tuple(coOrganizer.id(), 1, EventType.LECTURE));
		assertThat(jdbc.sql("select held_at from calendar_event where id = :id")
			.param("id", id)
			.query((rs, n) -> EventStore.instant(rs, "held_at"))
			.single()).isEqualTo(closes.plusSeconds(60));
		assertThat(hosted(cancelled)).isEmpty();
	}

	@Test
	void anEventMissedForWeeksIsStillHeld() {
		var start = IcsApiFixtures.someFutureStart();
		long id = fixtures.event(organizer, "Jobs: held late", start, "", Audience.LEADERS);

		jobs.recordHeld(ends(start).plus(Duration.ofDays(20)));

		assertThat(hosted(id)).extracting(EventHosted::organizerId).containsExactly(organizer.id());
	}

	@Test
	void theScheduledRunHoldsTheLockSharedByAllNodes() {
		jobs.run();

		assertThat(jdbc.sql("select count(*) from shedlock where name = 'calendar-jobs'").query(Integer.class).single())
			.isEqualTo(1);
	}

	private static Instant ends(LocalDateTime start) {
		return start.plusHours(2).atZone(ZoneId.of(IcsApiFixtures.ZONE)).toInstant();
	}

	private List<EventReminderDue> reminders(long eventId) {
		return published.stream(EventReminderDue.class).filter(e -> e.eventId() == eventId).toList();
	}

	private List<EventFeedbackRequested> feedbackRequests(long eventId) {
		return published.stream(EventFeedbackRequested.class).filter(e -> e.eventId() == eventId).toList();
	}

	private List<EventHosted> hosted(long eventId) {
		return published.stream(EventHosted.class).filter(e -> e.eventId() == eventId).toList();
	}

	/** A person checked in who no longer holds a seat, as rows written before cancelling was refused after check-in. */
	private void withoutSeat(long eventId, IcsApiFixtures.Member person) {
		jdbc.sql("update calendar_registration set status = 'CANCELLED' where event_id = :event and person_id = :person")
			.param("event", eventId)
			.param("person", person.id())
			.update();
	}

	private boolean reminded(long eventId, IcsApiFixtures.Member person) {
		return jdbc.sql("""
				select count(*) from calendar_registration
				where event_id = :event and person_id = :person and reminded_at is not null""")
			.param("event", eventId)
			.param("person", person.id())
			.query(Integer.class)
			.single() > 0;
	}
}
