package org.agora.knowledgemap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agora.discussions.SpaceFixtures.TestPerson;
import org.agora.knowledgemap.NeedIntegrationTests.Data;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The scales page: who sees and changes it, its field errors, its trail, and the backlog re-ranked at once. */
@SpringBootTest
@AutoConfigureMockMvc
class ScalesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NeedEditor editor;

	@Autowired
	MapSettings settings;

	@Autowired
	BacklogPages pages;

	Data data;

	TestPerson manager;

	Map<MapSettings.Key, Integer> before;

	@BeforeEach
	void setUp() {
		data = new Data(jdbc, editor);
		manager = data.manager("Scales manager");
		before = settings.values();
	}

	@AfterEach
	void restore() {
		settings.change(manager.principal(), before);
	}

	private MockHttpServletRequestBuilder save(Map<MapSettings.Key, Integer> changes) {
		var values = new LinkedHashMap<>(settings.values());
		values.putAll(changes);
		var request = post("/knowledge-map/scales").with(csrf());
		values.forEach((key, value) -> request.param(key.field, String.valueOf(value)));
		return request;
	}

	@Test
	void changingTheWeightsReRanksTheBacklogAtOnceAndIsRecorded() throws Exception {
		var leader = data.leader("Ranked leader");
		long unit = data.unit("Ranked unit");
		long important = data.need(leader, unit, "Important " + Data.unique(), 3, 1, 1);
		long scarce = data.need(leader, unit, "Scarce " + Data.unique(), 1, 2, 2);
		var query = new Needs.Query(unit, null, true);
		assertThat(pages.backlog(manager.principal(), query).rows()).extracting(r -> r.need().id())
			.containsExactly(scarce, important);
		mvc.perform(save(Map.of(MapSettings.Key.IMPORTANCE_WEIGHT, 5)).with(manager.signedIn()))
			.andExpect(status().is3xxRedirection());
		assertThat(pages.backlog(manager.principal(), query).rows()).extracting(r -> r.need().id(), r -> r.priority())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(important, 17),
					org.assertj.core.groups.Tuple.tuple(scarce, 9));
		var last = settings.trail(1).get(0);
		assertThat(last.key()).isEqualTo("importanceWeight");
		assertThat(last.newValue()).isEqualTo(5);
		assertThat(last.changedBy()).isEqualTo(manager.id());
		mvc.perform(get("/knowledge-map/scales").with(manager.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"scales-trail\"")))
			.andExpect(content().string(containsString(manager.name())));
	}

	@Test
	void aValueOutOfItsRangeNamesTheFieldAndChangesNothing() throws Exception {
		int trail = settings.trail(1000).size();
		mvc.perform(save(Map.of(MapSettings.Key.SCARCITY_WEIGHT, 9)).with(manager.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"scarcityWeight-error\"")))
			.andExpect(content().string(containsString("value=\"9\"")));
		assertThat(settings.values()).isEqualTo(before);
		assertThat(settings.trail(1000)).hasSize(trail);
	}

	@Test
	void managersSeeTheScalesAndOnlyCommunityManagersChangeThem() throws Exception {
		var admin = data.admin("Scales admin");
		mvc.perform(get("/knowledge-map/scales").with(admin.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"scales-read-only\"")));
		for (var person : List.of(admin, data.leader("Leader"), data.employee("Employee"), data.guest("Guest"))) {
			mvc.perform(save(Map.of(MapSettings.Key.FREQUENCY_WEIGHT, 3)).with(person.signedIn()))
				.andExpect(status().isForbidden());
		}
		for (var person : List.of(data.leader("Leader"), data.employee("Employee"))) {
			mvc.perform(get("/api/v1/knowledge-needs/scales").with(person.signedIn())).andExpect(status().isForbidden());
		}
		assertThat(settings.values()).isEqualTo(before);
	}
}
