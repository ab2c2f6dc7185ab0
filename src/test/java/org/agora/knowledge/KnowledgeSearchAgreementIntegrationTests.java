package org.agora.knowledge;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.agora.discussions.SpaceFixtures.TestPerson;
import org.agora.platform.search.SearchAccess;
import org.agora.platform.search.SearchableChanged;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The search source says what the policy says: for every kind of viewer, the articles whose access keys the viewer
 * holds are those {@code visible()} returns and those the article's page opens, and each change is announced.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class KnowledgeSearchAgreementIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ArticleEditor editor;

	@Autowired
	ArticleWorkflow workflow;

	@Autowired
	KnowledgeSearchSource source;

	@Autowired
	ApplicationEvents events;

	@Test
	void keysVisibilityAndPagesAgreeForEveryViewer() throws Exception {
		var data = new KnowledgeTestData(jdbc, editor, workflow);
		var owner = data.leader("Search owner");
		var contributor = data.employee("Search contributor");
		var reviewer = data.leader("Search reviewer");
		long draft = data.draft(owner, "Search draft", contributor);
		long inReview = data.inReview(owner, "Search review", reviewer);
		long published = data.published(owner, "Search published");
		long archived = data.published(owner, "Search archived");
		workflow.move(owner.principal(), archived, Transition.ARCHIVE, ArticleWorkflow.Move.none());
		long template = jdbc.sql("select min(id) from knowledge_article where toolkit_slug is not null")
			.query(Long.class).single();
		var ids = List.of(draft, inReview, published, archived, template);

		Map<String, TestPerson> viewers = new LinkedHashMap<>();
		viewers.put("owner", owner);
		viewers.put("contributor", contributor);
		viewers.put("reviewer", reviewer);
		viewers.put("employee", data.employee("Search employee"));
		viewers.put("leader", data.leader("Search leader"));
		viewers.put("manager", data.manager("Search manager"));
		viewers.put("admin", data.admin("Search admin"));
		viewers.put("guest", data.guest("Search guest"));

		var documents = source.find(ids);
		assertThat(documents).hasSize(ids.size());
		for (var entry : viewers.entrySet()) {
			var viewer = entry.getValue().principal();
			Set<String> keys = new HashSet<>(SearchAccess.baseKeys(viewer));
			keys.addAll(source.keys(viewer));
			Set<Long> byKeys = documents.stream()
				.filter(d -> d.access().stream().anyMatch(keys::contains))
				.map(d -> d.id())
				.collect(Collectors.toSet());
			Set<Long> byPages = new HashSet<>();
			for (long id : ids) {
				int status = mvc.perform(get("/api/v1/articles/" + id).with(entry.getValue().signedIn()))
					.andReturn().getResponse().getStatus();
				if (status == 200) {
					byPages.add(id);
				}
			}
			assertThat(source.visible(viewer, ids)).as(entry.getKey() + ": visible()").isEqualTo(byKeys);
			assertThat(byPages).as(entry.getKey() + ": pages").isEqualTo(byKeys);
		}
		assertThat(source.visible(viewers.get("employee").principal(), ids))
			.containsExactlyInAnyOrder(published, archived, template);
		assertThat(source.visible(viewers.get("contributor").principal(), ids))
			.containsExactlyInAnyOrder(draft, published, archived, template);
		assertThat(source.visible(viewers.get("guest").principal(), ids)).isEmpty();
	}

	@Test
	void documentsCarryTextTypeAndPathAndEveryChangeIsAnnounced() {
		var data = new KnowledgeTestData(jdbc, editor, workflow);
		var owner = data.leader("Indexed owner");
		long id = data.published(owner, "Indexed article");

		var document = source.find(List.of(id)).get(0);
		assertThat(document.type()).isEqualTo("article");
		assertThat(document.kind()).isEqualTo("BEST_PRACTICE");
		assertThat(document.path()).isEqualTo("/knowledge/a/" + id + "-indexed-article");
		assertThat(document.body()).contains("Summary of Indexed article", "The body of Indexed article");
		assertThat(document.access()).containsExactly(SearchAccess.ORGANIZATION);
		assertThat(events.stream(SearchableChanged.class)
			.filter(e -> e.type().equals("article") && e.ids().contains(id))).hasSize(2);
		assertThat(source.count()).isPositive();
	}
}
