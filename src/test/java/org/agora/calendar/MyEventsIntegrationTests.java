package org.agora.calendar;

import java.time.Instant;

import org.agora.platform.AgoraProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A person's own events, to come and gone, the events they organize, and their feed link. */
@SpringBootTest
@AutoConfigureMockMvc
class MyEventsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FeedTokens feeds;

	@Autowired
	AgoraProperties properties;

	@Test
	void myEventsListRegistrationsWaitlistPlacesPastAttendanceAndWhatIOrganize() throws Exception {
		var f = new CalendarViewsFixtures(jdbc);
		var owner = f.manager();
		var me = f.leader();
		var other = f.employee();
		var past = Instant.now().minusSeconds(20 * 86_400);
		long seat = f.event(CalendarViewsFixtures.unique("My seat"), owner).save();
		long waiting = f.event(CalendarViewsFixtures.unique("My wait"), owner).capacity(1).save();
		long attended = f.event(CalendarViewsFixtures.unique("Went"), owner).at(past).save();
		long missed = f.event(CalendarViewsFixtures.unique("Missed"), owner).at(past).capacity(5).save();
		long waitedInVain = f.event(CalendarViewsFixtures.unique("Never got in"), owner).at(past).save();
		long gaveUp = f.event(CalendarViewsFixtures.unique("Gave up"), owner).save();
		long organizing = f.event(CalendarViewsFixtures.unique("Mine to run"), me).audience(Audience.LEADERS).save();
		long notMine = f.event(CalendarViewsFixtures.unique("Not mine"), owner).save();
		f.register(seat, me, RegistrationStatus.REGISTERED);
		f.register(waiting, other, RegistrationStatus.REGISTERED);
		f.register(waiting, me, RegistrationStatus.WAITLISTED);
		f.register(attended, me, RegistrationStatus.REGISTERED);
		f.attended(attended, me);
		f.register(missed, me, RegistrationStatus.REGISTERED);
		f.register(missed, other, RegistrationStatus.REGISTERED);
		f.register(waitedInVain, me, RegistrationStatus.WAITLISTED);
		f.register(gaveUp, me, RegistrationStatus.CANCELLED);
		f.register(organizing, other, RegistrationStatus.REGISTERED);

		String html = mvc.perform(get("/calendar/mine").with(me.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(item(html, "mine-" + seat)).contains("Registered");
		assertThat(item(html, "mine-" + waiting)).contains("On the waitlist, #1");
		assertThat(item(html, "past-" + attended)).contains("Attended");
		assertThat(item(html, "past-" + missed)).contains("Not checked in");
		assertThat(item(html, "organizing-" + organizing)).contains("1 registered, 0 waiting");
		assertThat(html).doesNotContain("past-" + waitedInVain)
			.doesNotContain("mine-" + gaveUp)
			.doesNotContain("mine-" + notMine);

		mvc.perform(get("/api/v1/calendar/mine").with(me.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.upcoming", hasSize(2)))
			.andExpect(jsonPath("$.upcoming[?(@.id == " + waiting + ")].standing.position").value(1))
			.andExpect(jsonPath("$.past", hasSize(2)))
			.andExpect(jsonPath("$.past[?(@.event.id == " + attended + ")].attended").value(true))
			.andExpect(jsonPath("$.past[?(@.event.id == " + missed + ")].event.capacity").value(5))
			.andExpect(jsonPath("$.past[?(@.event.id == " + missed + ")].event.free").value(3))
			.andExpect(jsonPath("$.past[?(@.event.id == " + missed + ")].event.standing.status").value("REGISTERED"))
			.andExpect(jsonPath("$.organizing[0].id").value(organizing))
			.andExpect(jsonPath("$.feedUrl").value(properties.link(feeds.pathFor(me.id()))));
	}

	@Test
	void aGuestHasMyEventsToo() throws Exception {
		var guest = new CalendarViewsFixtures(jdbc).guest();

		mvc.perform(get("/calendar/mine").with(guest.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You are not registered for any upcoming event.")))
			.andExpect(content().string(not(containsString("/calendar/events/new"))));
	}

	@Test
	void theFeedBoxShowsTheSubscribableLinkAndANewLinkStopsTheOldOne() throws Exception {
		var me = new CalendarViewsFixtures(jdbc).employee();
		String old = properties.link(feeds.pathFor(me.id()));
		String oldToken = feeds.tokenFor(me.id());

		mvc.perform(get("/calendar/mine").with(me.signedIn()))
			.andExpect(content().string(containsString("value=\"" + old + "\" readonly")))
			.andExpect(content().string(containsString("Outlook")))
			.andExpect(content().string(containsString("stops the old one at once")));

		mvc.perform(post("/calendar/mine/feed").with(me.signedIn()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/calendar/mine#feed"))
			.andExpect(flash().attribute("saved", "calviews.mine.feed.regenerated"));

		String now = properties.link(feeds.pathFor(me.id()));
		assertThat(now).isNotEqualTo(old);
		assertThat(feeds.personOf(oldToken)).isEmpty();
		mvc.perform(get("/calendar/mine").with(me.signedIn()))
			.andExpect(content().string(containsString("value=\"" + now + "\" readonly")));
	}

	private static String item(String html, String id) {
		int start = html.indexOf("id=\"" + id + "\"");
		assertThat(start).as(id).isNotNegative();
		return html.substring(start, html.indexOf("</li>", start));
	}
}
