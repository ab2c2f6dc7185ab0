package org.agora.calendar;

import java.time.Instant;
import java.time.LocalDateTime;

import org.agora.platform.settings.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The cadence rules as managers set them, the shortfalls of the current and next quarter, and the warning on a
 * manager's home page. The rules are restored after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CadenceIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Cadence cadence;

	@Autowired
	Settings settings;

	Cadence.Rules before;

	@BeforeEach
	void rememberRules() {
		before = cadence.rules();
	}

	@AfterEach
	void restoreRules() {
		settings.put(Cadence.EVENTS_PER_QUARTER, String.valueOf(before.eventsPerQuarter()));
		settings.put(Cadence.EXTERNAL_PER_YEAR, String.valueOf(before.externalPerYear()));
	}

	@Test
	void onlyCommunityManagersOpenOrSaveTheRules() throws Exception {
		var f = new CalendarViewsFixtures(jdbc);
		for (var person : new CalendarViewsFixtures.Person[] { f.employee(), f.leader(), f.guest() }) {
			mvc.perform(get("/calendar/cadence").with(person.signedIn())).andExpect(status().isForbidden());
			mvc.perform(post("/calendar/cadence").param("eventsPerQuarter", "3")
				.param("externalPerYear", "2")
				.with(person.signedIn())
				.with(csrf())).andExpect(status().isForbidden());
		}
		assertThat(cadence.rules()).isEqualTo(before);
	}

	@Test
	void aManagerSavesTheRulesAndMistakesAreShownBesideTheFieldsWithWhatWasTyped() throws Exception {
		var manager = new CalendarViewsFixtures(jdbc).manager();

		mvc.perform(get("/calendar/cadence").with(manager.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + before.eventsPerQuarter() + "\"")));
		mvc.perform(post("/calendar/cadence").param("eventsPerQuarter", "25")
			.param("externalPerYear", "two")
			.with(manager.signedIn())
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("value=\"25\"")))
			.andExpect(content().string(containsString("value=\"two\"")))
			.andExpect(content().string(containsString("id=\"eventsPerQuarter-error\">Give a whole number from 0 to 20.")))
			.andExpect(content().string(containsString("id=\"externalPerYear-error\">Give a whole number from 0 to 12.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		assertThat(cadence.rules()).isEqualTo(before);

		mvc.perform(post("/calendar/cadence").param("eventsPerQuarter", "3")
			.param("externalPerYear", "2")
			.with(manager.signedIn())
			.with(csrf())).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/calendar/quarters"));

		assertThat(cadence.rules()).isEqualTo(new Cadence.Rules(3, 2));
	}

	@Test
	void theCurrentAndNextQuartersFallShortUntilTheyHaveEnoughCommunityEvents() {
		var f = new CalendarViewsFixtures(jdbc);
		var owner = f.manager();
		int year = CalendarViewsFixtures.uniqueYear();
		var midFebruary = at(year + "-02-15T12:00");
		var rules = new Cadence.Rules(1, 1);

		assertThat(cadence.shortfalls(midFebruary, rules)).extracting(Cadence.QuarterStanding::quarter)
			.containsExactly(new Quarter(year, 1), new Quarter(year, 2));

		f.event("Invited only", owner).at(year + "-02-20T10:00").audience(Audience.INVITED).save();
		f.event("Called off", owner).at(year + "-03-01T10:00").cancelled().save();
		f.event("Early April", owner).at(year + "-04-01T01:00").save();
		assertThat(cadence.shortfalls(midFebruary, rules)).extracting(Cadence.QuarterStanding::quarter)
			.containsExactly(new Quarter(year, 1));

		f.event("Late March", owner).at(year + "-03-31T23:30").audience(Audience.LEADERS).save();
		assertThat(cadence.shortfalls(midFebruary, rules)).isEmpty();
		assertThat(cadence.shortfalls(midFebruary, new Cadence.Rules(2, 1))).hasSize(2);
		assertThat(cadence.shortfalls(midFebruary, new Cadence.Rules(0, 0))).isEmpty();

		var lateDecember = at((year - 1) + "-12-20T12:00");
		assertThat(cadence.shortfalls(lateDecember, rules)).extracting(Cadence.QuarterStanding::quarter)
			.containsExactly(new Quarter(year - 1, 4));
	}

	@Test
	void aManagersHomePageWarnsWhenTheQuartersFallShortOfTheRuleAndNotWhenTheRuleIsOff() throws Exception {
		var f = new CalendarViewsFixtures(jdbc);
		var manager = f.manager();
		var employee = f.employee();

		settings.put(Cadence.EVENTS_PER_QUARTER, "20");
		mvc.perform(get("/").with(manager.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("the cadence asks for 20")))
			.andExpect(content().string(containsString("href=\"/calendar/quarters?year=")));
		mvc.perform(get("/").with(employee.signedIn()))
			.andExpect(content().string(not(containsString("the cadence asks for"))));

		settings.put(Cadence.EVENTS_PER_QUARTER, "0");
		mvc.perform(get("/").with(manager.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("the cadence asks for"))));
	}

	@Test
	void theQuarterViewOffersManagersTheRules() throws Exception {
		var manager = new CalendarViewsFixtures(jdbc).manager();

		mvc.perform(get("/calendar/quarters").with(manager.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/calendar/cadence\"")))
			.andExpect(content().string(containsString("This quarter")));
	}

	private static Instant at(String jerusalemTime) {
		return LocalDateTime.parse(jerusalemTime).atZone(CalendarViewsFixtures.JERUSALEM).toInstant();
	}
}
