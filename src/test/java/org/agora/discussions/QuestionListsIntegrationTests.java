package org.agora.discussions;

import java.time.Duration;

import org.agora.platform.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The questions lists over the spaces the viewer sees: unanswered (no visible answer, not closed), answered (with
 * how fast and whether accepted), all; never hidden ones; twenty a page; the JSON twin says the same.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QuestionListsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	DiscussionsTestData fx;

	DiscussionsTestData.Person asker;

	DiscussionsTestData.Person answerer;

	DiscussionsTestData.Person reader;

	Space space;

	String slug;

	@BeforeEach
	void aSpace() {
		fx = new DiscussionsTestData(jdbc);
		asker = fx.employee("Asa Asker");
		answerer = fx.leader("Ben Answerer");
		reader = fx.employee("Rea Reader");
		space = fx.space(SpaceKind.TOPIC);
		slug = space.slug();
	}

	@Test
	void unansweredAnsweredAndAllEachShowTheirQuestions() throws Exception {
		var waiting = fx.question(space, asker, "Waiting question");
		var answered = fx.answeredAfter(space, asker, answerer, "Answered question", Duration.ofMinutes(150));
		var closed = fx.question(space, asker, "Closed question");
		fx.set(closed.id(), "closed", true);
		var hidden = fx.question(space, asker, "Hidden question");
		fx.set(hidden.id(), "hidden", true);
		fx.discussion(space, asker, "Not a question");

		assertThat(page(get("/discussions/questions").param("space", slug))).contains("Waiting question")
			.doesNotContain("Answered question", "Closed question", "Hidden question", "Not a question");
		assertThat(page(get("/discussions/questions").param("status", "answered").param("space", slug)))
			.contains("Answered question", "answered within 3 hours")
			.doesNotContain("Waiting question", "Hidden question");
		assertThat(page(get("/discussions/questions").param("status", "all").param("space", slug)))
			.contains("Waiting question", "Answered question", "Closed question")
			.doesNotContain("Hidden question", "Not a question");

		mvc.perform(get("/api/v1/questions").param("status", "unanswered").param("space", slug).with(reader.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(waiting.id()))
			.andExpect(jsonPath("$.items[0].answeredWithinHours").doesNotExist());
		mvc.perform(get("/api/v1/questions").param("status", "answered").param("space", slug).with(reader.signedIn()))
			.andExpect(jsonPath("$.items[0].id").value(answered.id()))
			.andExpect(jsonPath("$.items[0].answeredWithinHours").value(3))
			.andExpect(jsonPath("$.items[0].accepted").value(false));
	}

	@Test
	void anAcceptedAnswerAndAQuickAnswerAreShown() throws Exception {
		var quick = fx.answeredAfter(space, asker, answerer, "Quick one", Duration.ofMinutes(10));
		long answer = jdbc.sql("select id from discussions_post where thread_id = :t and opening = false")
			.param("t", quick.id())
			.query(Long.class)
			.single();
		fx.set(quick.id(), "accepted_post_id", answer);

		String page = page(get("/discussions/questions").param("status", "answered").param("space", slug));

		assertThat(page).contains("answered within an hour", "id=\"accepted-" + quick.id() + "\"");
		mvc.perform(get("/api/v1/questions").param("status", "answered").param("space", slug).with(reader.signedIn()))
			.andExpect(jsonPath("$.items[0].accepted").value(true))
			.andExpect(jsonPath("$.items[0].answeredWithinHours").value(1));
	}

	@Test
	void aTagNarrowsTheList() throws Exception {
		var tagged = fx.question(space, asker, "Tagged question");
		fx.tag(tagged, "onboarding");
		fx.question(space, asker, "Untagged question");

		assertThat(page(get("/discussions/questions").param("space", slug).param("tag", "#Onboarding")))
			.contains("Tagged question")
			.doesNotContain("Untagged question");
		assertThat(page(get("/discussions/questions").param("space", slug).param("tag", "<b>x</b>")))
			.doesNotContain("Tagged question", "<b>x</b>");
	}

	@Test
	void twentyAPage() throws Exception {
		for (int i = 1; i <= 23; i++) {
			fx.question(space, asker, "Paged question " + i);
		}

		mvc.perform(get("/api/v1/questions").param("space", slug).with(reader.signedIn()))
			.andExpect(jsonPath("$.items", hasSize(20)))
			.andExpect(jsonPath("$.total").value(23))
			.andExpect(jsonPath("$.size").value(20));
		mvc.perform(get("/api/v1/questions").param("space", slug).param("page", "1").with(reader.signedIn()))
			.andExpect(jsonPath("$.items", hasSize(3)));
		assertThat(page(get("/discussions/questions").param("space", slug))).contains("Page 1 of 2", "rel=\"next\"");
	}

	@Test
	void aPrivateSpacesQuestionsReachOnlyItsMembers() throws Exception {
		var hidden = fx.space(SpaceKind.PRIVATE);
		String hiddenSlug = hidden.slug();
		var member = fx.guest("Gil Guest");
		fx.member(hidden, member);
		fx.member(hidden, asker);
		fx.question(hidden, asker, "Secret question " + DiscussionsTestData.unique());
		String title = jdbc.sql("select title from discussions_thread where space_id = :s")
			.param("s", hidden.id())
			.query(String.class)
			.single();

		for (var outsider : new DiscussionsTestData.Person[] { reader, fx.guest("Out Guest"), fx.leader("Out Leader") }) {
			assertThat(page(get("/discussions/questions").param("status", "all"), outsider)).doesNotContain(title);
			assertThat(page(get("/discussions/questions").param("space", hiddenSlug), outsider)).doesNotContain(title);
			mvc.perform(get("/api/v1/questions").param("space", hiddenSlug).with(outsider.signedIn()))
				.andExpect(jsonPath("$.total").value(0));
		}
		assertThat(page(get("/discussions/questions").param("space", hiddenSlug), member)).contains(title);
		var manager = fx.person("Noa Manager", Role.COMMUNITY_MANAGER);
		assertThat(page(get("/discussions/questions").param("space", hiddenSlug), manager)).contains(title);
	}

	@Test
	void anUnknownStatusIsABadRequest() throws Exception {
		mvc.perform(get("/api/v1/questions").param("status", "solved").with(reader.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		mvc.perform(get("/discussions/questions").param("status", "solved").with(reader.signedIn()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theListSpeaksHebrew() throws Exception {
		fx.answeredAfter(space, asker, answerer, "שאלה על ניהול ידע", Duration.ofMinutes(300));

		String page = page(get("/discussions/questions").param("status", "answered").param("space", slug).param("lang", "he"));

		assertThat(page).contains("dir=\"rtl\"", "שאלות", "נענתה בתוך 5 שעות", "שאלה על ניהול ידע", "dir=\"auto\"");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return page(request, reader);
	}

	private String page(MockHttpServletRequestBuilder request, DiscussionsTestData.Person who) throws Exception {
		return mvc.perform(request.with(who.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}
}
