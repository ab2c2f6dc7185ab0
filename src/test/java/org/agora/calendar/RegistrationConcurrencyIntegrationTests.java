package org.agora.calendar;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.agora.platform.security.AccountUser;
import org.agora.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Parallel registrations never oversell an event, and the waitlist keeps the order in which they came. */
@SpringBootTest
@AutoConfigureMockMvc
class RegistrationConcurrencyIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventEditor editor;

	@Autowired
	Registrations registrations;

	@Autowired
	EventStore store;

	@Test
	void fiftyParallelRegistrationsForTenSeatsGiveTenSeatsAndFortyInOrderOnTheWaitlist() throws Exception {
		var organizer = person("Organizer", Role.COMMUNITY_MANAGER, Role.EMPLOYEE);
		long eventId = editor.create(organizer, form(organizer, "10"));
		var people = new ArrayList<AccountUser>();
		for (int i = 0; i < 50; i++) {
			people.add(person("Attendee " + i, Role.EMPLOYEE, Role.KNOWLEDGE_LEADER));
		}

		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(50);
		try {
			var outcomes = new ArrayList<Future<Registrations.Standing>>();
			for (var person : people) {
				Callable<Registrations.Standing> task = () -> {
					start.await();
					return registrations.register(person, eventId);
				};
				outcomes.add(pool.submit(task));
			}
			start.countDown();
			var standings = new ArrayList<Registrations.Standing>();
			for (var outcome : outcomes) {
				standings.add(outcome.get());
			}
			assertThat(standings).filteredOn(s -> s.status() == RegistrationStatus.REGISTERED).hasSize(10);
			assertThat(standings).filteredOn(s -> s.status() == RegistrationStatus.WAITLISTED)
				.extracting(Registrations.Standing::position)
				.containsExactlyInAnyOrderElementsOf(range(1, 40));
		}
		finally {
			pool.shutdownNow();
		}

		var rows = jdbc.sql("select status, queue_no from calendar_registration where event_id = :id order by queue_no")
			.param("id", eventId)
			.query((rs, n) -> rs.getString(1) + ":" + rs.getLong(2))
			.list();
		assertThat(rows).hasSize(50);
		assertThat(rows.subList(0, 10)).allMatch(r -> r.startsWith("REGISTERED:"));
		assertThat(rows.subList(10, 50)).allMatch(r -> r.startsWith("WAITLISTED:"));
		assertThat(rows.stream().map(r -> Long.parseLong(r.substring(r.indexOf(':') + 1))).distinct()).hasSize(50);
		assertThat(store.seats(eventId)).isEqualTo(new EventStore.Seats(10, 40, 0));
	}

	@Test
	void aCancelledSeatGoesToTheFirstOnTheWaitlistAndMoreSeatsToTheNextOnes() {
		var organizer = person("Organizer", Role.COMMUNITY_MANAGER, Role.EMPLOYEE);
		long eventId = editor.create(organizer, form(organizer, "1"));
		var first = person("First", Role.EMPLOYEE);
		var second = person("Second", Role.EMPLOYEE);
		var third = person("Third", Role.EMPLOYEE);
		var fourth = person("Fourth", Role.EMPLOYEE);

		assertThat(registrations.register(first, eventId).status()).isEqualTo(RegistrationStatus.REGISTERED);
		assertThat(registrations.register(second, eventId)).isEqualTo(new Registrations.Standing(RegistrationStatus.WAITLISTED, 1));
		assertThat(registrations.register(third, eventId)).isEqualTo(new Registrations.Standing(RegistrationStatus.WAITLISTED, 2));
		assertThat(registrations.register(fourth, eventId)).isEqualTo(new Registrations.Standing(RegistrationStatus.WAITLISTED, 3));
		assertThat(registrations.register(second, eventId).position()).as("registering again changes nothing").isEqualTo(1);

		registrations.cancel(first, eventId);
		assertThat(registrations.standingOf(eventId, second.personId())).contains(new Registrations.Standing(RegistrationStatus.REGISTERED, 0));
		assertThat(registrations.standingOf(eventId, third.personId())).contains(new Registrations.Standing(RegistrationStatus.WAITLISTED, 1));

		editor.update(organizer, eventId, withCapacity(organizer, eventId, "3"));
		assertThat(registrations.standingOf(eventId, third.personId()).orElseThrow().status()).isEqualTo(RegistrationStatus.REGISTERED);
		assertThat(registrations.standingOf(eventId, fourth.personId()).orElseThrow().status()).isEqualTo(RegistrationStatus.REGISTERED);

		registrations.register(first, eventId);
		assertThat(registrations.standingOf(eventId, first.personId())).as("who comes back queues at the end")
			.contains(new Registrations.Standing(RegistrationStatus.WAITLISTED, 1));
		assertThat(jdbc.sql("select count(*) from event_publication where event_type like '%WaitlistPromoted'"
				+ " and serialized_event like :event")
			.param("event", "%\"eventId\":" + eventId + ",%")
			.query(Integer.class)
			.single()).isEqualTo(3);
	}

	private EventForm withCapacity(AccountUser organizer, long eventId, String capacity) {
		var f = EventForm.of(store.get(eventId), List.of(organizer.email()));
		return new EventForm(f.title(), f.description(), f.type(), f.focus(), f.tags(), f.start(), f.end(), f.timeZone(),
				f.location(), f.onlineUrl(), capacity, f.registrationDeadline(), f.audience(), f.partnerOrganization(),
				f.organizers());
	}

	private static List<Integer> range(int from, int to) {
		var numbers = new ArrayList<Integer>();
		for (int i = from; i <= to; i++) {
			numbers.add(i);
		}
		return numbers;
	}

	private EventForm form(AccountUser organizer, String capacity) {
		var start = Instant.now().plus(30, ChronoUnit.DAYS).atZone(java.time.ZoneId.of("Asia/Jerusalem")).toLocalDateTime()
			.withSecond(0).withNano(0);
		return new EventForm("Concurrency " + UUID.randomUUID(), "", "LECTURE", List.of(), "", start.toString(),
				start.plusHours(2).toString(), "Asia/Jerusalem", "Main hall", "", capacity, "", "EMPLOYEES", "",
				organizer.email());
	}

	private AccountUser person(String name, Role... roles) {
		String email = "cal-" + UUID.randomUUID() + "@agora.example";
		long id = CalendarTestPeople.insert(jdbc, email, name, true, null, roles);
		return new AccountUser(id, email, name, Set.of(roles), "", true);
	}
}
