package org.agora.discussions;

import java.time.Duration;
import java.time.Instant;

import org.agora.platform.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What moderation must not give away or get wrong: a private question never becomes the named original of an open
 * one, a duplicate's banner names only what the reader may see, a move keeps the old space's name out of the trail,
 * hiding the first answer takes "answered" back, tags of private spaces stay unknown, and actions on threads with
 * Hebrew titles redirect to an address a browser can follow.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ModerationPrivacyIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Tags tags;

	DiscussionsTestData fx;

	DiscussionsTestData.Person manager;

	DiscussionsTestData.Person employee;

	Space open;

	Space secret;

	@BeforeEach
	void spaces() {
		fx = new DiscussionsTestData(jdbc);
		manager = fx.person("Mira Manager", Role.COMMUNITY_MANAGER);
		employee = fx.employee("Eli Employee");
		open = fx.space(SpaceKind.TOPIC);
		secret = fx.space(SpaceKind.PRIVATE);
	}

	@Test
	void aPrivateQuestionCannotBeTheOriginalOfAnOpenOne() throws Exception {
		var hidden = fx.question(secret, manager, "Restructuring of finance, who keeps what?");
		var asked = fx.question(open, employee, "Who keeps the know-how when units merge?");

		var page = mvc.perform(post("/discussions/t/{id}/duplicate", asked.id()).param("of", String.valueOf(hidden.id()))
			.with(manager.signedIn())
			.with(csrf())).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("private space");
		assertThat(fx.thread(asked.id()).duplicateOf()).isNull();
	}

	@Test
	void aDuplicatesBannerNamesOnlyAnOriginalTheReaderSees() throws Exception {
		var original = fx.question(open, manager, "How do we run an after-action review?");
		var asked = fx.question(open, employee, "After-action reviews: where to start?");
		fx.set(asked.id(), "duplicate_of", original.id());
		fx.set(asked.id(), "closed", true);
		fx.set(original.id(), "space_id", secret.id());

		String page = mvc.perform(get(asked.path()).with(employee.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).doesNotContain(original.title()).contains("id=\"banner-closed\"");
	}

	@Test
	void aMoveKeepsTheSpaceItLeftOutOfTheTrail() throws Exception {
		var thread = fx.discussion(secret, manager, "Budget cuts in the water division");
		mvc.perform(post("/discussions/t/{id}/move", thread.id()).param("spaceId", String.valueOf(open.id()))
			.with(manager.signedIn())
			.with(csrf())).andExpect(status().is3xxRedirection());

		String secretName = jdbc.sql("select name from discussions_space where id = :id").param("id", secret.id())
			.query(String.class).single();
		var reasons = jdbc.sql("select coalesce(reason, '') from discussions_moderation_log where thread_id = :id")
			.param("id", thread.id())
			.query(String.class)
			.list();
		assertThat(reasons).isNotEmpty().allSatisfy(r -> assertThat(r).doesNotContain(secretName));
	}

	@Test
	void hidingTheOnlyAnswerTakesAnsweredBackAndTheNextAnswerIsTheFirst() throws Exception {
		var question = fx.question(open, employee, "Which template for an expert interview?");
		long spam = fx.reply(question, manager, "Buy cheap watches", Instant.now().minus(Duration.ofMinutes(5)));
		jdbc.sql("update discussions_thread set first_answer_at = :at where id = :id")
			.param("at", java.sql.Timestamp.from(Instant.now().minus(Duration.ofMinutes(5))))
			.param("id", question.id())
			.update();

		mvc.perform(post("/discussions/posts/{id}/hide", spam).param("reason", "spam")
			.with(manager.signedIn())
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(fx.thread(question.id()).firstAnswerAt()).isNull();
		assertThat(fx.thread(question.id()).replyCount()).isZero();

		mvc.perform(post("/discussions/posts/{id}/restore", spam).with(manager.signedIn()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(fx.thread(question.id()).firstAnswerAt()).isNotNull();
	}

	@Test
	void tagsOfPrivateSpacesAreNotKnownToOthers() {
		String tag = "secret-" + Long.toString(System.nanoTime(), 36);
		var inside = fx.discussion(secret, manager, "Merger plans");
		fx.tag(inside, tag);

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> tags.checkKnown(employee.user(), java.util.List.of(tag)))
			.hasMessageContaining("not in use yet");
		var outside = fx.discussion(open, manager, "Open talk");
		fx.tag(outside, tag);
		tags.checkKnown(employee.user(), java.util.List.of(tag));
	}

	@Test
	void actionsOnAHebrewThreadRedirectToAnAsciiAddress() throws Exception {
		var question = fx.question(open, employee, "איך ממפים ידע קריטי?");
		long answer = fx.reply(question, manager, "מתחילים בהחלטות.");

		String location = mvc.perform(post("/discussions/t/{id}/accept", question.id()).param("postId", String.valueOf(answer))
			.with(employee.signedIn())
			.with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse().getHeader("Location");
		String pinned = mvc.perform(post("/discussions/t/{id}/pin", question.id()).with(manager.signedIn()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getHeader("Location");

		assertThat(location).startsWith("/discussions/t/" + question.id() + "-%D7").matches("\\p{ASCII}+");
		assertThat(pinned).matches("\\p{ASCII}+");
	}
}
