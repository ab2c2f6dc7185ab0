package org.agora.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import org.agora.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The upcoming list, the month grid and the quarter view, as each role sees them, and their JSON twins. */
@SpringBootTest
@AutoConfigureMockMvc
class CalendarViewsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Cadence cadence;

	@Test
	void eachRoleSeesOnlyTheEventsItMaySeeInTheUpcomingList() throws Exception {
		var f = new CalendarViewsFixtures(jdbc);
		var owner = f.manager();
		var leader = f.leader();
		var employee = f.employee();
		var guest = f.guest();
		String tag = CalendarViewsFixtures.unique("tag");
		String leaders = CalendarViewsFixtures.unique("Leaders talk");
		String everyone = CalendarViewsFixtures.unique("Town hall");
		String joint = CalendarViewsFixtures.unique("Joint day");
		f.event(leaders, owner).audience(Audience.LEADERS).tag(tag).save();
		f.event(everyone, owner).audience(Audience.EMPLOYEES).tag(tag).save();
		long jointId = f.event(joint, owner).audience(Audience.INVITED).type(EventType.JOINT_EVENT).tag(tag).save();
		f.invite(jointId, guest, owner);

		mvc.perform(get("/calendar").param("tag", tag).with(employee.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(everyone)))
			.andExpect(content().string(not(containsString(leaders))))
			.andExpect(content().string(not(containsString(joint))))
			.andExpect(content().string(not(containsString("/calendar/events/new"))));
		mvc.perform(get("/calendar").param("tag", tag).with(leader.signedIn()))
			.andExpect(content().string(containsString(everyone)))
			.andExpect(content().string(containsString(leaders)))
			.andExpect(content().string(not(containsString(joint))))
			.andExpect(content().string(containsString("href=\"/calendar/events/new\"")));
		mvc.perform(get("/calendar").param("tag", tag).with(guest.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(joint)))
			.andExpect(content().string(not(containsString(everyone))))
			.andExpect(content().string(not(containsString(leaders))))
			.andExpect(content().string(containsString("href=\"/calendar\"")));
		mvc.perform(get("/calendar").param("tag", tag).with(owner.signedIn()))
			.andExpect(content().string(containsString(everyone)))
			.andExpect(content().string(containsString(leaders)))
			.andExpect(content().string(containsString(joint)));

		mvc.perform(get("/api/v1/calendar/upcoming").param("tag", tag).with(guest.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].title").value(joint))
			.andExpect(jsonPath("$.items[0].path").value("/calendar/events/" + jointId));
		mvc.perform(get("/api/v1/calendar/upcoming").param("tag", tag).with(employee.signedIn()))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].title").value(everyone));
	}

	@Test
	void eachRowShowsSeatsCancellationAndTheViewersOwnStanding() throws Exception {
		var f = new CalendarViewsFixtures(jdbc);
		var owner = f.manager();
		var employee = f.employee();
		var other = f.employee();
		var third = f.employee();
		String tag = CalendarViewsFixtures.unique("rows");
		long open = f.event("Open seats", owner).capacity(5).tag(tag).save();
		long full = f.event("Full house", owner).capacity(1).tag(tag).save();
		long cancelled = f.event("Called off", owner).tag(tag).cancelled().save();
		f.register(open, employee, RegistrationStatus.REGISTERED);
		f.register(full, other, RegistrationStatus.REGISTERED);
		f.register(full, third, RegistrationStatus.WAITLISTED);
		f.register(full, employee, RegistrationStatus.WAITLISTED);

		String html = mvc.perform(get("/calendar").param("tag", tag).with(employee.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(row(html, open)).contains("Seats left: 4").contains("Registered");
		assertThat(row(html, full)).contains("Full – waitlist open").contains("On the waitlist, #2");
		assertThat(row(html, cancelled)).contains("Cancelled").contains("<del>");

		mvc.perform(get("/api/v1/calendar/upcoming").param("tag", tag).with(employee.signedIn()))
			.andExpect(jsonPath("$.items[?(@.id == " + full + ")].standing.position").value(2))
			.andExpect(jsonPath("$.items[?(@.id == " + full + ")].free").value(0))
			.andExpect(jsonPath("$.items[?(@.id == " + open + ")].standing.status").value("REGISTERED"));
	}

	@Test
	void filtersNarrowTheListAndThePastSwitchShowsEventsThatAreOver() throws Exception {
		var f = new CalendarViewsFixtures(jdbc);
		var owner = f.manager();
		var leader = f.leader();
		String tag = CalendarViewsFixtures.unique("filters");
		String workshop = CalendarViewsFixtures.unique("Workshop");
		String lecture = CalendarViewsFixtures.unique("Lecture");
		String gone = CalendarViewsFixtures.unique("Last year");
		f.event(workshop, owner).type(EventType.WORKSHOP).tag(tag).save();
		f.event(lecture, owner).type(EventType.LECTURE).tag(tag).save();
		f.event(gone, owner).at(Instant.now().minusSeconds(30 * 86_400)).tag(tag).save();

		mvc.perform(get("/calendar").param("tag", tag).param("type", "WORKSHOP").with(leader.signedIn()))
			.andExpect(content().string(containsString(workshop)))
			.andExpect(content().string(not(containsString(lecture))));
		mvc.perform(get("/calendar").param("tag", tag).with(leader.signedIn()))
			.andExpect(content().string(not(containsString(gone))));
		mvc.perform(get("/calendar").param("tag", tag).param("past", "true").with(leader.signedIn()))
			.andExpect(content().string(containsString(gone)))
			.andExpect(content().string(not(containsString(workshop))));

		mvc.perform(get("/calendar").param("type", "PICNIC").with(leader.signedIn())).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/calendar/upcoming").param("focus", "COOKING").with(leader.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("focus"));
	}

	@Test
	void theMonthGridPlacesAnEventOnTheDayItStartsInTheViewersZone() throws Exception {
		var f = new CalendarViewsFixtures(jdbc);
		var owner = f.manager();
		var jerusalem = f.employee();
		var london = f.person("London Employee", ZoneId.of("Europe/London"), Role.EMPLOYEE);
		String midnight = CalendarViewsFixtures.unique("Midnight talk");
		String leadersOnly = CalendarViewsFixtures.unique("Leaders breakfast");
		// 00:30 on 1 May 2031 in Jerusalem is 22:30 on 30 April in London
		f.event(midnight, owner).at("2031-05-01T00:30").save();
		f.event(leadersOnly, owner).at("2031-05-02T08:00").audience(Audience.LEADERS).save();

		String may = mvc.perform(get("/calendar/month").param("month", "2031-05").with(jerusalem.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<caption>Events of May 2031")))
			.andExpect(content().string(containsString("<th scope=\"col\"")))
			.andExpect(content().string(containsString("href=\"/calendar/month?month=2031-04\"")))
			.andExpect(content().string(containsString("href=\"/calendar/month?month=2031-06\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(cell(may, LocalDate.of(2031, 5, 1))).contains(midnight);
		assertThat(may).doesNotContain(leadersOnly);

		String april = mvc.perform(get("/calendar/month").param("month", "2031-04").with(london.signedIn()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(cell(april, LocalDate.of(2031, 4, 30))).contains(midnight);
		mvc.perform(get("/calendar/month").param("month", "2031-05").with(london.signedIn()))
			.andExpect(content().string(not(containsString(midnight))));

		mvc.perform(get("/api/v1/calendar/month").param("month", "2031-04").with(london.signedIn()))
			.andExpect(jsonPath("$.timeZone").value("Europe/London"))
			.andExpect(jsonPath("$.events[?(@.title == '" + midnight + "')]").exists());
	}

	@Test
	void weeksStartOnSundayInHebrewAndMondayInEnglish() throws Exception {
		var employee = new CalendarViewsFixtures(jdbc).employee();

		mvc.perform(get("/calendar/month").param("month", "2031-05").param("lang", "he").with(employee.signedIn()))
			.andExpect(content().string(containsString("<th scope=\"col\" class=\"text-center\"><abbr title=\"יום ראשון\"")));
		mvc.perform(get("/calendar/month").param("month", "2031-05").param("lang", "en").with(employee.signedIn()))
			.andExpect(content().string(containsString("<th scope=\"col\" class=\"text-center\"><abbr title=\"Monday\"")));
	}

	@Test
	void aMonthThatCannotBeReadShowsTheCurrentMonthWithANoticeAndAnswers400() throws Exception {
		var employee = new CalendarViewsFixtures(jdbc).employee();
		String current = MonthGrid.title(YearMonth.now(ZoneId.of("Asia/Jerusalem")), java.util.Locale.ENGLISH);

		for (String bad : new String[] { "2031-13", "May", "99999-01", "1969-12" }) {
			mvc.perform(get("/calendar/month").param("month", bad).with(employee.signedIn()))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("That month could not be read")))
				.andExpect(content().string(containsString("id=\"month-heading\">" + current)));
		}
		mvc.perform(get("/api/v1/calendar/month").param("month", "2031-13").with(employee.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("month"));
	}

	@Test
	void theQuarterViewCountsEveryEventButListsOnlyTheVisibleOnes() throws Exception {
		var f = new CalendarViewsFixtures(jdbc);
		var owner = f.manager();
		var employee = f.employee();
		var leader = f.leader();
		int year = CalendarViewsFixtures.uniqueYear();
		String lateMarch = CalendarViewsFixtures.unique("Late March");
		String earlyApril = CalendarViewsFixtures.unique("Early April");
		f.event(lateMarch, owner).at(year + "-03-31T23:30").audience(Audience.LEADERS).save();
		f.event(earlyApril, owner).at(year + "-04-01T01:00").save();
		f.event("Tour", owner).at(year + "-05-10T09:00").type(EventType.STUDY_TOUR).save();
		f.event("Invited only", owner).at(year + "-08-10T09:00").audience(Audience.INVITED).save();
		f.event("Called off", owner).at(year + "-11-10T09:00").cancelled().save();
		var rules = cadence.rules();

		String html = mvc.perform(get("/calendar/quarters").param("year", String.valueOf(year)).with(employee.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/calendar/quarters?year=" + (year + 1) + "\"")))
			.andExpect(content().string(containsString("events for invited people only do not count")))
			.andExpect(content().string(not(containsString("href=\"/calendar/cadence\""))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(section(html, "q1")).contains("Community events: 1 of " + rules.eventsPerQuarter())
			.doesNotContain(lateMarch);
		assertThat(section(html, "q2")).contains("Community events: 2 of " + rules.eventsPerQuarter())
			.contains(earlyApril);
		assertThat(section(html, "q3")).contains("Community events: 0 of " + rules.eventsPerQuarter());
		assertThat(section(html, "q4")).contains("Community events: 0 of " + rules.eventsPerQuarter());
		assertThat(html).contains("External events in " + year + ": 1 of " + rules.externalPerYear());

		mvc.perform(get("/api/v1/calendar/quarters").param("year", String.valueOf(year)).with(leader.signedIn()))
			.andExpect(jsonPath("$.quarters[0].events").value(1))
			.andExpect(jsonPath("$.quarters[0].visibleEvents[0].title").value(lateMarch))
			.andExpect(jsonPath("$.quarters[1].events").value(2))
			.andExpect(jsonPath("$.quarters[2].events").value(0))
			.andExpect(jsonPath("$.quarters[3].events").value(0))
			.andExpect(jsonPath("$.externalEvents").value(1));
		mvc.perform(get("/api/v1/calendar/quarters").param("year", String.valueOf(year)).with(employee.signedIn()))
			.andExpect(jsonPath("$.quarters[0].events").value(1))
			.andExpect(jsonPath("$.quarters[0].visibleEvents").isEmpty());

		mvc.perform(get("/calendar/quarters").param("year", "20x7").with(employee.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("That year could not be read")));
		mvc.perform(get("/api/v1/calendar/quarters").param("year", "20x7").with(employee.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
	}

	@Test
	void aGuestSeesInTheQuarterViewOnlyTheEventsItIsInvitedTo() throws Exception {
		var f = new CalendarViewsFixtures(jdbc);
		var owner = f.manager();
		var guest = f.guest();
		int year = CalendarViewsFixtures.uniqueYear();
		String joint = CalendarViewsFixtures.unique("Joint");
		String internal = CalendarViewsFixtures.unique("Internal");
		long jointId = f.event(joint, owner).at(year + "-02-01T10:00").audience(Audience.INVITED).save();
		f.event(internal, owner).at(year + "-02-02T10:00").save();
		f.invite(jointId, guest, owner);

		mvc.perform(get("/calendar/quarters").param("year", String.valueOf(year)).with(guest.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(joint)))
			.andExpect(content().string(not(containsString(internal))));
		mvc.perform(get("/calendar/month").param("month", year + "-02").with(guest.signedIn()))
			.andExpect(content().string(containsString(joint)))
			.andExpect(content().string(not(containsString(internal))));
	}

	@Test
	void aGuestIsNotToldHowManyEventsTheCadenceCounts() throws Exception {
		var f = new CalendarViewsFixtures(jdbc);
		var owner = f.manager();
		var guest = f.guest();
		int year = CalendarViewsFixtures.uniqueYear();
		String joint = CalendarViewsFixtures.unique("Joint");
		long jointId = f.event(joint, owner).at(year + "-02-01T10:00").type(EventType.JOINT_EVENT)
			.audience(Audience.INVITED).save();
		f.event(CalendarViewsFixtures.unique("Internal"), owner).at(year + "-02-02T10:00").save();
		f.invite(jointId, guest, owner);

		String html = mvc.perform(get("/calendar/quarters").param("year", String.valueOf(year)).with(guest.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(section(html, "q1")).contains(joint)
			.doesNotContain("id=\"q1-standing\"", "Community events:", "border-danger");
		assertThat(html).doesNotContain("id=\"cadence-rules\"", "id=\"external-standing\"", "External events in");
		mvc.perform(get("/api/v1/calendar/quarters").param("year", String.valueOf(year)).with(guest.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.quarters[0].visibleEvents[0].title").value(joint))
			.andExpect(jsonPath("$.quarters[0].events").doesNotExist())
			.andExpect(jsonPath("$.quarters[0].required").doesNotExist())
			.andExpect(jsonPath("$.quarters[0].met").doesNotExist())
			.andExpect(jsonPath("$.externalEvents").doesNotExist())
			.andExpect(jsonPath("$.externalRequired").doesNotExist())
			.andExpect(jsonPath("$.externalMet").doesNotExist());

		var employee = f.employee();
		mvc.perform(get("/calendar/quarters").param("year", String.valueOf(year)).with(employee.signedIn()))
			.andExpect(content().string(containsString("id=\"q1-standing\"")))
			.andExpect(content().string(containsString("id=\"external-standing\"")));
		mvc.perform(get("/api/v1/calendar/quarters").param("year", String.valueOf(year)).with(employee.signedIn()))
			.andExpect(jsonPath("$.quarters[0].events").value(1))
			.andExpect(jsonPath("$.externalEvents").value(1));
	}

	/** The table row of an event in the upcoming list. */
	private static String row(String html, long eventId) {
		int start = html.indexOf("id=\"event-" + eventId + "\"");
		assertThat(start).as("row of event " + eventId).isNotNegative();
		return html.substring(start, html.indexOf("</tr>", start));
	}

	private static String cell(String html, LocalDate day) {
		int start = html.indexOf("id=\"day-" + day + "\"");
		assertThat(start).as("cell of " + day).isNotNegative();
		return html.substring(start, html.indexOf("</td>", start));
	}

	private static String section(String html, String id) {
		int start = html.indexOf("id=\"" + id + "\"");
		assertThat(start).as("section " + id).isNotNegative();
		return html.substring(start, html.indexOf("</section>", start));
	}
}
