package org.agora.knowledge;

import org.agora.discussions.SpaceFixtures;
import org.agora.discussions.SpaceFixtures.TestPerson;
import org.agora.discussions.SpaceKind;
import org.agora.discussions.ThreadKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Harvesting: a solved question or a chosen post becomes a draft quoting it, only from threads the leader sees. */
@SpringBootTest
@AutoConfigureMockMvc
class HarvestIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	SpaceFixtures fixtures;

	TestPerson leader;

	TestPerson asker;

	TestPerson answerer;

	@BeforeEach
	void setUp() {
		fixtures = new SpaceFixtures(jdbc);
		leader = fixtures.leader("Harvester " + KnowledgeTestData.unique());
		asker = fixtures.employee("Asker " + KnowledgeTestData.unique());
		answerer = fixtures.employee("Answerer " + KnowledgeTestData.unique());
	}

	@Test
	void aSolvedQuestionBecomesADraftQuotingTheAcceptedAnswerWithAttribution() throws Exception {
		var space = fixtures.space(SpaceKind.TOPIC, "Open space " + KnowledgeTestData.unique());
		var thread = fixtures.thread(space, asker, ThreadKind.QUESTION, "How do we keep retirees' know-how?",
				java.time.Duration.ofDays(1), "retention");
		long answer = fixtures.reply(thread, answerer, "Start a year ahead.\n\nShadow them.");
		jdbc.sql("update discussions_thread set accepted_post_id = :post where id = :id").param("post", answer)
			.param("id", thread.id()).update();

		harvest(leader, thread.id(), null).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.type").value("HOW_TO"))
			.andExpect(jsonPath("$.title").value("How do we keep retirees' know-how?"))
			.andExpect(jsonPath("$.body", containsString("**Question**, asked by " + asker.name())))
			.andExpect(jsonPath("$.body", containsString("> The text of How do we keep retirees' know-how?")))
			.andExpect(jsonPath("$.body", containsString("**Accepted answer**, by " + answerer.name())))
			.andExpect(jsonPath("$.body", containsString("> Start a year ahead.\n>\n> Shadow them.")))
			.andExpect(jsonPath("$.body", containsString("(" + thread.path() + ")")))
			.andExpect(jsonPath("$.sourceThreadId").value(thread.id()))
			.andExpect(jsonPath("$.spaceId").value(space.id()))
			.andExpect(jsonPath("$.tags[0]").value("retention"));
	}

	@Test
	void aChosenPostOfADiscussionIsQuotedAndThePageButtonOpensTheEditor() throws Exception {
		var space = fixtures.space(SpaceKind.TOPIC, "Discussion space " + KnowledgeTestData.unique());
		var thread = fixtures.thread(space, asker, "Community rituals");
		long post = fixtures.reply(thread, answerer, "Monthly show-and-tell works.");

		harvest(leader, thread.id(), post).andExpect(status().isCreated())
			.andExpect(jsonPath("$.type").value("INSIGHT"))
			.andExpect(jsonPath("$.body", containsString("> Monthly show-and-tell works.")));
		harvest(leader, thread.id(), 999_999_999L).andExpect(status().isNotFound());

		mvc.perform(get(thread.path()).with(leader.signedIn()))
			.andExpect(content().string(containsString("id=\"harvest-button\"")));
		mvc.perform(get(thread.path()).with(asker.signedIn()))
			.andExpect(content().string(not(containsString("id=\"harvest-button\""))));
		mvc.perform(post("/knowledge/harvest").param("thread", Long.toString(thread.id())).with(leader.signedIn())
			.with(csrf())).andExpect(redirectedUrlPattern("/knowledge/a/*/edit"));
	}

	@Test
	void aPrivateThreadIsHarvestedOnlyByItsMembersAndKeepsItsSpaceOut() throws Exception {
		var circle = fixtures.space(SpaceKind.PRIVATE, "Circle " + KnowledgeTestData.unique());
		var thread = fixtures.thread(circle, asker, "A private matter");
		var member = fixtures.leader("Member " + KnowledgeTestData.unique());
		fixtures.member(circle, member);

		harvest(leader, thread.id(), null).andExpect(status().isNotFound());
		mvc.perform(post("/knowledge/harvest").param("thread", Long.toString(thread.id())).with(leader.signedIn())
			.with(csrf())).andExpect(status().isNotFound());
		harvest(member, thread.id(), null).andExpect(status().isCreated())
			.andExpect(jsonPath("$.spaceId").value(nullValue()));
	}

	@Test
	void employeesDoNotHarvest() throws Exception {
		var space = fixtures.space(SpaceKind.TOPIC, "Employee space " + KnowledgeTestData.unique());
		var thread = fixtures.thread(space, asker, "Not for employees");
		harvest(asker, thread.id(), null).andExpect(status().isForbidden());
	}

	private ResultActions harvest(TestPerson who, long thread, Long post) throws Exception {
		return mvc.perform(post("/api/v1/articles/harvest").with(who.signedIn()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"thread\": " + thread + (post == null ? "" : ", \"post\": " + post) + "}"));
	}
}
