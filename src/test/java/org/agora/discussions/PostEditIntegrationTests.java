package org.agora.discussions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Editing posts: who may, the revisions kept, stale forms, the history page and the mentions an edit adds. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class PostEditIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	DiscussionsTestData data;

	DiscussionsTestData.Person author;

	Space topic;

	@BeforeEach
	void setUp() {
		data = new DiscussionsTestData(jdbc);
		author = data.leader("Edit Author");
		topic = data.space(SpaceKind.TOPIC);
	}

	@Test
	void theAuthorEditsAnOpeningPostWithTitleAndTagsAndTheOldTextIsKept() throws Exception {
		long id = data.thread(topic, author, ThreadKind.DISCUSSION, "First title", "First body").id();
		long post = data.openingPost(id);

		mvc.perform(get("/discussions/posts/" + post + "/edit").with(author.signedIn())).andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"First title\"")))
			.andExpect(content().string(containsString(">First body</textarea>")));
		save(author, post, "Second title", "Second *body*", "edited-tag", 0).andExpect(status().is3xxRedirection());

		var thread = jdbc.sql("select title from discussions_thread where id = :id").param("id", id).query(String.class).single();
		assertThat(thread).isEqualTo("Second title");
		assertThat(jdbc.sql("select edit_count from discussions_post where id = :id").param("id", post).query(Integer.class).single())
			.isEqualTo(1);
		assertThat(jdbc.sql("select title || '|' || body from discussions_post_revision where post_id = :id").param("id", post)
			.query(String.class).list()).containsExactly("First title|First body");
		assertThat(jdbc.sql("select tag from discussions_thread_tag where thread_id = :id").param("id", id).query(String.class).list())
			.containsExactly("edited-tag");

		mvc.perform(get("/discussions/posts/" + post + "/history").with(data.employee("Reader").signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Second <em>body</em>")))
			.andExpect(content().string(containsString("First body")))
			.andExpect(content().string(containsString("Written by Edit Author")));
		String history = mvc.perform(get("/discussions/posts/" + post + "/history").with(author.signedIn()))
			.andReturn().getResponse().getContentAsString();
		assertThat(history.indexOf("Second <em>body</em>")).isLessThan(history.indexOf("First body"));
		mvc.perform(get("/discussions/t/" + id + "-second-title").with(author.signedIn()))
			.andExpect(content().string(containsString("href=\"/discussions/posts/" + post + "/history\"")));
	}

	@Test
	void aStaleFormSavesNothingAndKeepsTheTyping() throws Exception {
		long id = data.thread(topic, author, ThreadKind.DISCUSSION, "Stale", "Body").id();
		long reply = data.replyAfter(id, author, "Reply v0", 5);
		save(author, reply, null, "Reply v1", null, 0).andExpect(status().is3xxRedirection());

		save(author, reply, null, "My stale typing", null, 0).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("My stale typing")))
			.andExpect(content().string(containsString("Someone changed this post")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		assertThat(jdbc.sql("select body from discussions_post where id = :id").param("id", reply).query(String.class).single())
			.isEqualTo("Reply v1");
	}

	@Test
	void othersMayNotEditAndAModeratorMayEvenWhenLocked() throws Exception {
		long id = data.thread(topic, author, ThreadKind.DISCUSSION, "Guarded", "Body").id();
		long post = data.openingPost(id);
		var other = data.employee("Not The Author");

		mvc.perform(get("/discussions/posts/" + post + "/edit").with(other.signedIn())).andExpect(status().isForbidden());
		save(other, post, "Taken over", "Mine now", "", 0).andExpect(status().isForbidden());

		data.set(id, "locked", true);
		save(author, post, "Locked", "Locked edit", "", 0).andExpect(status().isForbidden());
		var moderator = data.employee("Edit Moderator");
		data.moderator(topic, moderator);
		save(moderator, post, "Guarded", "Moderated text", "", 0).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select written_by from discussions_post_revision where post_id = :id").param("id", post)
			.query(Long.class).single()).isEqualTo(author.id());

		var secret = data.space(SpaceKind.PRIVATE);
		long hidden = data.thread(secret, author, ThreadKind.DISCUSSION, "Secret", "x").openingPostId();
		mvc.perform(get("/discussions/posts/" + hidden + "/edit").with(other.signedIn())).andExpect(status().isNotFound());
		mvc.perform(get("/discussions/posts/" + hidden + "/history").with(other.signedIn())).andExpect(status().isNotFound());
	}

	@Test
	void badInputIsRefused() throws Exception {
		long id = data.thread(topic, author, ThreadKind.DISCUSSION, "Bad input", "Body").id();
		long post = data.openingPost(id);
		save(author, post, " ", "Body", "", 0).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Give the thread a title.")));
		save(author, post, "Bad input", "", "", 0).andExpect(status().isBadRequest());
		save(author, post, "Bad input", "Body", "x", 0).andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select edit_count from discussions_post where id = :id").param("id", post).query(Integer.class).single())
			.isZero();
	}

	@Test
	void anEditPublishesOnlyTheNewlyMentioned() throws Exception {
		var old = data.employee("Old Mention");
		var fresh = data.employee("Fresh Mention");
		long id = data.thread(topic, author, ThreadKind.DISCUSSION, "Mentioning", "x").id();
		long reply = data.replyAfter(id, author, "hi", 5);
		save(author, reply, null, "hi @" + old.handle(), null, 0).andExpect(status().is3xxRedirection());
		save(author, reply, null, "hi @" + old.handle() + " and @" + fresh.handle(), null, 1)
			.andExpect(status().is3xxRedirection());

		assertThat(events.stream(PostEdited.class).filter(e -> e.postId() == reply).map(PostEdited::newlyMentionedIds))
			.containsExactly(java.util.List.of(old.id()), java.util.List.of(fresh.id()));
	}

	private ResultActions save(DiscussionsTestData.Person who, long post, String title, String body, String tags,
			int version) throws Exception {
		var request = post("/discussions/posts/" + post + "/edit").with(who.signedIn()).with(csrf())
			.param("body", body).param("version", Integer.toString(version));
		if (title != null) {
			request.param("title", title);
		}
		if (tags != null) {
			request.param("tags", tags);
		}
		return mvc.perform(request);
	}
}
