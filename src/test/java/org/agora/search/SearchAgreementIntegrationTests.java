package org.agora.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.agora.search.AgreementTestSet.AUTHOR;
import static org.agora.search.AgreementTestSet.MEMBER;
import static org.agora.search.AgreementTestSet.OWNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Search and the pages agree, end to end, for every role: each hit opens for the person who got it, each thing of the
 * test set they can open is among their hits and counted in their totals, and the words of a private space never reach
 * anyone outside it. A draft article is found only by its owner, its contributor and the managers, one in review also
 * by its reviewer; published and archived articles by the whole organization, and none by guests.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SearchAgreementIntegrationTests {

	/** A lesson of the demo course, read by leaders and by whoever is invited to or enrolled in a cohort. */
	static final String LESSON = "Mapping critical knowledge and choosing where to start";

	private static AgreementTestSet set;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void buildTheTestSet(@Autowired MockMvc mvc, @Autowired UserDetailsService users) throws Exception {
		set = AgreementTestSet.build(mvc, users);
		// managers open everything: once they find it all, every item has reached the index
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(search(mvc, "COMMUNITY_MANAGER", set.marker).keys())
				.hasSameSizeAs(set.items));
	}

	@Test
	void theTestSetTellsThePersonasApart() throws Exception {
		var everyone = names(set.items);
		var employees = List.of("discussion", "reply", "question", "answer", "event for employees", "cancelled event",
				"profile", "published article", "archived article");

		assertThat(opened("GUEST")).isEmpty();
		assertThat(opened(MEMBER)).containsExactlyInAnyOrder("private thread", "private reply", "joint event");
		assertThat(opened("EMPLOYEE")).containsExactlyInAnyOrderElementsOf(employees);
		assertThat(opened(AUTHOR)).as("the draft's contributor")
			.containsAll(employees)
			.contains("hidden thread", "hidden reply", "draft article")
			.hasSize(12);
		assertThat(opened("KNOWLEDGE_LEADER")).as("the reviewer of the article in review")
			.containsAll(employees)
			.contains("event for leaders", "article in review")
			.hasSize(11);
		assertThat(opened(OWNER)).containsAll(employees)
			.contains("event for leaders", "draft article", "article in review")
			.hasSize(12);
		assertThat(opened("COMMUNITY_MANAGER")).containsExactlyInAnyOrderElementsOf(everyone);
		assertThat(opened("ADMIN")).containsExactlyInAnyOrderElementsOf(everyone);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "GUEST", "EMPLOYEE", "KNOWLEDGE_LEADER", "COMMUNITY_MANAGER", "ADMIN", MEMBER, AUTHOR,
			OWNER })
	void everyHitOpensAndEveryItemThatOpensIsFoundAndCounted(String viewer) throws Exception {
		var opens = set.items.stream().filter(item -> opens(viewer, item.path())).toList();
		var expected = opens.stream().map(AgreementTestSet.Item::key).toList();
		var byType = new TreeMap<>(
				opens.stream().collect(Collectors.groupingBy(AgreementTestSet.Item::type, Collectors.counting())));

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			var found = search(viewer, set.marker);
			assertThat(found.hits().stream().filter(hit -> !opens(viewer, hit.path())).toList())
				.as("hits %s cannot open", viewer).isEmpty();
			assertThat(found.keys()).as("what %s finds of the items they open", viewer)
				.containsExactlyInAnyOrderElementsOf(expected);
			assertThat(found.total()).as("%s's total", viewer).isEqualTo(expected.size());
			assertThat(found.types()).as("%s's type facet", viewer).isEqualTo(byType);
		});
	}

	@Test
	void thePrivateSpacesWordsNeverReachAnyoneOutsideIt() throws Exception {
		String[] words = { set.secret, set.privateTitle, set.privateSpace };
		for (String viewer : List.of("GUEST", "EMPLOYEE", "KNOWLEDGE_LEADER", AUTHOR, OWNER)) {
			for (String q : List.of(set.marker, set.secret, set.privateTitle, set.privateSpace)) {
				for (String url : List.of("/api/v1/search?q=", "/search?q=", "/search/suggest?q=")) {
					assertThat(unechoed(url, q, viewer)).as("%s: %s%s", viewer, url, q).doesNotContain(words);
				}
			}
			assertThat(search(viewer, set.secret).total()).as(viewer).isZero();
		}

		var member = search(MEMBER, set.secret);
		assertThat(member.keys()).containsExactlyInAnyOrder(set.item("private thread").key(),
				set.item("private reply").key());
		assertThat(member.json()).contains(set.privateTitle, set.privateSpace);
		assertThat(unechoed("/search?q=", set.secret, MEMBER)).contains(set.privateTitle);
		assertThat(unechoed("/search/suggest?q=", set.privateTitle, MEMBER)).contains(set.privateTitle);
	}

	@Test
	void aLessonIsFoundByWhoeverReadsTheCourseAndByNobodyElse() throws Exception {
		long lesson = jdbc.sql("""
				select l.id from learning_lesson l join learning_module m on m.id = l.module_id
				where l.title_en = :title and not l.archived and not m.archived order by l.id fetch first 1 rows only""")
			.param("title", LESSON)
			.query(Long.class)
			.single();
		String path = "/learning/lessons/" + lesson;

		for (String viewer : set.viewers.keySet()) {
			var found = search(viewer, LESSON, "type", "lesson");
			assertThat(found.hits().stream().filter(hit -> !opens(viewer, hit.path())).toList())
				.as("lessons %s cannot open", viewer).isEmpty();
			assertThat(found.hits().stream().anyMatch(hit -> hit.path().equals(path))).as(viewer)
				.isEqualTo(opens(viewer, path));
		}
		assertThat(opens("KNOWLEDGE_LEADER", path)).isTrue();
		assertThat(opens(MEMBER, path)).as("a guest in no cohort").isFalse();
		assertThat(search(MEMBER, LESSON, "type", "lesson").total()).isZero();
	}

	/** A hit as the API gives it. */
	record Hit(String type, long id, String path) {

		String key() {
			return type + ":" + id;
		}
	}

	/** Every page of a search: the hits, the first page's total and type facet, and every page's JSON. */
	record Found(List<Hit> hits, long total, Map<String, Long> types, String json) {

		List<String> keys() {
			return hits.stream().map(Hit::key).toList();
		}
	}

	private Found search(String viewer, String q, String... params) throws Exception {
		return search(mvc, viewer, q, params);
	}

	private static Found search(MockMvc mvc, String viewer, String q, String... params) throws Exception {
		var hits = new ArrayList<Hit>();
		var json = new StringBuilder();
		long total = 0;
		Map<String, Long> types = new TreeMap<>();
		int pages = 1;
		for (int page = 1; page <= pages; page++) {
			var request = get("/api/v1/search").param("q", q).param("page", String.valueOf(page)).with(as(viewer));
			for (int i = 0; i < params.length; i += 2) {
				request.param(params[i], params[i + 1]);
			}
			String body = mvc.perform(request)
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			json.append(body);
			pages = JsonPath.read(body, "$.pages");
			if (page == 1) {
				total = ((Number) JsonPath.read(body, "$.total")).longValue();
				List<Map<String, Object>> counts = JsonPath.read(body, "$.facets.type");
				counts.forEach(c -> types.put((String) c.get("value"), ((Number) c.get("count")).longValue()));
			}
			List<Map<String, Object>> found = JsonPath.read(body, "$.hits");
			found.forEach(h -> hits.add(new Hit((String) h.get("type"), ((Number) h.get("id")).longValue(),
					(String) h.get("path"))));
		}
		return new Found(hits, total, types, json.toString());
	}

	/** Whether the page opens for the viewer: 200, after the redirects a post's address makes to its thread. */
	private boolean opens(String viewer, String path) {
		try {
			String url = path;
			for (int redirects = 0; redirects < 3; redirects++) {
				var response = mvc.perform(get(url).with(as(viewer))).andReturn().getResponse();
				if (response.getStatus() / 100 != 3) {
					return response.getStatus() == 200;
				}
				url = response.getRedirectedUrl().replaceFirst("#.*", "");
			}
			return false;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private List<String> opened(String viewer) {
		return names(set.items.stream().filter(item -> opens(viewer, item.path())).toList());
	}

	private static List<String> names(List<AgreementTestSet.Item> items) {
		return items.stream().map(AgreementTestSet.Item::name).toList();
	}

	/**
	 * The answer to a search with its echoes of the query (the search box, "nothing found for") taken out: as many
	 * as it shows of a word that is nowhere. An answer that shows the query more often is returned whole.
	 */
	private String unechoed(String url, String q, String viewer) throws Exception {
		String nowhere = SearchApiIntegrationTests.randomLetters(q.length());
		int echoes = count(text(url + nowhere, viewer), nowhere);
		String answer = text(url + q, viewer);
		return count(answer, q) == echoes ? answer.replace(q, "") : answer;
	}

	private static int count(String text, String word) {
		return text.split(java.util.regex.Pattern.quote(word), -1).length - 1;
	}

	private String text(String url, String viewer) throws Exception {
		return mvc.perform(get(url).with(as(viewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.toLowerCase(Locale.ROOT);
	}

	private static RequestPostProcessor as(String viewer) {
		return set.viewers.get(viewer);
	}
}
