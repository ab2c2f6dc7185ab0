package org.agora.discussions;

import java.nio.charset.StandardCharsets;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * People follow spaces, tags and threads they may see, in pages and through the API; what they follow is listed
 * while they still see it, and a private space cannot be followed from outside.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FollowIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Follows follows;

	DiscussionsTestData fixtures;

	DiscussionsTestData.Person reader;

	@BeforeEach
	void aReader() {
		fixtures = new DiscussionsTestData(jdbc);
		reader = fixtures.employee("Rina Reader");
	}

	@Test
	void aSpaceIsFollowedAndUnfollowedFromItsPage() throws Exception {
		var space = fixtures.space(SpaceKind.TOPIC, "Followed " + DiscussionsTestData.unique());

		perform(post(space.path() + "/follow").with(reader.signedIn()), 302);
		assertThat(follows.isFollowing(reader.id(), FollowTarget.SPACE, Long.toString(space.id()))).isTrue();
		assertThat(perform(get(space.path()).with(reader.signedIn()), 200)).contains("aria-pressed=\"true\"");
		assertThat(perform(get("/discussions/following").with(reader.signedIn()), 200)).contains(space.name());

		perform(post(space.path() + "/unfollow").param("back", "following").with(reader.signedIn()), 302);
		assertThat(follows.isFollowing(reader.id(), FollowTarget.SPACE, Long.toString(space.id()))).isFalse();
	}

	@Test
	void aTagPageListsVisibleThreadsWithTheTagAndIsFollowed() throws Exception {
		String tag = DiscussionsTestData.unique("t");
		var topic = fixtures.space(SpaceKind.TOPIC, "Tagged " + DiscussionsTestData.unique());
		var closed = fixtures.space(SpaceKind.PRIVATE, "Closed " + DiscussionsTestData.unique());
		var author = fixtures.leader("Tali Tagger");
		var open = fixtures.thread(topic, author, "Open with tag", tag);
		var secret = fixtures.thread(closed, author, "Secret with tag", tag);
		var hidden = fixtures.thread(topic, author, "Hidden with tag", tag);
		fixtures.set(hidden.id(), "hidden", true);

		String page = perform(get("/discussions/tags/" + tag.toUpperCase()).with(reader.signedIn()), 200);
		assertThat(page).contains("thread-" + open.id(), topic.name())
			.doesNotContain("thread-" + secret.id(), "thread-" + hidden.id());

		perform(post("/discussions/tags/" + tag + "/follow").with(reader.signedIn()), 302);
		assertThat(follows.followed(reader.id(), FollowTarget.TAG)).containsExactly(tag);
		assertThat(perform(get("/discussions/following").with(reader.signedIn()), 200)).contains("#" + tag);
		perform(post("/discussions/tags/" + tag + "/unfollow").with(reader.signedIn()), 302);
		assertThat(follows.followed(reader.id(), FollowTarget.TAG)).isEmpty();
		perform(get("/discussions/tags/" + "<b>").with(reader.signedIn()), 404);
	}

	@Test
	void theApiFollowsWhatOneSeesAndRefusesTheRest() throws Exception {
		var topic = fixtures.space(SpaceKind.TOPIC, "Api topic " + DiscussionsTestData.unique());
		var closed = fixtures.space(SpaceKind.PRIVATE, "Api closed " + DiscussionsTestData.unique());
		var author = fixtures.leader("Avi Author");
		var thread = fixtures.thread(topic, author, "Api thread " + DiscussionsTestData.unique());
		var secret = fixtures.thread(closed, author, "Api secret " + DiscussionsTestData.unique());
		String tag = DiscussionsTestData.unique("t");

		assertThat(json(post("/api/v1/discussions/follows"), "{\"kind\":\"space\",\"target\":\"" + topic.slug() + "\"}",
				201)).contains("\"target\":\"" + topic.id() + "\"");
		json(post("/api/v1/discussions/follows"), "{\"kind\":\"THREAD\",\"target\":\"" + thread.id() + "\"}", 201);
		json(post("/api/v1/discussions/follows"), "{\"kind\":\"TAG\",\"target\":\"" + tag + "\"}", 201);
		json(post("/api/v1/discussions/follows"), "{\"kind\":\"SPACE\",\"target\":\"" + closed.slug() + "\"}", 404);
		json(post("/api/v1/discussions/follows"), "{\"kind\":\"THREAD\",\"target\":\"" + secret.id() + "\"}", 404);
		assertThat(json(post("/api/v1/discussions/follows"), "{\"kind\":\"PERSON\",\"target\":\"1\"}", 400))
			.contains("\"field\":\"kind\"");
		assertThat(json(post("/api/v1/discussions/follows"), "{\"kind\":\"TAG\",\"target\":\"<b>\"}", 400))
			.contains("\"field\":\"tags\"");

		String mine = perform(get("/api/v1/discussions/follows").with(reader.signedIn()), 200);
		assertThat(mine).contains(topic.slug(), thread.title(), tag).doesNotContain(secret.title());

		json(delete("/api/v1/discussions/follows"), "{\"kind\":\"THREAD\",\"target\":\"" + thread.id() + "\"}", 204);
		assertThat(perform(get("/api/v1/discussions/follows").with(reader.signedIn()), 200))
			.doesNotContain(thread.title());
	}

	@Test
	void aThreadOneNoLongerSeesDropsFromTheListButCanBeUnfollowed() throws Exception {
		var closed = fixtures.space(SpaceKind.PRIVATE, "Was member " + DiscussionsTestData.unique());
		fixtures.member(closed, reader);
		var thread = fixtures.thread(closed, reader, "Once mine " + DiscussionsTestData.unique());
		follows.follow(reader.id(), FollowTarget.THREAD, Long.toString(thread.id()));
		assertThat(perform(get("/discussions/following").with(reader.signedIn()), 200)).contains(thread.title());

		jdbc.sql("delete from discussions_space_member where space_id = :space").param("space", closed.id()).update();

		assertThat(perform(get("/discussions/following").with(reader.signedIn()), 200))
			.doesNotContain(thread.title());
		perform(post("/discussions/following/threads/" + thread.id() + "/unfollow").with(reader.signedIn()), 302);
		assertThat(follows.followed(reader.id(), FollowTarget.THREAD)).isEmpty();
	}

	@Test
	void theFollowingPageSpeaksHebrew() throws Exception {
		assertThat(perform(get("/discussions/following").param("lang", "he").with(reader.signedIn()), 200))
			.contains("dir=\"rtl\"", "במעקב שלי");
	}

	private String json(MockHttpServletRequestBuilder request, String body, int expected) throws Exception {
		return perform(request.contentType(MediaType.APPLICATION_JSON).content(body).with(reader.signedIn()),
				expected);
	}

	private String perform(MockHttpServletRequestBuilder request, int expected) throws Exception {
		return mvc.perform(request.with(csrf()))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
