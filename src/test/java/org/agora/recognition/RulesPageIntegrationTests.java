package org.agora.recognition;

import java.util.List;
import java.util.Map;

import org.agora.discussions.SpaceFixtures;
import org.agora.discussions.SpaceFixtures.TestPerson;
import org.agora.platform.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The point rules page and its JSON twin: who reads and who changes them, field errors that keep the typing, the trail. */
@SpringBootTest
@AutoConfigureMockMvc
class RulesPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Rules rules;

	SpaceFixtures people;

	TestPerson manager;

	Map<PointRule, Rules.Values> before;

	@BeforeEach
	void setUp() {
		people = new SpaceFixtures(jdbc);
		manager = people.manager("Rules page manager " + BoardFixtures.unique());
		before = rules.all();
	}

	@AfterEach
	void restore() {
		rules.change(manager.principal(), before);
	}

	/** The form as the page sends it, with every value in force and the changes given. */
	private MockHttpServletRequestBuilder save(Map<String, String> changes) {
		var request = post("/recognition/rules").with(csrf());
		var values = new java.util.LinkedHashMap<>(RulesController.typed(rules.all()));
		values.putAll(changes);
		values.forEach(request::param);
		return request;
	}

	@Test
	void aCommunityManagerChangesTheRulesAndTheTrailShowsWhoWhenAndWhat() throws Exception {
		var old = before.get(PointRule.ARTICLE_HELPFUL);
		var wanted = new Rules.Values(old.points() + 1, old.dailyCap() + 10);
		mvc.perform(save(Map.of("ARTICLE_HELPFUL.points", String.valueOf(wanted.points()), "ARTICLE_HELPFUL.cap",
				String.valueOf(wanted.dailyCap()))).with(manager.signedIn()))
			.andExpect(status().is3xxRedirection());
		assertThat(rules.of(PointRule.ARTICLE_HELPFUL)).isEqualTo(wanted);
		assertThat(rules.of(PointRule.ANSWER_POSTED)).isEqualTo(before.get(PointRule.ANSWER_POSTED));

		mvc.perform(get("/recognition/rules").with(manager.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"rules-trail\"")))
			.andExpect(content().string(containsString(manager.name())))
			.andExpect(content().string(containsString(old.points() + " → " + wanted.points())))
			.andExpect(content().string(containsString(old.dailyCap() + " → " + wanted.dailyCap())))
			.andExpect(content().string(containsString("Reward outcomes more than activity")))
			.andExpect(content().string(containsString("id=\"rules-submit\"")));
		mvc.perform(get("/recognition/rules").param("lang", "he").with(manager.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("יש לתגמל תוצאות יותר מפעילות")))
			.andExpect(content().string(containsString("מאמר שסומן כמועיל")));
	}

	@Test
	void aWrongValueNamesItsFieldKeepsTheTypingAndSavesNothing() throws Exception {
		int trail = rules.trail(1000).size();
		mvc.perform(save(Map.of("EVENT_HOSTED.points", "40", "KUDOS_RECEIVED.cap", "lots")).with(manager.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"KUDOS_RECEIVED.cap-error\"")))
			.andExpect(content().string(containsString("value=\"lots\"")))
			.andExpect(content().string(containsString("value=\"40\"")));
		mvc.perform(save(Map.of("EVENT_HOSTED.points", "40", "ANSWER_ACCEPTED.points", "501")).with(manager.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"ANSWER_ACCEPTED.points-error\"")))
			.andExpect(content().string(containsString("Points run from 0 to 500.")))
			.andExpect(content().string(containsString("value=\"501\"")));
		assertThat(rules.all()).isEqualTo(before);
		assertThat(rules.trail(1000)).hasSize(trail);
	}

	@Test
	void managersReadTheRulesAndOnlyCommunityManagersChangeThem() throws Exception {
		var admin = people.person("Rules admin " + BoardFixtures.unique(), "en", Role.ADMIN);
		mvc.perform(get("/recognition/rules").with(admin.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"rules-read-only\"")));
		mvc.perform(get("/api/v1/recognition/rules").with(admin.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rules.ANSWER_ACCEPTED.points").value(before.get(PointRule.ANSWER_ACCEPTED).points()))
			.andExpect(jsonPath("$.defaults.ANSWER_ACCEPTED.points").value(15));
		var others = List.of(admin, people.leader("Rules leader"), people.employee("Rules employee"),
				people.guest("Rules guest"));
		for (var person : others) {
			mvc.perform(save(Map.of("EVENT_ATTENDED.points", "6")).with(person.signedIn()))
				.andExpect(status().isForbidden());
			mvc.perform(put("/api/v1/recognition/rules").contentType(MediaType.APPLICATION_JSON).content("{}")
				.with(csrf()).with(person.signedIn())).andExpect(status().isForbidden());
		}
		for (var person : others.subList(1, others.size())) {
			mvc.perform(get("/recognition/rules").with(person.signedIn())).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/recognition/rules").with(person.signedIn())).andExpect(status().isForbidden());
		}
		assertThat(rules.all()).isEqualTo(before);
	}

	@Test
	void theApiSetsEveryRuleAtOnceOrNamesTheFieldThatIsWrong() throws Exception {
		var body = new StringBuilder("{");
		for (var rule : PointRule.values()) {
			var v = before.get(rule);
			int points = rule == PointRule.LESSON_COMPLETED ? 1 : v.points();
			body.append(body.length() > 1 ? "," : "").append('"').append(rule.name()).append("\":{\"points\":")
				.append(points).append(",\"cap\":").append(v.dailyCap()).append('}');
		}
		String valid = body.append('}').toString();
		mvc.perform(put("/api/v1/recognition/rules").contentType(MediaType.APPLICATION_JSON)
			.content(valid.replace("\"KUDOS_RECEIVED\":{\"points\":", "\"KUDOS_RECEIVED\":{\"points\":-")).with(csrf())
			.with(manager.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("KUDOS_RECEIVED.points"));
		mvc.perform(put("/api/v1/recognition/rules").contentType(MediaType.APPLICATION_JSON)
			.content("{\"ANSWER_POSTED\": 5}").with(csrf()).with(manager.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("ANSWER_POSTED.points"));
		assertThat(rules.all()).isEqualTo(before);

		mvc.perform(put("/api/v1/recognition/rules").contentType(MediaType.APPLICATION_JSON).content(valid)
			.with(csrf()).with(manager.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rules.LESSON_COMPLETED.points").value(1))
			.andExpect(jsonPath("$.trail[0].rule").value("LESSON_COMPLETED"))
			.andExpect(jsonPath("$.trail[0].after.points").value(1))
			.andExpect(jsonPath("$.trail[0].changedByName").value(manager.name()));
	}
}
