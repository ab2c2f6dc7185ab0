package org.agora.knowledgemap;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.agora.discussions.SpaceFixtures.TestPerson;
import org.agora.knowledgemap.NeedIntegrationTests.Data;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The scales page: who sees and changes it, its field errors, its trail, the backlog re-ranked at once, and changes
 * made at the same moment taking turns.
 */
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

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	DataSource dataSource;

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

	private Map<MapSettings.Key, Integer> with(MapSettings.Key key, int value) {
		var values = new LinkedHashMap<>(settings.values());
		values.put(key, value);
		return values;
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

	@Test
	void twoChangesMadeAtOnceTakeTurnsAndTheTrailRecordsEachFromWhatTheOtherLeft() throws Exception {
		var key = MapSettings.Key.FREQUENCY_WEIGHT;
		int original = before.get(key);
		int first = original % 5 + 1;
		int second = first % 5 + 1;
		var other = data.manager("Second scales manager");
		var held = new Concurrently.Held(transactions, () -> settings.change(manager.principal(), with(key, first)));
		var waiting = new Concurrently.Second<>(() -> {
			settings.change(other.principal(), with(key, second));
			return null;
		}).waitingForALock(dataSource);
		held.commit();
		waiting.result();
		assertThat(settings.values().get(key)).isEqualTo(second);
		assertThat(settings.trail(2)).extracting(MapSettings.Change::key, MapSettings.Change::oldValue,
				MapSettings.Change::newValue, MapSettings.Change::changedBy)
			.containsExactly(tuple(key.field, first, second, other.id()), tuple(key.field, original, first, manager.id()));
	}

	@Test
	void aKeyWhoseRowIsMissingTakesItsDefaultAndIsStoredAtItsFirstChange() throws Exception {
		var key = MapSettings.Key.SCARCITY_WEIGHT;
		jdbc.sql("delete from knowledgemap_setting where setting_key = :key").param("key", key.field).update();
		int fallback = MapSettings.defaults().get(key);
		assertThat(settings.values().get(key)).isEqualTo(fallback);
		int wanted = fallback % 5 + 1;
		settings.change(manager.principal(), with(key, wanted));
		assertThat(jdbc.sql("select setting_value from knowledgemap_setting where setting_key = :key")
			.param("key", key.field)
			.query(Integer.class)
			.single()).isEqualTo(wanted);
		assertThat(settings.trail(1)).extracting(MapSettings.Change::oldValue, MapSettings.Change::newValue)
			.containsExactly(tuple(fallback, wanted));
	}

	@Test
	void theMigrationSeedsEveryKeyAtItsDefault() throws Exception {
		String sql = new ClassPathResource("db/migration/knowledgemap/V7_1_5__settings_seeded_areas_versioned.sql")
			.getContentAsString(StandardCharsets.UTF_8);
		Map<String, Integer> seeded = new HashMap<>();
		var row = Pattern.compile("select '(\\w+)', (\\d+), current_timestamp").matcher(sql);
		while (row.find()) {
			seeded.put(row.group(1), Integer.valueOf(row.group(2)));
		}
		Map<String, Integer> defaults = new HashMap<>();
		MapSettings.defaults().forEach((key, value) -> defaults.put(key.field, value));
		assertThat(seeded).isEqualTo(defaults);
	}
}
