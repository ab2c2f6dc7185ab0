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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The asker or a moderator of the space accepts one visible answer of the question; another answer replaces it and
 * the event names the one before; an answer of another thread, the question itself, a hidden answer or a discussion
 * are refused and change nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class AcceptIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents published;

	DiscussionsTestData fx;

	DiscussionsTestData.Person asker;

	DiscussionsTestData.Person answerer;

	Space space;

	DiscussionsTestData.Thread question;

	long answer;

	@BeforeEach
	void aQuestionWithAnAnswer() {
		fx = new DiscussionsTestData(jdbc);
		asker = fx.employee("Asa Asker");
		answerer = fx.leader("Ben Answerer");
		space = fx.space(SpaceKind.TOPIC);
		question = fx.question(space, asker, "Which KM maturity model fits us?");
		answer = fx.reply(question, answerer, "Try the APQC levels.");
	}

	@Test
	void theAskerAcceptsFromThePage() throws Exception {
		mvc.perform(post("/discussions/t/{id}/accept", question.id()).param("postId", String.valueOf(answer))
			.with(asker.signedIn())
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", question.path() + "#post-" + answer));

		assertThat(fx.thread(question.id()).acceptedPostId()).isEqualTo(answer);
		var event = published.stream(AnswerAccepted.class).filter(e -> e.threadId() == question.id()).findFirst();
		assertThat(event).hasValueSatisfying(e -> {
			assertThat(e.postId()).isEqualTo(answer);
			assertThat(e.answerAuthorId()).isEqualTo(answerer.id());
			assertThat(e.questionAuthorId()).isEqualTo(asker.id());
			assertThat(e.acceptedBy()).isEqualTo(asker.id());
			assertThat(e.previousPostId()).isNull();
			assertThat(e.privateSpace()).isFalse();
		});
	}

	@Test
	void acceptingAnotherAnswerReplacesTheFirst() throws Exception {
		long better = fx.reply(question, fx.leader("Cai Better"), "Use the KM Institute's model.");
		accept(asker, answer).andExpect(status().isOk()).andExpect(jsonPath("$.acceptedPostId").value(answer));

		accept(asker, better).andExpect(status().isOk()).andExpect(jsonPath("$.acceptedPostId").value(better));

		assertThat(fx.thread(question.id()).acceptedPostId()).isEqualTo(better);
		assertThat(published.stream(AnswerAccepted.class).filter(e -> e.postId() == better))
			.singleElement()
			.extracting(AnswerAccepted::previousPostId)
			.isEqualTo(answer);
	}

	@Test
	void aModeratorOfTheSpaceAndAManagerAcceptButOthersMayNot() throws Exception {
		var moderator = fx.leader("Mia Moderator");
		fx.moderator(space, moderator);
		var bystander = fx.leader("Lee Leader");

		accept(bystander, answer).andExpect(status().isForbidden());
		accept(answerer, answer).andExpect(status().isForbidden());
		mvc.perform(post("/discussions/t/{id}/accept", question.id()).param("postId", String.valueOf(answer))
			.with(fx.employee("Eve Employee").signedIn())
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(fx.thread(question.id()).acceptedPostId()).isNull();

		accept(moderator, answer).andExpect(status().isOk());
		assertThat(published.stream(AnswerAccepted.class).filter(e -> e.postId() == answer))
			.singleElement()
			.extracting(AnswerAccepted::acceptedBy)
			.isEqualTo(moderator.id());
		mvc.perform(delete("/api/v1/threads/{id}/accepted-answer", question.id())
			.with(fx.person("Noa Manager", Role.COMMUNITY_MANAGER).signedIn())
			.with(csrf())).andExpect(status().isNoContent());
		assertThat(fx.thread(question.id()).acceptedPostId()).isNull();
	}

	@Test
	void anAnswerOfAnotherThreadNamesTheFieldAndChangesNothing() throws Exception {
		var other = fx.question(space, asker, "Another question");
		long foreign = fx.reply(other, answerer, "Answer elsewhere");

		accept(asker, foreign).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("postId"));
		String page = mvc
			.perform(post("/discussions/t/{id}/accept", question.id()).param("postId", String.valueOf(foreign))
				.with(asker.signedIn())
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("That post is not an answer of this question.");
		assertThat(fx.thread(question.id()).acceptedPostId()).isNull();
		assertThat(fx.thread(other.id()).acceptedPostId()).isNull();
		assertThat(published.stream(AnswerAccepted.class).filter(e -> e.threadId() == question.id())).isEmpty();
	}

	@Test
	void theQuestionItselfAHiddenAnswerAMissingPostAndADiscussionAreRefused() throws Exception {
		long hidden = fx.reply(question, answerer, "Hidden answer");
		fx.setPost(hidden, "hidden", true);
		var discussion = fx.discussion(space, asker, "A discussion");
		long reply = fx.reply(discussion, answerer, "A reply");

		accept(asker, question.openingPostId()).andExpect(status().isBadRequest());
		accept(asker, hidden).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/threads/{id}/accepted-answer", question.id()).with(asker.signedIn())
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("postId"));
		mvc.perform(post("/api/v1/threads/{id}/accepted-answer", discussion.id()).with(asker.signedIn())
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"postId\": " + reply + "}")).andExpect(status().isBadRequest());

		assertThat(fx.thread(question.id()).acceptedPostId()).isNull();
		assertThat(fx.thread(discussion.id()).acceptedPostId()).isNull();
	}

	@Test
	void hidingTheAcceptedAnswerTakesTheAcceptanceBack() throws Exception {
		var moderator = fx.leader("Mia Moderator");
		fx.moderator(space, moderator);
		accept(asker, answer).andExpect(status().isOk());

		mvc.perform(post("/discussions/posts/{id}/hide", answer).param("reason", "Copied text")
			.with(moderator.signedIn())
			.with(csrf())).andExpect(status().is3xxRedirection());

		assertThat(fx.thread(question.id()).acceptedPostId()).isNull();
	}

	@Test
	void aPrivateQuestionDoesNotExistToOutsiders() throws Exception {
		var hidden = fx.space(SpaceKind.PRIVATE);
		fx.member(hidden, asker);
		fx.member(hidden, answerer);
		var secret = fx.question(hidden, asker, "Private question");
		long secretAnswer = fx.reply(secret, answerer, "Private answer");
		var outsider = fx.leader("Out Sider");

		mvc.perform(post("/api/v1/threads/{id}/accepted-answer", secret.id()).with(outsider.signedIn())
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"postId\": " + secretAnswer + "}")).andExpect(status().isNotFound());
		mvc.perform(post("/discussions/t/{id}/accept", secret.id()).param("postId", String.valueOf(secretAnswer))
			.with(outsider.signedIn())
			.with(csrf())).andExpect(status().isNotFound());
		assertThat(fx.thread(secret.id()).acceptedPostId()).isNull();

		mvc.perform(post("/api/v1/threads/{id}/accepted-answer", secret.id()).with(asker.signedIn())
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"postId\": " + secretAnswer + "}")).andExpect(status().isOk());
		assertThat(published.stream(AnswerAccepted.class).filter(e -> e.threadId() == secret.id()))
			.singleElement()
			.extracting(AnswerAccepted::privateSpace)
			.isEqualTo(true);
	}

	private ResultActions accept(DiscussionsTestData.Person who, long postId) throws Exception {
		return mvc.perform(post("/api/v1/threads/{id}/accepted-answer", question.id()).with(who.signedIn())
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"postId\": " + postId + "}"));
	}
}
