package org.agora.discussions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The threads API: the same rules, order and permission checks as the pages, errors as problem details. */
@SpringBootTest
@AutoConfigureMockMvc
class ThreadsApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	DiscussionsTestData data;

	DiscussionsTestData.Person leader;

	Space topic;

	@BeforeEach
	void setUp() {
		data = new DiscussionsTestData(jdbc);
		leader = data.leader("Api Leader");
		topic = data.space(SpaceKind.TOPIC);
	}

	@Test
	void aThreadIsCreatedWithTheServersAuthorAndTimes() throws Exception {
		var other = data.employee("Someone Else");
		create(leader, """
				{"space": "%s", "kind": "QUESTION", "title": "Api question", "body": "Why?", "tags": ["api-tag"],
				 "authorId": %d, "createdAt": "2001-01-01T00:00:00Z"}""".formatted(topic.slug(), other.id()))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern("/api/v1/threads/\\d+")))
			.andExpect(jsonPath("$.thread.authorId").value(leader.id()))
			.andExpect(jsonPath("$.thread.kind").value("QUESTION"))
			.andExpect(jsonPath("$.thread.tags[0]").value("api-tag"))
			.andExpect(jsonPath("$.thread.createdAt", not(matchesPattern("2001.*"))))
			.andExpect(jsonPath("$.opening.body").value("Why?"));

		create(leader, "{\"space\": \"" + topic.id() + "\", \"title\": \"By id\", \"body\": \"x\"}")
			.andExpect(status().isCreated()).andExpect(jsonPath("$.thread.kind").value("DISCUSSION"));
	}

	@Test
	void badInputIsAProblemNamingTheField() throws Exception {
		create(leader, "{\"space\": \"" + topic.slug() + "\", \"title\": \"\", \"body\": \"x\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("title"));
		create(leader, "{\"space\": \"" + topic.slug() + "\", \"title\": \"t\", \"body\": \"\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("body"));
		create(leader, "{\"space\": \"" + topic.slug() + "\", \"title\": \"t\", \"body\": \"x\", \"tags\": [\"!\"]}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("tags"));
		create(leader, "{\"title\": \"t\", \"body\": \"x\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("space"));
		create(data.employee("Api Employee"), "{\"space\": \"" + topic.slug() + "\", \"title\": \"t\", \"body\": \"x\", "
				+ "\"tags\": [\"" + DiscussionsTestData.unique("unknown").toLowerCase() + "\"]}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("tags"));
	}

	@Test
	void aPrivateSpaceIsNotFoundForOutsidersInTheApi() throws Exception {
		var secret = data.space(SpaceKind.PRIVATE);
		var outsider = data.employee("Api Outsider");
		long id = data.thread(secret, leader, ThreadKind.DISCUSSION, "Api secret", "x").id();

		create(outsider, "{\"space\": \"" + secret.slug() + "\", \"title\": \"t\", \"body\": \"x\"}")
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/threads/" + id).with(outsider.signedIn())).andExpect(status().isNotFound());
		reply(outsider, id, "{\"body\": \"in\"}").andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/threads").param("space", secret.slug()).with(outsider.signedIn()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/threads").with(outsider.signedIn()))
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) id))));
		mvc.perform(get("/api/v1/threads").param("space", secret.slug()).with(data.guest("Api Guest").signedIn()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theListIsFilteredAndNewestActivityFirst() throws Exception {
		long older = data.thread(topic, leader, ThreadKind.DISCUSSION, "Older", "x", "list-tag").id();
		long newer = data.thread(topic, leader, ThreadKind.QUESTION, "Newer", "x", "list-tag").id();
		jdbc.sql("update discussions_thread set last_activity_at = current_timestamp where id = :id").param("id", newer).update();
		long hidden = data.thread(topic, leader, ThreadKind.DISCUSSION, "Hidden", "x").id();
		data.set(hidden, "hidden", true);
		var reader = data.employee("List Reader");

		mvc.perform(get("/api/v1/threads").param("space", topic.slug()).with(reader.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[0].id").value(newer))
			.andExpect(jsonPath("$.items[1].id").value(older));
		mvc.perform(get("/api/v1/threads").param("space", Long.toString(topic.id())).param("kind", "QUESTION")
			.with(reader.signedIn())).andExpect(jsonPath("$.total").value(1));
		mvc.perform(get("/api/v1/threads").param("space", topic.slug()).with(leader.signedIn()))
			.andExpect(jsonPath("$.total").value(3));
		mvc.perform(get("/api/v1/threads").param("kind", "POEM").with(reader.signedIn()))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
	}

	@Test
	void aThreadReadsInThePagesOrderWithHiddenBodiesLeftOut() throws Exception {
		long id = data.thread(topic, leader, ThreadKind.QUESTION, "Api order", "Which?").id();
		var a = data.employee("Api Answerer");
		long low = data.replyAfter(id, a, "low", 10);
		long high = data.replyAfter(id, a, "high", 20);
		long hidden = data.replyAfter(id, a, "hidden words", 30);
		data.setPost(high, "score", 3);
		data.setPost(hidden, "hidden", true);
		var reader = data.employee("Api Reader");

		mvc.perform(get("/api/v1/threads/" + id).with(reader.signedIn())).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.posts[0].id").value(high))
			.andExpect(jsonPath("$.posts[1].id").value(low))
			.andExpect(jsonPath("$.posts[2].id").value(hidden))
			.andExpect(jsonPath("$.posts[2].body").value(nullValue()))
			.andExpect(jsonPath("$.posts[2].hidden").value(true));
		var moderator = data.employee("Api Moderator");
		data.moderator(topic, moderator);
		mvc.perform(get("/api/v1/threads/" + id).with(moderator.signedIn()))
			.andExpect(jsonPath("$.posts[2].body").value("hidden words"));
	}

	@Test
	void repliesFollowTheRules() throws Exception {
		long id = data.thread(topic, leader, ThreadKind.DISCUSSION, "Api replies", "x").id();
		long other = data.thread(topic, leader, ThreadKind.DISCUSSION, "Other", "x").id();
		var replier = data.employee("Api Replier");

		reply(replier, id, "{\"body\": \"api reply\", \"quoteOf\": " + data.openingPost(id) + "}")
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/threads/" + id + "?page=0"))
			.andExpect(jsonPath("$.authorId").value(replier.id()))
			.andExpect(jsonPath("$.quoteOf").value(data.openingPost(id)));
		reply(replier, id, "{\"body\": \"x\", \"quoteOf\": " + data.openingPost(other) + "}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("quoteOf"));
		reply(replier, id, "{\"body\": \"\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		data.set(id, "locked", true);
		reply(replier, id, "{\"body\": \"late\"}").andExpect(status().isConflict());
		assertThat(jdbc.sql("select count(*) from discussions_post where thread_id = :id and not opening").param("id", id)
			.query(Integer.class).single()).isOne();
	}

	private ResultActions create(DiscussionsTestData.Person who, String json) throws Exception {
		return mvc.perform(post("/api/v1/threads").with(who.signedIn()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private ResultActions reply(DiscussionsTestData.Person who, long id, String json) throws Exception {
		return mvc.perform(post("/api/v1/threads/" + id + "/posts").with(who.signedIn()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}
}
