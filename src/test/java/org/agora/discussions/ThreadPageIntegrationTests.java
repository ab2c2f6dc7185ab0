package org.agora.discussions;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The thread page: its address, banners, order and pages of replies, hidden posts, and following. */
@SpringBootTest
@AutoConfigureMockMvc
class ThreadPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	DiscussionsTestData data;

	DiscussionsTestData.Person author;

	Space topic;

	@BeforeEach
	void setUp() {
		data = new DiscussionsTestData(jdbc);
		author = data.leader("Page Author");
		topic = data.space(SpaceKind.TOPIC);
	}

	@Test
	void theCanonicalAddressIsShownAndOthersRedirectKeepingThePage() throws Exception {
		long id = data.thread(topic, author, ThreadKind.DISCUSSION, "Where are we?", "Body").id();

		mvc.perform(get("/discussions/t/" + id + "-where-are-we").with(author.signedIn())).andExpect(status().isOk());
		mvc.perform(get("/discussions/t/" + id).with(author.signedIn())).andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/discussions/t/" + id + "-where-are-we"));
		mvc.perform(get("/discussions/t/" + id + "-wrong").param("page", "2").with(author.signedIn()))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/discussions/t/" + id + "-where-are-we?page=2"));
		mvc.perform(get("/discussions/t/nothing").with(author.signedIn())).andExpect(status().isNotFound());
		mvc.perform(get("/discussions/t/99999999-none").with(author.signedIn())).andExpect(status().isNotFound());
	}

	@Test
	void aHebrewTitleHasAHebrewAddress() throws Exception {
		long id = data.thread(topic, author, ThreadKind.DISCUSSION, "שימור ידע", "גוף").id();
		mvc.perform(get("/discussions/t/" + id).with(author.signedIn())).andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/discussions/t/" + id + "-%D7%A9%D7%99%D7%9E%D7%95%D7%A8-%D7%99%D7%93%D7%A2"));
		mvc.perform(get("/discussions/t/" + id + "-שימור-ידע").with(author.signedIn()).header("Accept-Language", "he"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dir=\"rtl\"")))
			.andExpect(content().string(containsString("id=\"thread-title\">שימור ידע</h1>")));
	}

	@Test
	void thePageShowsTitleKindSpaceTagsAndPosts() throws Exception {
		long id = data.thread(topic, author, ThreadKind.DISCUSSION, "Shown thread", "Opening **words**", "maps").id();
		var replier = data.employee("Rita Replier");
		long reply = data.replyAfter(id, replier, "A reply", 60);

		mvc.perform(get("/discussions/t/" + id + "-shown-thread").with(replier.signedIn())).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"thread-kind\">Discussion</span>")))
			.andExpect(content().string(containsString("href=\"" + topic.path() + "\" dir=\"auto\" id=\"space-link\"")))
			.andExpect(content().string(containsString("href=\"/discussions/tags/maps\"")))
			.andExpect(content().string(containsString("Opening <strong>words</strong>")))
			.andExpect(content().string(containsString("href=\"/people/" + replier.id() + "\"")))
			.andExpect(content().string(containsString("id=\"post-" + reply + "\"")))
			.andExpect(content().string(containsString("id=\"like-button-" + data.openingPost(id) + "\"")))
			.andExpect(content().string(not(containsString("id=\"like-button-" + reply + "\""))))
			.andExpect(content().string(containsString("id=\"edit-" + reply + "\"")))
			.andExpect(content().string(not(containsString("id=\"edit-" + data.openingPost(id) + "\""))))
			.andExpect(content().string(containsString("id=\"reply-form\"")));
	}

	@Test
	void answersComeAcceptedFirstThenByScoreThenInTime() throws Exception {
		long id = data.thread(topic, author, ThreadKind.QUESTION, "Ordered question", "Which?").id();
		var a = data.employee("Answerer");
		long early = data.replyAfter(id, a, "early low", 10);
		long high = data.replyAfter(id, a, "high score", 20);
		long late = data.replyAfter(id, a, "late low", 30);
		long accepted = data.replyAfter(id, a, "accepted one", 40);
		data.setPost(high, "score", 5);
		data.set(id, "accepted_post_id", accepted);

		String page = mvc.perform(get("/discussions/t/" + id + "-ordered-question").with(author.signedIn()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page.indexOf("id=\"post-" + accepted + "\"")).isLessThan(page.indexOf("id=\"post-" + high + "\""));
		assertThat(page.indexOf("id=\"post-" + high + "\"")).isLessThan(page.indexOf("id=\"post-" + early + "\""));
		assertThat(page.indexOf("id=\"post-" + early + "\"")).isLessThan(page.indexOf("id=\"post-" + late + "\""));
	}

	@Test
	void repliesComeInTimeOrderTwentyAPageWithTheOpeningPostOnEveryPage() throws Exception {
		long id = data.thread(topic, author, ThreadKind.DISCUSSION, "Paged", "OPENING-TEXT").id();
		var r = data.employee("Pager");
		long[] ids = new long[25];
		for (int i = 0; i < 25; i++) {
			ids[i] = data.replyAfter(id, r, "reply number " + i, 100 - i);
		}
		// written in reverse time: the last written is the first in time
		String first = page(id, "paged", 0, author);
		assertThat(first).contains("OPENING-TEXT", "id=\"post-" + ids[24] + "\"", "rel=\"next\"", "Page 1 of 2")
			.doesNotContain("id=\"post-" + ids[0] + "\"");
		assertThat(first.indexOf("id=\"post-" + ids[24] + "\"")).isLessThan(first.indexOf("id=\"post-" + ids[23] + "\""));
		String second = page(id, "paged", 1, author);
		assertThat(second).contains("OPENING-TEXT", "id=\"post-" + ids[0] + "\"", "rel=\"prev\"")
			.doesNotContain("id=\"post-" + ids[24] + "\"");
	}

	@Test
	void aNewReplyOnALaterPageIsWhereTheRedirectPoints() throws Exception {
		long id = data.thread(topic, author, ThreadKind.DISCUSSION, "Long", "x").id();
		var r = data.employee("Filler");
		for (int i = 0; i < 20; i++) {
			data.replyAfter(id, r, "filler " + i, i + 1);
		}
		String location = mvc.perform(post("/discussions/t/" + id + "/posts").with(author.signedIn()).with(csrf())
			.param("body", "on page two")).andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getHeader("Location");
		assertThat(location).startsWith("/discussions/t/" + id + "-long?page=1#post-");
	}

	@Test
	void bannersTellPinnedLockedAndDuplicate() throws Exception {
		long original = data.thread(topic, author, ThreadKind.QUESTION, "Original question", "x").id();
		long id = data.thread(topic, author, ThreadKind.QUESTION, "Copy", "x").id();
		data.set(id, "pinned", true);
		data.set(id, "locked", true);
		data.set(id, "closed", true);
		data.set(id, "duplicate_of", original);
		var reader = data.employee("Reader");

		mvc.perform(get("/discussions/t/" + id + "-copy").with(reader.signedIn())).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"banner-pinned\"")))
			.andExpect(content().string(containsString("id=\"banner-locked\"")))
			.andExpect(content().string(containsString("href=\"/discussions/t/" + original + "-original-question\"")))
			.andExpect(content().string(containsString("id=\"reply-refused\"")))
			.andExpect(content().string(not(containsString("id=\"reply-form\""))));
	}

	@Test
	void anAnsweredQuestionTellsHowSoon() throws Exception {
		long id = data.thread(topic, author, ThreadKind.QUESTION, "Quick", "x").id();
		Instant created = jdbc.sql("select created_at from discussions_thread where id = :id").param("id", id)
			.query(Timestamp.class).single().toInstant();
		data.set(id, "first_answer_at", Timestamp.from(created.plusSeconds(3 * 3600 + 60)));
		mvc.perform(get("/discussions/t/" + id + "-quick").with(author.signedIn()))
			.andExpect(content().string(containsString("Answered within 3 hours")));
		data.set(id, "first_answer_at", Timestamp.from(created.plusSeconds(25 * 60)));
		mvc.perform(get("/discussions/t/" + id + "-quick").with(author.signedIn()))
			.andExpect(content().string(containsString("Answered within 25 minutes")));
	}

	@Test
	void hiddenPostsAreAPlaceholderToOthersAndMarkedForTheAuthorAndModerators() throws Exception {
		long id = data.thread(topic, author, ThreadKind.DISCUSSION, "Hidden post", "x").id();
		var writer = data.employee("Hidden Writer");
		long post = data.replyAfter(id, writer, "SECRET-WORDS", 5);
		data.setPost(post, "hidden", true);
		var other = data.employee("Other Reader");
		var moderator = data.employee("Space Moderator");
		data.moderator(topic, moderator);

		mvc.perform(get("/discussions/t/" + id + "-hidden-post").with(other.signedIn()))
			.andExpect(content().string(not(containsString("SECRET-WORDS"))))
			.andExpect(content().string(containsString("id=\"post-" + post + "-placeholder\"")));
		mvc.perform(get("/discussions/t/" + id + "-hidden-post").with(writer.signedIn()))
			.andExpect(content().string(containsString("SECRET-WORDS")))
			.andExpect(content().string(containsString("id=\"post-" + post + "-hidden\"")));
		mvc.perform(get("/discussions/t/" + id + "-hidden-post").with(moderator.signedIn()))
			.andExpect(content().string(containsString("SECRET-WORDS")));
	}

	@Test
	void aHiddenThreadIsNotFoundForOthers() throws Exception {
		long id = data.thread(topic, author, ThreadKind.DISCUSSION, "Hidden thread", "x").id();
		data.set(id, "hidden", true);
		mvc.perform(get("/discussions/t/" + id + "-hidden-thread").with(data.employee("Nosy").signedIn()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/discussions/t/" + id + "-hidden-thread").with(author.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"banner-hidden\"")));
	}

	@Test
	void aQuotedPostShowsItsAuthorAndFirstWords() throws Exception {
		long id = data.thread(topic, author, ThreadKind.DISCUSSION, "Quoting", "The **original** words " + "more ".repeat(100) + "TAIL-MARK").id();
		var r = data.employee("Quoter");
		long reply = data.replyAfter(id, r, "I agree", 10);
		data.setPost(reply, "quote_of", data.openingPost(id));

		String page = page(id, "quoting", 0, r);
		String quote = page.substring(page.indexOf("id=\"post-" + reply + "-quote\""));
		quote = quote.substring(0, quote.indexOf("</blockquote>"));
		assertThat(quote).contains("Page Author wrote:", "The original words").doesNotContain("TAIL-MARK", "<strong>");
	}

	@Test
	void followingAndUnfollowing() throws Exception {
		long id = data.thread(topic, author, ThreadKind.DISCUSSION, "Follow me", "x").id();
		var reader = data.employee("Follower");
		mvc.perform(post("/discussions/t/" + id + "/follow").with(reader.signedIn()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/discussions/t/" + id + "-follow-me").with(reader.signedIn()))
			.andExpect(content().string(containsString("Stop following")));
		mvc.perform(post("/discussions/t/" + id + "/unfollow").with(reader.signedIn()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/discussions/t/" + id + "-follow-me").with(reader.signedIn()))
			.andExpect(content().string(containsString("Follow thread")));

		var secret = data.space(SpaceKind.PRIVATE);
		long hiddenAway = data.thread(secret, author, ThreadKind.DISCUSSION, "Private", "x").id();
		mvc.perform(post("/discussions/t/" + hiddenAway + "/follow").with(reader.signedIn()).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aPrivateThreadIsReadByItsMembersAndCommunityManagersOnly() throws Exception {
		var secret = data.space(SpaceKind.PRIVATE);
		var member = data.employee("Private Member");
		data.member(secret, member);
		long id = data.thread(secret, member, ThreadKind.DISCUSSION, "Members talk", "x").id();

		for (var insider : java.util.List.of(member, data.manager("Community Manager"))) {
			mvc.perform(get("/discussions/t/" + id + "-members-talk").with(insider.signedIn())).andExpect(status().isOk());
			mvc.perform(get("/api/v1/threads/" + id).with(insider.signedIn())).andExpect(status().isOk());
		}
		for (var outsider : java.util.List.of(data.leader("Other Leader"), data.guest("Other Guest"))) {
			mvc.perform(get("/discussions/t/" + id + "-members-talk").with(outsider.signedIn()))
				.andExpect(status().isNotFound());
			mvc.perform(get("/api/v1/threads/" + id).with(outsider.signedIn())).andExpect(status().isNotFound());
		}
	}

	@Test
	void aGuestOutsideTheSpaceFindsNothing() throws Exception {
		long id = data.thread(topic, author, ThreadKind.DISCUSSION, "Topic thread", "x").id();
		mvc.perform(get("/discussions/t/" + id + "-topic-thread").with(data.guest("Guest").signedIn()))
			.andExpect(status().isNotFound());
	}

	private String page(long id, String slug, int page, DiscussionsTestData.Person viewer) throws Exception {
		return mvc.perform(get("/discussions/t/" + id + "-" + slug).param("page", Integer.toString(page))
			.with(viewer.signedIn())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}
}
