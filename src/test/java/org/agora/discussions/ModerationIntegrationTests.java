package org.agora.discussions;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Moderators of a space (and community managers) pin, lock, close, move, close as a duplicate, hide and restore; each
 * action is in the audit trail with its reason; everyone else who sees the thread is refused (403), and a private
 * space's threads do not exist to outsiders (404).
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ModerationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents published;

	DiscussionsTestData fx;

	DiscussionsTestData.Person author;

	DiscussionsTestData.Person moderator;

	Space space;

	DiscussionsTestData.Thread question;

	@BeforeEach
	void aModeratedSpace() {
		fx = new DiscussionsTestData(jdbc);
		author = fx.employee("Asa Author");
		moderator = fx.leader("Mia Moderator");
		space = fx.space(SpaceKind.TOPIC);
		fx.moderator(space, moderator);
		question = fx.question(space, author, "How do we keep expert knowledge?");
	}

	@Test
	void aModeratorPinsLocksClosesAndUndoesEachWithTheTrail() throws Exception {
		for (String action : new String[] { "pin", "lock", "close" }) {
			act(moderator, action, "Keeping order").andExpect(status().is3xxRedirection());
		}
		var thread = fx.thread(question.id());
		assertThat(thread.pinned()).isTrue();
		assertThat(thread.locked()).isTrue();
		assertThat(thread.closed()).isTrue();

		for (String action : new String[] { "unpin", "unlock", "reopen" }) {
			act(moderator, action, "").andExpect(status().is3xxRedirection());
		}
		thread = fx.thread(question.id());
		assertThat(thread.pinned() || thread.locked() || thread.closed()).isFalse();
		assertThat(fx.log(question.id())).containsExactly("PIN", "LOCK", "CLOSE", "UNPIN", "UNLOCK", "REOPEN");

		String trail = page(get("/discussions/t/{id}/moderation", question.id()), moderator);
		assertThat(trail).contains("Pinned", "Locked", "Reopened", "Keeping order", "Mia Moderator");
	}

	@Test
	void everyRoleWithoutModerationRightsIsRefused() throws Exception {
		var others = new DiscussionsTestData.Person[] { author, fx.employee("Eve Employee"), fx.leader("Lee Leader"),
				fx.guest("Gil Guest") };
		var privateSpace = fx.space(SpaceKind.PRIVATE);
		fx.member(privateSpace, others[3]);

		for (var person : others) {
			int expected = person == others[3] ? 404 : 403;
			act(person, "pin", "").andExpect(status().is(expected));
			mvc.perform(get("/discussions/t/{id}/moderation", question.id()).with(person.signedIn()))
				.andExpect(status().is(expected));
			mvc.perform(post("/discussions/posts/{id}/hide", question.openingPostId()).param("reason", "no")
				.with(person.signedIn())
				.with(csrf())).andExpect(status().is(expected));
		}
		assertThat(fx.thread(question.id()).pinned()).isFalse();
		assertThat(fx.log(question.id())).isEmpty();

		var manager = fx.person("Noa Manager", Role.COMMUNITY_MANAGER);
		act(manager, "pin", "").andExpect(status().is3xxRedirection());
		assertThat(fx.thread(question.id()).pinned()).isTrue();
	}

	@Test
	void aModeratorOfAnotherSpaceIsJustAReaderHere() throws Exception {
		var elsewhere = fx.leader("Oto Other");
		fx.moderator(fx.space(SpaceKind.TOPIC), elsewhere);

		act(elsewhere, "lock", "").andExpect(status().isForbidden());
		assertThat(fx.thread(question.id()).locked()).isFalse();
	}

	@Test
	void aPrivateSpacesThreadDoesNotExistToOutsidersNotEvenOtherModerators() throws Exception {
		var hidden = fx.space(SpaceKind.PRIVATE);
		fx.member(hidden, author);
		var secret = fx.question(hidden, author, "Private question");

		mvc.perform(post("/discussions/t/{id}/pin", secret.id()).with(moderator.signedIn()).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/discussions/t/{id}/moderation", secret.id()).with(moderator.signedIn()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/discussions/posts/{id}/hide", secret.openingPostId()).with(moderator.signedIn()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aThreadMovesOnlyToAnotherSpaceTheModeratorModerates() throws Exception {
		var target = fx.space(SpaceKind.TOPIC);
		fx.moderator(target, moderator);
		var notMine = fx.space(SpaceKind.TOPIC);

		String refused = mvc
			.perform(post("/discussions/t/{id}/move", question.id()).param("spaceId", String.valueOf(notMine.id()))
				.param("reason", "Belongs elsewhere")
				.with(moderator.signedIn())
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Choose another space that you moderate.", "Belongs elsewhere", "is-invalid");
		assertThat(fx.thread(question.id()).spaceId()).isEqualTo(space.id());

		assertThat(page(get("/discussions/t/{id}/move", question.id()), moderator)).contains("value=\"" + target.id() + "\"")
			.doesNotContain("value=\"" + notMine.id() + "\"");
		mvc.perform(post("/discussions/t/{id}/move", question.id()).param("spaceId", String.valueOf(target.id()))
			.with(moderator.signedIn())
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(fx.thread(question.id()).spaceId()).isEqualTo(target.id());
		assertThat(fx.log(question.id())).containsExactly("MOVE");
	}

	@Test
	void aQuestionClosesAsADuplicateByNumberOrAddressAndReopens() throws Exception {
		var original = fx.question(space, author, "The original question");

		mvc.perform(post("/discussions/t/{id}/duplicate", question.id())
			.param("of", "https://agora.example" + original.path())
			.param("reason", "Asked before")
			.with(moderator.signedIn())
			.with(csrf())).andExpect(status().is3xxRedirection());
		var thread = fx.thread(question.id());
		assertThat(thread.closed()).isTrue();
		assertThat(thread.duplicateOf()).isEqualTo(original.id());

		act(moderator, "reopen", "").andExpect(status().is3xxRedirection());
		thread = fx.thread(question.id());
		assertThat(thread.closed()).isFalse();
		assertThat(thread.duplicateOf()).isNull();

		mvc.perform(post("/discussions/t/{id}/duplicate", question.id()).param("of", String.valueOf(original.id()))
			.with(moderator.signedIn())
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(fx.thread(question.id()).duplicateOf()).isEqualTo(original.id());
		assertThat(fx.log(question.id())).containsExactly("DUPLICATE", "REOPEN", "DUPLICATE");
	}

	@Test
	void aDuplicateMustBeAnotherQuestionTheModeratorSees() throws Exception {
		var hidden = fx.space(SpaceKind.PRIVATE);
		var secret = fx.question(hidden, author, "Private original");
		var discussion = fx.discussion(space, author, "A discussion");

		for (String of : new String[] { String.valueOf(question.id()), String.valueOf(secret.id()),
				String.valueOf(discussion.id()), "not a question", "999999999" }) {
			String page = mvc
				.perform(post("/discussions/t/{id}/duplicate", question.id()).param("of", of)
					.with(moderator.signedIn())
					.with(csrf()))
				.andExpect(status().isBadRequest())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("id=\"of-error\"", "value=\"" + of + "\"");
		}
		assertThat(fx.thread(question.id()).duplicateOf()).isNull();
		assertThat(fx.log(question.id())).isEmpty();
	}

	@Test
	void hidingNeedsAReasonAndKeepsWhatWasTyped() throws Exception {
		long reply = fx.reply(question, fx.employee("Rex Replier"), "Buy cheap watches");

		String page = mvc
			.perform(post("/discussions/posts/{id}/hide", reply).param("reason", "   ")
				.with(moderator.signedIn())
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Give a reason.", "Buy cheap watches");
		mvc.perform(post("/discussions/posts/{id}/hide", reply).param("reason", "x".repeat(501))
			.with(moderator.signedIn())
			.with(csrf())).andExpect(status().isBadRequest());
		assertThat(fx.postHidden(reply)).isFalse();
	}

	@Test
	void hidingAReplyKeepsTheReplyCountOfVisibleRepliesAndRestoringGivesItBack() throws Exception {
		long spam = fx.reply(question, fx.employee("Rex Replier"), "Buy cheap watches");
		fx.reply(question, fx.leader("Gil Good"), "A real answer");
		assertThat(fx.thread(question.id()).replyCount()).isEqualTo(2);

		mvc.perform(post("/discussions/posts/{id}/hide", spam).param("reason", "Spam")
			.with(moderator.signedIn())
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(fx.postHidden(spam)).isTrue();
		assertThat(fx.thread(question.id()).replyCount()).isEqualTo(1);
		mvc.perform(post("/discussions/posts/{id}/hide", spam).param("reason", "Again")
			.with(moderator.signedIn())
			.with(csrf())).andExpect(status().isConflict());
		assertThat(fx.thread(question.id()).replyCount()).isEqualTo(1);

		mvc.perform(post("/discussions/posts/{id}/restore", spam).with(moderator.signedIn()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(fx.postHidden(spam)).isFalse();
		assertThat(fx.thread(question.id()).replyCount()).isEqualTo(2);
		assertThat(fx.log(question.id())).containsExactly("HIDE", "RESTORE");
		assertThat(published.stream(PostHidden.class).filter(e -> e.postId() == spam)).singleElement()
			.satisfies(e -> {
				assertThat(e.reason()).isEqualTo("Spam");
				assertThat(e.opening()).isFalse();
				assertThat(e.hiddenBy()).isEqualTo(moderator.id());
			});
		assertThat(published.stream(PostRestored.class).filter(e -> e.postId() == spam)).hasSize(1);
		assertThat(jdbc.sql("select count(*) from discussions_post where id = :id").param("id", spam).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void hidingTheOpeningPostHidesTheThreadFromAllButItsAuthorAndModerators() throws Exception {
		var reader = fx.employee("Rea Reader");
		String title = "Thread to hide " + DiscussionsTestData.unique();
		var thread = fx.question(space, author, title);

		mvc.perform(post("/discussions/posts/{id}/hide", thread.openingPostId()).param("reason", "Confidential data")
			.with(moderator.signedIn())
			.with(csrf())).andExpect(status().is3xxRedirection());

		assertThat(fx.thread(thread.id()).hidden()).isTrue();
		mvc.perform(get("/discussions/posts/{id}/flag", thread.openingPostId()).with(reader.signedIn()))
			.andExpect(status().isNotFound());
		assertThat(page(get("/discussions/questions").param("status", "all").param("space", space.slug()), reader))
			.doesNotContain(title);
		assertThat(page(get("/discussions/t/{id}/moderation", thread.id()), moderator)).contains("Confidential data");
		assertThat(published.stream(PostHidden.class).filter(e -> e.postId() == thread.openingPostId()))
			.singleElement()
			.extracting(PostHidden::opening)
			.isEqualTo(true);

		mvc.perform(post("/discussions/posts/{id}/restore", thread.openingPostId()).with(moderator.signedIn())
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(fx.thread(thread.id()).hidden()).isFalse();
	}

	@Test
	void theApiActsHidesAndReadsTheTrailWithTheSameChecks() throws Exception {
		var target = fx.space(SpaceKind.TOPIC);
		fx.moderator(target, moderator);
		long reply = fx.reply(question, fx.employee("Rex Replier"), "Off topic");

		apiAct(moderator, "{\"action\": \"lock\", \"reason\": \"Heated\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.locked").value(true));
		apiAct(moderator, "{\"action\": \"MOVE\", \"spaceId\": " + target.id() + "}").andExpect(status().isOk())
			.andExpect(jsonPath("$.spaceId").value(target.id()));
		apiAct(moderator, "{\"action\": \"explode\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("action"));
		apiAct(moderator, "{\"action\": \"DUPLICATE\", \"of\": \"nope\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("of"));
		mvc.perform(post("/api/v1/posts/{id}/hidden", reply).with(moderator.signedIn())
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(post("/api/v1/posts/{id}/hidden", reply).with(moderator.signedIn())
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Off topic\"}")).andExpect(status().isNoContent());
		mvc.perform(delete("/api/v1/posts/{id}/hidden", reply).with(moderator.signedIn()).with(csrf()))
			.andExpect(status().isNoContent());
		mvc.perform(delete("/api/v1/posts/{id}/hidden", reply).with(moderator.signedIn()).with(csrf()))
			.andExpect(status().isConflict());

		mvc.perform(get("/api/v1/threads/{id}/moderation", question.id()).with(moderator.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].action").value("LOCK"))
			.andExpect(jsonPath("$[0].reason").value("Heated"))
			.andExpect(jsonPath("$[1].action").value("MOVE"))
			.andExpect(jsonPath("$[2].action").value("HIDE"))
			.andExpect(jsonPath("$[3].action").value("RESTORE"));

		apiAct(author, "{\"action\": \"unlock\"}").andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/threads/{id}/moderation", question.id()).with(author.signedIn()))
			.andExpect(status().isForbidden());
		var hidden = fx.space(SpaceKind.PRIVATE);
		var secret = fx.question(hidden, author, "Private question");
		mvc.perform(post("/api/v1/threads/{id}/moderation", secret.id()).with(moderator.signedIn())
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\": \"explode\"}")).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/posts/{id}/hidden", secret.openingPostId()).with(moderator.signedIn())
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"x\"}")).andExpect(status().isNotFound());
		assertThat(fx.thread(question.id()).locked()).isTrue();
	}

	private ResultActions apiAct(DiscussionsTestData.Person who, String json) throws Exception {
		return mvc.perform(post("/api/v1/threads/{id}/moderation", question.id()).with(who.signedIn())
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	@Test
	void theModerationPagesSpeakHebrew() throws Exception {
		act(moderator, "lock", "סיבה בעברית").andExpect(status().is3xxRedirection());

		String trail = page(get("/discussions/t/{id}/moderation", question.id()).param("lang", "he"), moderator);

		assertThat(trail).contains("dir=\"rtl\"", "רישום הניהול", "ננעל", "סיבה בעברית");
		assertThat(page(get("/discussions/code-of-conduct").param("lang", "he"), author)).contains("כללי התנהגות",
				"שמרו על כבוד");
		assertThat(page(get("/discussions/code-of-conduct"), fx.guest("Gil Guest"))).contains("Code of conduct",
				"Credit your sources", "Keep confidential data out of open spaces", "How moderation works");
	}

	private ResultActions act(DiscussionsTestData.Person who, String action, String reason) throws Exception {
		return mvc.perform(post("/discussions/t/{id}/" + action, question.id()).param("reason", reason)
			.with(who.signedIn())
			.with(csrf()));
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			DiscussionsTestData.Person who) throws Exception {
		return mvc.perform(request.with(who.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}
}
