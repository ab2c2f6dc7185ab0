package org.agora.discussions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The discussions overview and the space pages show what the viewer may see: the lobby and topic spaces to the
 * organization, a private space to its members only (404 to anyone else, in pages and API alike), hidden threads to
 * moderators only, and an archived space without any way to post.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SpacePagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	DiscussionsTestData fixtures;

	DiscussionsTestData.Person member;

	DiscussionsTestData.Person outsider;

	@BeforeEach
	void people() {
		fixtures = new DiscussionsTestData(jdbc);
		member = fixtures.employee("Mira Member");
		outsider = fixtures.employee("Oren Outsider");
	}

	@Test
	void theOverviewShowsTheLobbyTopicSpacesAndOnlyMyPrivateSpaces() throws Exception {
		var topic = fixtures.space(SpaceKind.TOPIC, "Topic " + DiscussionsTestData.unique());
		var mine = fixtures.space(SpaceKind.PRIVATE, "Mine " + DiscussionsTestData.unique());
		var theirs = fixtures.space(SpaceKind.PRIVATE, "Theirs " + DiscussionsTestData.unique());
		fixtures.member(mine, member);
		fixtures.member(theirs, member, SpaceRole.MEMBER, MembershipStatus.INVITED);
		var secret = fixtures.thread(theirs, outsider, "Secret plan " + DiscussionsTestData.unique());
		// newer than anything other tests wrote, so it is among the latest threads whatever ran before
		var visible = fixtures.thread(mine, member, ThreadKind.DISCUSSION, "Our plan " + DiscussionsTestData.unique(),
				Duration.ofMinutes(-1));
		var hidden = fixtures.thread(topic, outsider, "Hidden rant " + DiscussionsTestData.unique());
		fixtures.set(hidden.id(), "hidden", true);

		String page = page(get("/discussions").with(member.signedIn()), 200);

		assertThat(page).contains(topic.name(), mine.name(), visible.title(), "id=\"space-lobby\"")
			.doesNotContain(secret.title(), hidden.title());
		assertThat(page).as("the invitation names the space, nothing more")
			.contains("id=\"invitation-" + theirs.id() + "\"", theirs.name())
			.doesNotContain("About " + theirs.name());
		assertThat(page(get("/discussions").with(outsider.signedIn()), 200)).contains(topic.name())
			.doesNotContain(mine.name(), theirs.name(), visible.title());
		assertThat(page).doesNotContain("id=\"new-space\"");
		assertThat(page(get("/discussions").with(fixtures.manager("Maya Manager").signedIn()), 200))
			.contains("id=\"new-space\"", mine.name(), theirs.name());
	}

	@Test
	void aPrivateSpaceIsNotFoundForOutsidersInPagesAndApi() throws Exception {
		var space = fixtures.space(SpaceKind.PRIVATE, "Closed " + DiscussionsTestData.unique());
		fixtures.member(space, member);
		fixtures.thread(space, member, "Inside " + DiscussionsTestData.unique());

		page(get(space.path()).with(member.signedIn()), 200);
		page(get("/api/v1/spaces/" + space.slug()).with(member.signedIn()), 200);
		page(get(space.path()).with(fixtures.manager("Mo Manager").signedIn()), 200);
		for (var outsiderRequest : List.of(get(space.path()), get(space.path() + "/members"),
				get("/api/v1/spaces/" + space.slug()), post(space.path() + "/follow").with(csrf()),
				post(space.path() + "/leave").with(csrf()))) {
			page(outsiderRequest.with(outsider.signedIn()), 404);
		}
		var invited = fixtures.employee("Ilan Invited");
		fixtures.member(space, invited, SpaceRole.MEMBER, MembershipStatus.INVITED);
		page(get(space.path()).with(invited.signedIn()), 404);
		assertThat(page(get("/api/v1/spaces").with(outsider.signedIn()), 200)).doesNotContain(space.slug());
		page(get("/discussions/s/no-such-space-" + DiscussionsTestData.unique()).with(member.signedIn()), 404);
	}

	@Test
	void aGuestSeesOnlyThePrivateSpacesTheyBelongTo() throws Exception {
		var guest = fixtures.guest("Gali Guest");
		var joint = fixtures.space(SpaceKind.PRIVATE, "Joint " + DiscussionsTestData.unique());
		var topic = fixtures.space(SpaceKind.TOPIC, "Inner topic " + DiscussionsTestData.unique());
		fixtures.member(joint, guest);

		assertThat(page(get("/discussions").with(guest.signedIn()), 200)).contains(joint.name())
			.doesNotContain(topic.name(), "id=\"space-lobby\"");
		page(get(topic.path()).with(guest.signedIn()), 404);
		page(get("/discussions/s/lobby").with(guest.signedIn()), 404);
		String api = page(get("/api/v1/spaces").with(guest.signedIn()), 200);
		assertThat(api).contains(joint.slug()).doesNotContain(topic.slug(), "\"LOBBY\"");
	}

	@Test
	void aSpaceListsPinnedThreadsFirstThenByActivityAndHiddenOnesOnlyToModerators() throws Exception {
		var space = fixtures.space(SpaceKind.TOPIC, "Ordered " + DiscussionsTestData.unique());
		var moderator = fixtures.leader("Moshe Moderator");
		fixtures.moderator(space, moderator);
		var pinned = fixtures.thread(space, member, ThreadKind.DISCUSSION, "Pinned old", Duration.ofDays(30));
		fixtures.set(pinned.id(), "pinned", true);
		var older = fixtures.thread(space, member, ThreadKind.QUESTION, "Older question", Duration.ofDays(3));
		var newer = fixtures.thread(space, member, ThreadKind.DISCUSSION, "Newer talk", Duration.ofHours(2));
		var hidden = fixtures.thread(space, outsider, ThreadKind.DISCUSSION, "Hidden one", Duration.ofHours(1));
		fixtures.set(hidden.id(), "hidden", true);

		String page = page(get(space.path()).with(member.signedIn()), 200);
		assertThat(page.indexOf("thread-" + pinned.id())).isPositive()
			.isLessThan(page.indexOf("thread-" + newer.id()));
		assertThat(page.indexOf("thread-" + newer.id())).isLessThan(page.indexOf("thread-" + older.id()));
		assertThat(page).doesNotContain("thread-" + hidden.id()).contains("Unanswered", moderator.name());
		assertThat(page(get(space.path()).with(moderator.signedIn()), 200)).contains("thread-" + hidden.id());
		assertThat(page(get(space.path()).with(outsider.signedIn()), 200)).as("its author sees it")
			.contains("thread-" + hidden.id());

		String questions = page(get(space.path()).param("kind", "question").with(member.signedIn()), 200);
		assertThat(questions).contains("thread-" + older.id()).doesNotContain("thread-" + newer.id());
	}

	@Test
	void twentyThreadsMakeAPageAndATagNarrowsTheList() throws Exception {
		var space = fixtures.space(SpaceKind.TOPIC, "Busy " + DiscussionsTestData.unique());
		String tag = DiscussionsTestData.unique("t");
		for (int i = 0; i < 21; i++) {
			fixtures.thread(space, member, ThreadKind.DISCUSSION, "Busy thread " + i, Duration.ofHours(i + 1),
					i == 5 ? new String[] { tag } : new String[0]);
		}
		String first = page(get(space.path()).with(member.signedIn()), 200);
		assertThat(first.split("id=\"thread-", -1)).hasSize(21);
		assertThat(first).contains("Busy thread 0", "rel=\"next\"").doesNotContain("Busy thread 20<");
		String second = page(get(space.path()).param("page", "1").with(member.signedIn()), 200);
		assertThat(second).contains("Busy thread 20").doesNotContain("Busy thread 0<");
		String tagged = page(get(space.path()).param("tag", tag).with(member.signedIn()), 200);
		assertThat(tagged.split("id=\"thread-", -1)).hasSize(2);
		assertThat(tagged).contains("Busy thread 5");
	}

	@Test
	void anArchivedSpaceIsReadOnly() throws Exception {
		var space = fixtures.space(SpaceKind.TOPIC, "Old " + DiscussionsTestData.unique());
		fixtures.thread(space, member, "Kept for reading");
		fixtures.archive(space);

		String page = page(get(space.path()).with(member.signedIn()), 200);
		assertThat(page).contains("id=\"space-read-only\"", "Kept for reading")
			.doesNotContain("id=\"start-discussion\"", "id=\"ask-question\"");
		var open = fixtures.space(SpaceKind.TOPIC, "Open " + DiscussionsTestData.unique());
		assertThat(page(get(open.path()).with(member.signedIn()), 200)).contains("id=\"start-discussion\"",
				open.path() + "/new?kind=QUESTION");
	}

	@Test
	void theSpacePagesSpeakHebrew() throws Exception {
		var space = fixtures.space(SpaceKind.TOPIC, "שימור ידע " + DiscussionsTestData.unique());
		fixtures.thread(space, member, ThreadKind.QUESTION, "איך מראיינים מומחה?", Duration.ofHours(3));

		String page = page(get(space.path()).param("lang", "he").with(member.signedIn()), 200);
		assertThat(page).contains("dir=\"rtl\"", "פתיחת דיון", "שאילת שאלה", "ללא מענה", space.name(),
				"איך מראיינים מומחה?");
		assertThat(page(get("/discussions").param("lang", "he").with(member.signedIn()), 200)).contains("מרחבים",
				"דיונים אחרונים");
	}

	@Test
	void theSpacesApiGivesCountsAndMyMembership() throws Exception {
		var space = fixtures.space(SpaceKind.PRIVATE, "Counted " + DiscussionsTestData.unique());
		fixtures.moderator(space, member);
		fixtures.thread(space, member, "One");
		fixtures.thread(space, member, "Two");

		String list = page(get("/api/v1/spaces").with(member.signedIn()), 200);
		assertThat(list).contains("\"slug\":\"" + space.slug() + "\"");
		String one = page(get("/api/v1/spaces/" + space.slug()).with(member.signedIn()), 200);
		assertThat(one).contains("\"threadCount\":2", "\"membership\":\"ACTIVE\"", "\"role\":\"MODERATOR\"",
				"\"kind\":\"PRIVATE\"", "Mira Member");
	}

	@Test
	void everyXssPayloadAsASpaceNameAndDescriptionRendersInert() throws Exception {
		var space = fixtures.space(SpaceKind.TOPIC, "Safe " + DiscussionsTestData.unique());
		int scripts = page(get(space.path()).with(member.signedIn()), 200).split("<script", -1).length;
		for (String payload : payloads()) {
			jdbc.sql("update discussions_space set name = :name, description = :description where id = :id")
				.param("name", payload.length() > 120 ? payload.substring(0, 120) : payload)
				.param("description", payload)
				.param("id", space.id())
				.update();
			String page = page(get(space.path()).with(member.signedIn()), 200);
			assertThat(page.split("<script", -1)).as(payload).hasSize(scripts);
			if (payload.contains("<")) {
				assertThat(page).as(payload).doesNotContain(payload);
			}
		}
	}

	private static List<String> payloads() throws IOException {
		try (InputStream in = SpacePagesIntegrationTests.class.getResourceAsStream("/markdown/xss-payloads.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.toList();
		}
	}

	private String page(MockHttpServletRequestBuilder request, int expected) throws Exception {
		return mvc.perform(request)
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
