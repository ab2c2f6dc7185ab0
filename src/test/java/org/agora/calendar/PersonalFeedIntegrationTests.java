package org.agora.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.agora.calendar.IcsDownloadIntegrationTests.parse;
import static org.agora.calendar.IcsDownloadIntegrationTests.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A person's feed, fetched without signing in: only their own events, and nothing at all for a wrong link. */
@SpringBootTest
@AutoConfigureMockMvc
class PersonalFeedIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventEditor editor;

	@Autowired
	Registrations registrations;

	@Autowired
	FeedTokens tokens;

	IcsApiFixtures fixtures;

	IcsApiFixtures.Member organizer;

	IcsApiFixtures.Member reader;

	@BeforeEach
	void people() {
		fixtures = new IcsApiFixtures(jdbc, editor, registrations);
		organizer = fixtures.leader("Omer Feed Organizer");
		reader = fixtures.leader("Rina Feed Reader");
	}

	@Test
	void theFeedHoldsTheEventsThePersonAttendsWaitsForOrOrganizesAndNoOneElses() throws Exception {
		long registered = fixtures.event(organizer, "Feed: registered");
		long full = fixtures.event(organizer, "Feed: full", IcsApiFixtures.someFutureStart(), "1", Audience.LEADERS);
		long organized = fixtures.event(reader, "Feed: organized by the reader");
		long cancelled = fixtures.event(organizer, "Feed: cancelled");
		long recent = fixtures.event(organizer, "Feed: ended ten days ago");
		long old = fixtures.event(organizer, "Feed: ended long ago");
		long givenUp = fixtures.event(organizer, "Feed: registration given up");
		long othersOnly = fixtures.event(organizer, "Feed: someone else's");
		var other = fixtures.leader("Ofer Feed Other");

		fixtures.register(reader, registered);
		fixtures.register(other, full);
		fixtures.register(reader, full);
		fixtures.register(reader, cancelled);
		fixtures.register(reader, recent);
		fixtures.register(reader, old);
		fixtures.register(reader, givenUp);
		registrations.cancel(reader.principal(), givenUp);
		fixtures.register(other, othersOnly);
		editor.cancel(organizer.principal(), cancelled, "Snow");
		var now = Instant.now();
		fixtures.moveTo(recent, now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(10)).plusSeconds(3600));
		fixtures.moveTo(old, now.minus(Duration.ofDays(61)), now.minus(Duration.ofDays(61)).plusSeconds(3600));

		var response = mvc.perform(get(tokens.pathFor(reader.id())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
			.andExpect(header().string("Cache-Control", "private, max-age=300"))
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		var calendar = parse(response);
		assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("Agora events – Rina Feed Reader");
		assertThat(value(calendar, Property.METHOD)).isNull();
		Map<String, VEvent> byUid = calendar.<VEvent>getComponents("VEVENT")
			.stream()
			.collect(Collectors.toMap(e -> value(e, Property.UID), e -> e));
		assertThat(byUid.keySet()).containsExactlyInAnyOrder(fixtures.uid(registered), fixtures.uid(full),
				fixtures.uid(organized), fixtures.uid(cancelled), fixtures.uid(recent));
		assertThat(value(byUid.get(fixtures.uid(registered)), Property.STATUS)).isEqualTo("CONFIRMED");
		assertThat(value(byUid.get(fixtures.uid(full)), Property.STATUS)).isEqualTo("TENTATIVE");
		assertThat(value(byUid.get(fixtures.uid(full)), Property.DESCRIPTION))
			.startsWith("You are on the waitlist for this event.");
		assertThat(value(byUid.get(fixtures.uid(organized)), Property.STATUS)).isEqualTo("CONFIRMED");
		assertThat(value(byUid.get(fixtures.uid(cancelled)), Property.STATUS)).isEqualTo("CANCELLED");
		assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
	}

	@Test
	void aGuestsFeedNamesTheOrganizerWithoutTheirEmailAddress() throws Exception {
		long joint = fixtures.event(organizer, "Feed: joint session", IcsApiFixtures.someFutureStart(), "",
				Audience.INVITED);
		var guest = fixtures.guest("Gali Feed Guest");
		fixtures.invite(joint, guest, organizer);
		fixtures.register(guest, joint);

		String ics = mvc.perform(get(tokens.pathFor(guest.id())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		var event = parse(ics).<VEvent>getComponents("VEVENT").get(0);
		var property = event.getProperty(Property.ORGANIZER).orElseThrow();
		assertThat(property.getValue()).isEqualTo("mailto:agora@localhost");
		assertThat(property.getParameter("CN").orElseThrow().getValue()).isEqualTo("Omer Feed Organizer");
		assertThat(ics.replace("\r\n ", "")).doesNotContain(organizer.email());

		fixtures.register(reader, fixtures.event(organizer, "Feed: for leaders"));
		var leaders = parse(mvc.perform(get(tokens.pathFor(reader.id()))).andReturn().getResponse().getContentAsString());
		assertThat(leaders.<VEvent>getComponents("VEVENT").get(0).getProperty(Property.ORGANIZER).orElseThrow().getValue())
			.isEqualTo("mailto:" + organizer.email());
	}

	@Test
	void aWrongOrReplacedLinkGetsAnEmptyNotFound() throws Exception {
		long registered = fixtures.event(organizer, "Feed: link test");
		fixtures.register(reader, registered);
		String oldPath = tokens.pathFor(reader.id());
		mvc.perform(get(oldPath)).andExpect(status().isOk());

		mvc.perform(post("/calendar/mine/feed").with(csrf()).with(reader.signedIn()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/calendar/mine#feed"))
			.andExpect(flash().attribute("saved", "calviews.mine.feed.regenerated"));

		for (String path : List.of(oldPath, "/calendar/feed/nonsense.ics", "/calendar/feed/" + tamper(oldPath) + ".ics")) {
			mvc.perform(get(path)).andExpect(status().isNotFound()).andExpect(content().string(""));
		}
		var newPath = tokens.pathFor(reader.id());
		assertThat(newPath).isNotEqualTo(oldPath);
		mvc.perform(get(newPath)).andExpect(status().isOk());
	}

	@Test
	void theFeedOfAPersonNoLongerActiveIsGone() throws Exception {
		String path = tokens.pathFor(reader.id());
		jdbc.sql("update people_person set active = false where id = :id").param("id", reader.id()).update();

		mvc.perform(get(path)).andExpect(status().isNotFound()).andExpect(content().string(""));
	}

	@Test
	void theApiGivesTheLinkAndReplacesIt() throws Exception {
		String before = "http://localhost:8080" + tokens.pathFor(reader.id());
		mvc.perform(get("/api/v1/calendar/feed").with(reader.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.url").value(before));

		mvc.perform(post("/api/v1/calendar/feed").with(csrf()).with(reader.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.url").value(startsWith("http://localhost:8080/calendar/feed/")));

		assertThat("http://localhost:8080" + tokens.pathFor(reader.id())).isNotEqualTo(before);
		mvc.perform(get(before.substring("http://localhost:8080".length()))).andExpect(status().isNotFound());
	}

	private static String tamper(String path) {
		String token = path.substring("/calendar/feed/".length(), path.length() - ".ics".length());
		return token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
	}
}
