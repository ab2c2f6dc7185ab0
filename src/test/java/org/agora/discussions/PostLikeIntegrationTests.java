package org.agora.discussions;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Likes: counted once per person, never on one's own post, as a form post or an htmx fragment. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class PostLikeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void likingTwiceCountsOnceAndUnlikingTakesItBack() throws Exception {
		var data = new DiscussionsTestData(jdbc);
		var author = data.leader("Liked Author");
		var fan = data.employee("Fan");
		long id = data.thread(data.space(SpaceKind.TOPIC), author, ThreadKind.DISCUSSION, "Likeable", "x").id();
		long post = data.openingPost(id);

		mvc.perform(post("/discussions/posts/" + post + "/like").with(fan.signedIn()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/discussions/posts/" + post + "/like").with(fan.signedIn()).with(csrf())
			.header("HX-Request", "true")).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"like-" + post + "\"")))
			.andExpect(content().string(containsString("aria-pressed=\"true\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<html"))));
		assertThat(likes(post)).isOne();
		assertThat(events.stream(PostLiked.class).filter(e -> e.postId() == post)).singleElement()
			.satisfies(e -> assertThat(e.likedBy()).isEqualTo(fan.id()));

		mvc.perform(post("/discussions/posts/" + post + "/unlike").with(fan.signedIn()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/discussions/posts/" + post + "/unlike").with(fan.signedIn()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(likes(post)).isZero();
	}

	@Test
	void nobodyLikesTheirOwnPostOrWhatTheyCannotSee() throws Exception {
		var data = new DiscussionsTestData(jdbc);
		var author = data.leader("Own Author");
		long post = data.thread(data.space(SpaceKind.TOPIC), author, ThreadKind.DISCUSSION, "Own", "x").openingPostId();
		mvc.perform(post("/discussions/posts/" + post + "/like").with(author.signedIn()).with(csrf()))
			.andExpect(status().isBadRequest());
		assertThat(likes(post)).isZero();

		long secret = data.thread(data.space(SpaceKind.PRIVATE), author, ThreadKind.DISCUSSION, "S", "x").openingPostId();
		mvc.perform(post("/discussions/posts/" + secret + "/like").with(data.employee("Outsider").signedIn()).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(likes(secret)).isZero();
	}

	private int likes(long post) {
		return jdbc.sql("select like_count from discussions_post where id = :id").param("id", post).query(Integer.class).single();
	}
}
