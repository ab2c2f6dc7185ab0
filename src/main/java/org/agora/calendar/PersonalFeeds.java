package org.agora.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's subscribed calendar: the events they are registered for, waiting for or organize, from
 * {@link #HISTORY} ago on. Cancelled events stay in it, marked cancelled, so calendar applications remove them.
 */
@Service
@Transactional(readOnly = true)
class PersonalFeeds {

	static final Duration HISTORY = Duration.ofDays(60);

	static final int MAX_EVENTS = 1000;

	private final FeedTokens tokens;

	private final People people;

	private final EventStore store;

	private final JdbcClient jdbc;

	private final IcsWriter writer;

	private final MessageSource messages;

	private final Clock clock;

	PersonalFeeds(FeedTokens tokens, People people, EventStore store, JdbcClient jdbc, IcsWriter writer,
			MessageSource messages, Clock clock) {
		this.tokens = tokens;
		this.people = people;
		this.store = store;
		this.jdbc = jdbc;
		this.writer = writer;
		this.messages = messages;
		this.clock = clock;
	}

	/** The feed of a genuine, current token of an active person; empty for anything else. */
	Optional<String> ics(String token) {
		return tokens.personOf(token).flatMap(people::find).filter(PersonSummary::active).map(this::feedOf);
	}

	private String feedOf(PersonSummary person) {
		Instant now = clock.instant();
		var events = store.list("select " + EventStore.COLUMNS + """
				 from calendar_event e where e.ends_at >= :since and (
				  exists (select 1 from calendar_organizer o where o.event_id = e.id and o.person_id = :person)
				  or exists (select 1 from calendar_registration r where r.event_id = e.id and r.person_id = :person
				             and r.status in ('REGISTERED', 'WAITLISTED')))
				order by e.starts_at, e.id limit""" + " " + MAX_EVENTS,
				Map.of("since", Timestamp.from(now.minus(HISTORY)), "person", person.id()));
		var waiting = new HashSet<>(jdbc.sql("""
				select event_id from calendar_registration where person_id = :person and status = 'WAITLISTED'""")
			.param("person", person.id())
			.query(Long.class)
			.list());
		var locale = person.locale() == null || person.locale().isBlank() ? Locale.ENGLISH
				: Locale.forLanguageTag(person.locale());
		String note = messages.getMessage("calapi.feed.waitlisted", null, locale);
		var entries = events.stream().map(e -> {
			boolean tentative = waiting.contains(e.id()) && !e.organizedBy(person.id());
			return new IcsWriter.Entry(e, tentative, tentative ? note : null);
		}).toList();
		return writer.feed(entries, messages.getMessage("calapi.feed.name", new Object[] { person.fullName() }, locale),
				IcsWriter.Reader.of(person.roles(), locale), now);
	}
}
