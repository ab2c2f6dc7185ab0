package org.agora.discussions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.agora.platform.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Anyone who sees a post flags it once while the flag is open, never their own; the queue shows a moderator only the
 * flags of the spaces they moderate (managers all), where they dismiss the flags or hide the post; flag notes render
 * as inert text.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class FlagIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents published;

	@Autowired
	Flags flagService;

	DiscussionsTestData fx;

	DiscussionsTestData.Person author;

	DiscussionsTestData.Person flagger;

	DiscussionsTestData.Person moderator;

	Space space;

	DiscussionsTestData.Thread thread;

	long reply;

	@BeforeEach
	void aPostInAModeratedSpace() {
		fx = new DiscussionsTestData(jdbc);
		author = fx.employee("Asa Author");
		flagger = fx.employee("Fay Flagger");
		moderator = fx.leader("Mia Moderator");
		space = fx.space(SpaceKind.TOPIC);
		fx.moderator(space, moderator);
		thread = fx.discussion(space, author, "Lunch and learn " + DiscussionsTestData.unique());
		reply = fx.reply(thread, author, "Reply text " + DiscussionsTestData.unique());
	}

	@Test
	void aFlagFromThePageReachesTheQueueAndPublishesAnEvent() throws Exception {
		mvc.perform(post("/discussions/posts/{id}/flag", reply).param("reason", "SPAM")
			.with(flagger.signedIn())
			.with(csrf())).andExpect(status().is3xxRedirection());

		assertThat(published.stream(PostFlagged.class).filter(e -> e.postId() == reply)).singleElement()
			.satisfies(e -> {
				assertThat(e.reason()).isEqualTo("SPAM");
				assertThat(e.flaggedBy()).isEqualTo(flagger.id());
				assertThat(e.authorId()).isEqualTo(author.id());
			});
		String queue = page("/discussions/moderation", moderator);
		assertThat(queue).contains("id=\"flagged-" + reply + "\"", "Spam or advertising", "Fay Flagger",
				thread.title());
	}

	@Test
	void aSecondOpenFlagIsAConflictButAfterADecisionThePersonMayFlagAgain() throws Exception {
		flag(flagger, reply, "{\"reason\": \"OFF_TOPIC\"}").andExpect(status().isCreated())
			.andExpect(jsonPath("$.reason").value("OFF_TOPIC"));
		flag(flagger, reply, "{\"reason\": \"SPAM\"}").andExpect(status().isConflict());
		mvc.perform(post("/discussions/posts/{id}/flag", reply).param("reason", "SPAM")
			.with(flagger.signedIn())
			.with(csrf())).andExpect(status().isConflict());
		assertThat(openFlags(reply)).isEqualTo(1);

		mvc.perform(post("/discussions/posts/{id}/flags/dismiss", reply).with(moderator.signedIn()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(openFlags(reply)).isZero();
		flag(flagger, reply, "{\"reason\": \"SPAM\"}").andExpect(status().isCreated());
	}

	@Test
	void oneFlaggerClickingManyTimesAtOnceLeavesOneOpenFlag() throws Exception {
		var start = new java.util.concurrent.CountDownLatch(1);
		var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			var results = new java.util.ArrayList<java.util.concurrent.Future<Long>>();
			for (int i = 0; i < 6; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return flagService.flag(flagger.user(), reply, "SPAM", null);
				}));
			}
			start.countDown();
			for (var result : results) {
				try {
					result.get();
				}
				catch (java.util.concurrent.ExecutionException refused) {
					// all but one are refused
				}
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(openFlags(reply)).isEqualTo(1);
	}

	@Test
	void badFlagsNameTheFieldAndKeepTheTyping() throws Exception {
		flag(author, reply, "{\"reason\": \"SPAM\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("post"));
		flag(flagger, reply, "{\"reason\": \"BORING\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		flag(flagger, reply, "{\"reason\": \"OTHER\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		flag(flagger, reply, "{\"reason\": \"SPAM\", \"note\": \"" + "n".repeat(501) + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));

		String page = mvc
			.perform(post("/discussions/posts/{id}/flag", reply).param("reason", "OTHER")
				.param("note", " ")
				.with(flagger.signedIn())
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Say what is wrong in a short note.", "value=\"OTHER\" selected");
		assertThat(openFlags(reply)).isZero();
	}

	@Test
	void theQueueShowsAModeratorOnlyTheirSpacesAndAManagerAll() throws Exception {
		var otherSpace = fx.space(SpaceKind.TOPIC);
		var otherModerator = fx.leader("Oto Other");
		fx.moderator(otherSpace, otherModerator);
		var otherThread = fx.discussion(otherSpace, author, "Other space thread " + DiscussionsTestData.unique());
		long otherReply = fx.reply(otherThread, author, "Other reply");
		flag(flagger, reply, "{\"reason\": \"SPAM\"}").andExpect(status().isCreated());
		flag(flagger, otherReply, "{\"reason\": \"OFFENSIVE\"}").andExpect(status().isCreated());

		assertThat(page("/discussions/moderation", moderator)).contains("flagged-" + reply)
			.doesNotContain("flagged-" + otherReply, otherThread.title());
		assertThat(page("/discussions/moderation", otherModerator)).contains("flagged-" + otherReply)
			.doesNotContain("flagged-" + reply);
		assertThat(page("/discussions/moderation", fx.person("Noa Manager", Role.COMMUNITY_MANAGER)))
			.contains("flagged-" + reply, "flagged-" + otherReply);
		mvc.perform(get("/api/v1/discussions/moderation/flags").with(moderator.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.postId == " + reply + ")].flags[0].reason").value("SPAM"))
			.andExpect(jsonPath("$[?(@.postId == " + otherReply + ")]").isEmpty());

		// a moderator of space A cannot decide on space B's flags
		long otherFlag = jdbc.sql("select id from discussions_flag where post_id = :p")
			.param("p", otherReply)
			.query(Long.class)
			.single();
		mvc.perform(post("/discussions/flags/{id}/dismiss", otherFlag).with(moderator.signedIn()).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(openFlags(otherReply)).isEqualTo(1);
	}

	@Test
	void peopleWithoutModerationRightsHaveNoQueue() throws Exception {
		for (var person : List.of(flagger, fx.leader("Lee Leader"), fx.guest("Gil Guest"))) {
			mvc.perform(get("/discussions/moderation").with(person.signedIn())).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/discussions/moderation/flags").with(person.signedIn()))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void aPrivateSpacesPostsCannotBeFlaggedByOutsiders() throws Exception {
		var hidden = fx.space(SpaceKind.PRIVATE);
		fx.member(hidden, author);
		var member = fx.guest("Gil Guest");
		fx.member(hidden, member);
		var secret = fx.discussion(hidden, author, "Private");

		flag(flagger, secret.openingPostId(), "{\"reason\": \"SPAM\"}").andExpect(status().isNotFound());
		mvc.perform(get("/discussions/posts/{id}/flag", secret.openingPostId()).with(flagger.signedIn()))
			.andExpect(status().isNotFound());
		flag(member, secret.openingPostId(), "{\"reason\": \"SPAM\"}").andExpect(status().isCreated());
	}

	@Test
	void dismissingAndHidingFromTheQueueDecideTheFlagsWithATrail() throws Exception {
		flag(flagger, reply, "{\"reason\": \"SPAM\"}").andExpect(status().isCreated());
		long first = jdbc.sql("select id from discussions_flag where post_id = :p").param("p", reply).query(Long.class).single();

		mvc.perform(post("/api/v1/discussions/moderation/flags/{id}/dismissal", first).with(flagger.signedIn())
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/discussions/flags/{id}/dismiss", first).with(moderator.signedIn()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/discussions/flags/{id}/dismiss", first).with(moderator.signedIn()).with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/discussions/moderation/flags/{id}/dismissal", first).with(moderator.signedIn())
			.with(csrf())).andExpect(status().isConflict());
		assertThat(flagStatus(first)).isEqualTo("DISMISSED");

		var second = fx.employee("Sam Second");
		flag(second, reply, "{\"reason\": \"MISINFORMATION\"}").andExpect(status().isCreated());
		mvc.perform(post("/discussions/posts/{id}/hide", reply).param("reason", "Misleading")
			.param("from", "queue")
			.with(moderator.signedIn())
			.with(csrf())).andExpect(status().is3xxRedirection());

		assertThat(jdbc.sql("select status from discussions_flag where post_id = :p order by id")
			.param("p", reply)
			.query(String.class)
			.list()).containsExactly("DISMISSED", "UPHELD");
		assertThat(fx.log(thread.id())).containsExactly("FLAGS_DISMISSED", "HIDE");
		assertThat(page("/discussions/moderation", moderator)).doesNotContain("flagged-" + reply);
	}

	@Test
	void xssPayloadsAsFlagNotesRenderInert() throws Exception {
		List<String> payloads = payloads();
		var reporters = new java.util.ArrayList<DiscussionsTestData.Person>();
		for (int i = 0; i < payloads.size(); i++) {
			long post = fx.reply(thread, author, "Target " + i);
			var reporter = fx.employee("Reporter " + i);
			reporters.add(reporter);
			String note = payloads.get(i).length() > 500 ? payloads.get(i).substring(0, 500) : payloads.get(i);
			jdbc.sql("""
					insert into discussions_flag (post_id, flagged_by, reason, note, created_at, status)
					values (:post, :by, 'OTHER', :note, current_timestamp, 'OPEN')""")
				.param("post", post)
				.param("by", reporter.id())
				.param("note", note)
				.update();
		}

		for (String lang : new String[] { "en", "he" }) {
			String queue = mvc.perform(get("/discussions/moderation").param("lang", lang).with(moderator.signedIn()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			Matcher notes = Pattern.compile("<p class=\"flag-note mb-1\" dir=\"auto\">(.*?)</p>", Pattern.DOTALL)
				.matcher(queue);
			int found = 0;
			while (notes.find()) {
				assertThat(notes.group(1)).as("a note stays text").doesNotContain("<", ">");
				found++;
			}
			assertThat(found).isGreaterThanOrEqualTo(payloads.size());
			String empty = page("/discussions/code-of-conduct", moderator);
			for (String tag : new String[] { "<script", "<img", "<svg", "<iframe", "<object", "<embed", "<a " }) {
				assertThat(count(queue, tag)).as(tag).isEqualTo(count(empty, tag) + (tag.equals("<a ") ? linksIn(queue) : 0));
			}
		}
	}

	private ResultActions flag(DiscussionsTestData.Person who, long postId, String json) throws Exception {
		return mvc.perform(post("/api/v1/posts/{id}/flags", postId).with(who.signedIn())
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private String page(String path, DiscussionsTestData.Person who) throws Exception {
		return mvc.perform(get(path).with(who.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long openFlags(long postId) {
		return jdbc.sql("select count(*) from discussions_flag where post_id = :p and status = 'OPEN'")
			.param("p", postId)
			.query(Long.class)
			.single();
	}

	private String flagStatus(long flagId) {
		return jdbc.sql("select status from discussions_flag where id = :id").param("id", flagId).query(String.class).single();
	}

	private static int count(String html, String tag) {
		return html.toLowerCase(java.util.Locale.ROOT).split(Pattern.quote(tag), -1).length - 1;
	}

	/** The queue's own links: the breadcrumb, the code of conduct, and one to each flagged post's thread. */
	private static int linksIn(String queue) {
		return count(queue, "id=\"flagged-title-") + 2;
	}

	static List<String> payloads() throws IOException {
		try (InputStream in = FlagIntegrationTests.class.getResourceAsStream("/markdown/xss-payloads.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.toList();
		}
	}
}
