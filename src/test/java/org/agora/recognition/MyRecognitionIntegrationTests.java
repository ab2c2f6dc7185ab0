package org.agora.recognition;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.agora.Personas;
import org.agora.platform.OrganizationClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A person's own recognition: points per period with their rank, the ledger with its sources explained, their badges,
 * and the switch out of the leaderboards and back, on the page and in the API.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MyRecognitionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Ledger ledger;

	@Autowired
	RecognitionProfiles profiles;

	@Autowired
	OrganizationClock clock;

	@Autowired
	UserDetailsService users;

	BoardFixtures fixtures;

	Instant inQuarter;

	@BeforeEach
	void setUp() {
		fixtures = new BoardFixtures(jdbc, ledger);
		inQuarter = BoardPeriod.QUARTER.window(clock.today(), clock).from().plus(1, ChronoUnit.HOURS);
	}

	@Test
	void thePersonSeesTheirPointsRankAndWhereEachCameFrom() throws Exception {
		var me = fixtures.member("Ledger owner", fixtures.unit("My unit", null));
		long answer = BoardFixtures.subject();
		int accepted = fixtures.award(me, PointRule.ANSWER_ACCEPTED, inQuarter, false, answer);
		int inPrivate = fixtures.award(me, PointRule.ANSWER_POSTED, inQuarter, true, BoardFixtures.subject());
		int lastYear = fixtures.award(me, PointRule.COURSE_COMPLETED, Instant.parse("2020-03-01T10:00:00Z"));
		// event attended: 5 each, 15 a day, so the fourth is kept without points
		int attended = fixtures.awards(me, PointRule.EVENT_ATTENDED, 4, inQuarter.plusSeconds(10));
		ledger.reverse(null, Subjects.ANSWER, answer, inQuarter.plusSeconds(60));
		int quarterPoints = inPrivate + attended;

		mvc.perform(get("/recognition/me").with(me.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"points-quarter\" data-points=\"" + quarterPoints + "\"")))
			.andExpect(content().string(containsString("id=\"points-all\" data-points=\"" + (quarterPoints + lastYear) + "\"")))
			.andExpect(content().string(containsString("data-kind=\"CAPPED\"")))
			.andExpect(content().string(containsString("data-kind=\"REVERSAL\"")))
			.andExpect(content().string(containsString("taken back later")))
			.andExpect(content().string(containsString("href=\"/discussions/posts/" + answer + "\"")))
			.andExpect(content().string(containsString("(in a private space)")))
			.andExpect(content().string(not(containsString("id=\"my-badges\""))));
		assertThat(accepted).isPositive();

		mvc.perform(get("/api/v1/recognition/me").with(me.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.personId").value((int) me.id()))
			.andExpect(jsonPath("$.optedOut").value(false))
			.andExpect(jsonPath("$.periods.quarter.points").value(quarterPoints))
			.andExpect(jsonPath("$.periods.quarter.rank").isNumber())
			.andExpect(jsonPath("$.periods.all.points").value(quarterPoints + lastYear))
			.andExpect(jsonPath("$.entries.length()").value(8))
			.andExpect(jsonPath("$.entries[?(@.privateSource == true)].path").value(org.hamcrest.Matchers.contains(
					org.hamcrest.Matchers.nullValue())))
			.andExpect(jsonPath("$.badges.length()").value(0));
	}

	@Test
	void badgesShowWithTheirReasonInTheReadersLanguage() throws Exception {
		var me = fixtures.member("Badge holder", fixtures.unit("Badge unit", null));
		String slug = "rb-" + BoardFixtures.unique();
		fixtures.badge(slug, me, inQuarter);
		mvc.perform(get("/recognition/me").with(me.signedIn()))
			.andExpect(content().string(containsString("id=\"my-badge-" + slug + "\"")))
			.andExpect(content().string(containsString("Badge " + slug)))
			.andExpect(content().string(containsString("Well done")));
		mvc.perform(get("/recognition/me").param("lang", "he").with(me.signedIn()))
			.andExpect(content().string(containsString("תג " + slug)))
			.andExpect(content().string(containsString("ההוקרה שלי")));
	}

	@Test
	void theSwitchTakesThePersonOffTheBoardsAndBackOnThePageAndInTheApi() throws Exception {
		var me = fixtures.member("Switcher", fixtures.unit("Switch unit", null));
		fixtures.award(me, PointRule.ANSWER_POSTED, inQuarter);

		mvc.perform(post("/recognition/me").param("optOut", "true").with(csrf()).with(me.signedIn()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/recognition/me"))
			.andExpect(flash().attribute("saved", "recognition.me.flash.out"));
		assertThat(profiles.optedOut(me.id())).isTrue();
		mvc.perform(get("/recognition/me").with(me.signedIn()))
			.andExpect(content().string(containsString("Rank not shown: you opted out of the leaderboards.")))
			.andExpect(content().string(containsString("id=\"optOut\" name=\"optOut\" value=\"true\" checked")));

		mvc.perform(post("/recognition/me").with(csrf()).with(me.signedIn())).andExpect(status().is3xxRedirection());
		assertThat(profiles.optedOut(me.id())).isFalse();

		mvc.perform(put("/api/v1/recognition/me").contentType(MediaType.APPLICATION_JSON)
			.content("{\"optOut\": true}").with(csrf()).with(me.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.optedOut").value(true))
			.andExpect(jsonPath("$.periods.quarter.rank").doesNotExist());
		mvc.perform(put("/api/v1/recognition/me").contentType(MediaType.APPLICATION_JSON)
			.content("{\"optOut\": true}").with(csrf()).with(me.signedIn()))
			.andExpect(status().isOk());
		assertThat(profiles.optedOut(me.id())).isTrue();
		mvc.perform(put("/api/v1/recognition/me").contentType(MediaType.APPLICATION_JSON)
			.content("{\"optOut\": \"maybe\"}").with(csrf()).with(me.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("optOut"));
		assertThat(profiles.optedOut(me.id())).isTrue();
		assertThat(ledger.total(me.id())).as("opting out takes no points").isPositive();
	}

	@Test
	void guestsHaveNoRecognitionPage() throws Exception {
		mvc.perform(get("/recognition/me").with(Personas.as(users, Personas.GUEST))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/recognition/me").with(Personas.as(users, Personas.GUEST)))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/recognition/me").contentType(MediaType.APPLICATION_JSON)
			.content("{\"optOut\": true}").with(csrf()).with(Personas.as(users, Personas.GUEST)))
			.andExpect(status().isForbidden());
	}
}
