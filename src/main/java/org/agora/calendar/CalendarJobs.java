package org.agora.calendar;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The calendar's periodic work: reminders the day before, feedback requests after, and recording events as held once
 * their attendance is final, when check-in has closed. One node runs it at a time (ShedLock), and every step marks
 * its rows with a conditional update in the transaction that publishes the event, so a restart, a retry or a second
 * node never sends anything twice.
 */
@Component
class CalendarJobs {

	/** How far ahead a registered person is reminded. */
	static final Duration REMINDER_AHEAD = Duration.ofHours(24);

	/** How long after its end an event still gets feedback requests. */
	static final Duration LOOKBACK = Duration.ofDays(14);

	/**
	 * How long after its end an event is still recorded as held; it is recorded once check-in has closed
	 * ({@link Attendance#CLOSES_AFTER_END}), so this is longer than that.
	 */
	static final Duration HELD_LOOKBACK = Duration.ofDays(30);

	static final int BATCH = 200;

	/** Batches per step and run; whatever is left waits for the next run. */
	static final int MAX_BATCHES = 25;

	/** What one run did. */
	record Outcome(int reminders, int feedbackRequests, int held) {
	}

	private record Due(long registrationId, long eventId, long personId) {
	}

	private final JdbcClient jdbc;

	private final EventStore store;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	CalendarJobs(JdbcClient jdbc, EventStore store, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${agora.calendar.jobs-interval:PT5M}",
			initialDelayString = "${agora.calendar.jobs-initial-delay:PT1M}")
	@SchedulerLock(name = "calendar-jobs", lockAtMostFor = "PT10M")
	void run() {
		LockAssert.assertLocked();
		run(clock.instant());
	}

	Outcome run(Instant now) {
		return new Outcome(remind(now), requestFeedback(now), recordHeld(now));
	}

	/** Reminds registered people of events starting within a day, once each. */
	int remind(Instant now) {
		return inBatches(() -> transactions.execute(tx -> {
			var due = jdbc.sql("""
					select r.id, r.event_id, r.person_id from calendar_registration r
					join calendar_event e on e.id = r.event_id
					where r.status = 'REGISTERED' and r.reminded_at is null and e.status <> 'CANCELLED'
					  and e.starts_at > :now and e.starts_at <= :until
					order by e.starts_at, r.id limit :batch""")
				.param("now", Timestamp.from(now))
				.param("until", Timestamp.from(now.plus(REMINDER_AHEAD)))
				.param("batch", BATCH)
				.query((rs, i) -> new Due(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
				.list();
			var batch = events(due.stream().map(Due::eventId).toList());
			int sent = 0;
			for (var d : due) {
				if (mark("reminded_at", "status = 'REGISTERED'", d, now)) {
					var event = batch.get(d.eventId());
					String place = event.location() != null ? event.location() : event.onlineUrl();
					events.publishEvent(new EventReminderDue(event.id(), d.personId(), event.title(), event.startsAt(),
							event.zone().getId(), place));
					sent++;
				}
			}
			return new int[] { due.size(), sent };
		}));
	}

	/** Asks the attendees of events that ended recently for feedback, once each. */
	int requestFeedback(Instant now) {
		return inBatches(() -> transactions.execute(tx -> {
			var due = jdbc.sql("""
					select r.id, r.event_id, r.person_id from calendar_registration r
					join calendar_event e on e.id = r.event_id
					where r.status = 'REGISTERED' and r.attended_at is not null and r.feedback_requested_at is null
					  and e.status <> 'CANCELLED'
					  and e.ends_at <= :now and e.ends_at > :since
					order by e.ends_at, r.id limit :batch""")
				.param("now", Timestamp.from(now))
				.param("since", Timestamp.from(now.minus(LOOKBACK)))
				.param("batch", BATCH)
				.query((rs, i) -> new Due(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
				.list();
			var batch = events(due.stream().map(Due::eventId).toList());
			int sent = 0;
			for (var d : due) {
				if (mark("feedback_requested_at", "status = 'REGISTERED' and attended_at is not null", d, now)) {
					var event = batch.get(d.eventId());
					events.publishEvent(new EventFeedbackRequested(event.id(), d.personId(), event.title()));
					sent++;
				}
			}
			return new int[] { due.size(), sent };
		}));
	}

	/**
	 * Records events as held once check-in has closed, and tells each organizer how many attended: the people who
	 * hold a seat and were checked in.
	 */
	int recordHeld(Instant now) {
		return inBatches(() -> transactions.execute(tx -> {
			var ended = jdbc.sql("""
					select e.id from calendar_event e
					where e.held_at is null and e.status <> 'CANCELLED' and e.ends_at <= :closed and e.ends_at > :since
					order by e.ends_at, e.id limit :batch""")
				.param("closed", Timestamp.from(now.minus(Attendance.CLOSES_AFTER_END)))
				.param("since", Timestamp.from(now.minus(HELD_LOOKBACK)))
				.param("batch", BATCH)
				.query(Long.class)
				.list();
			var batch = events(ended);
			var seats = store.seats(ended);
			int held = 0;
			for (long id : ended) {
				int updated = jdbc.sql("""
						update calendar_event set held_at = :now
						where id = :id and held_at is null and status <> 'CANCELLED'""")
					.param("now", Timestamp.from(now))
					.param("id", id)
					.update();
				if (updated == 1) {
					var event = batch.get(id);
					int attendees = seats.getOrDefault(id, EventStore.Seats.NONE).attended();
					for (long organizer : event.organizerIds()) {
						events.publishEvent(new EventHosted(id, organizer, event.type(), event.endsAt(), attendees));
					}
					held++;
				}
			}
			return new int[] { ended.size(), held };
		}));
	}

	/** The events of a batch by id, read at once. */
	private Map<Long, CalendarEvent> events(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return store.list("select " + EventStore.COLUMNS + " from calendar_event e where e.id in (:ids)",
				Map.of("ids", Set.copyOf(ids)))
			.stream()
			.collect(Collectors.toMap(CalendarEvent::id, Function.identity()));
	}

	/** Claims one registration's step; false when another run claimed it first. */
	private boolean mark(String column, String condition, Due due, Instant now) {
		return jdbc.sql("update calendar_registration set " + column + " = :now where id = :id and " + column
				+ " is null and " + condition)
			.param("now", Timestamp.from(now))
			.param("id", due.registrationId())
			.update() == 1;
	}

	/**
	 * Runs a batch (which answers how many rows it found and how many it handled) until one comes back short, at most
	 * {@link #MAX_BATCHES} times. Returns how many were handled.
	 */
	private static int inBatches(Supplier<int[]> batch) {
		int handled = 0;
		for (int n = 0; n < MAX_BATCHES; n++) {
			int[] result = batch.get();
			handled += result[1];
			if (result[0] < BATCH) {
				break;
			}
		}
		return handled;
	}
}
