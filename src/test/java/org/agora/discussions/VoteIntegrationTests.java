package org.agora.discussions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One vote per person per post on a question and its answers; the score moves with the vote rows in one transaction,
 * also under many voters at once; a second vote, a vote on your own post, on a discussion reply or a hidden post
 * changes nothing; a private space's posts do not exist to outsiders.
 */
@SpringBootTest
@AutoConfigureMockMvc
class VoteIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Votes votes;

	DiscussionsTestData fx;

	DiscussionsTestData.Person asker;

	DiscussionsTestData.Person answerer;

	DiscussionsTestData.Person voter;

	Space space;

	DiscussionsTestData.Thread question;

	long answer;

	@BeforeEach
	void aQuestionWithAnAnswer() {
		fx = new DiscussionsTestData(jdbc);
		asker = fx.employee("Asa Asker");
		answerer = fx.leader("Ben Answerer");
		voter = fx.employee("Vera Voter");
		space = fx.space(SpaceKind.TOPIC);
		question = fx.question(space, asker, "How do we run a lessons-learned session?");
		answer = fx.reply(question, answerer, "Start with what went well.");
	}

	@Test
	void aVoteFromThePageMovesTheScoreAndReturnsToThePost() throws Exception {
		mvc.perform(post("/discussions/posts/{id}/vote", answer).param("value", "up").with(voter.signedIn()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", question.path() + "#post-" + answer));

		assertThat(fx.score(answer)).isEqualTo(1);
		mvc.perform(post("/discussions/posts/{id}/unvote", answer).with(voter.signedIn()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(fx.score(answer)).isZero();
		assertThat(fx.voteRows(answer)).isZero();
	}

	@Test
	void anHtmxVoteAnswersWithThePostsControlsAlone() throws Exception {
		String controls = mvc
			.perform(post("/discussions/posts/{id}/vote", answer).param("value", "up")
				.header("HX-Request", "true")
				.with(asker.signedIn())
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(controls).doesNotContain("<html")
			.contains("id=\"tools-" + answer + "\"", "id=\"score-" + answer + "\"", ">1</span>",
					"aria-pressed=\"true\"", "/discussions/posts/" + answer + "/unvote",
					"id=\"accept-" + answer + "\"", "href=\"/discussions/posts/" + answer + "/flag\"")
			.doesNotContain("/discussions/posts/" + answer + "/vote\"", "/discussions/posts/" + answer + "/hide");
	}

	@Test
	void aModeratorsControlsOfferHidingAndSpeakHebrew() throws Exception {
		var moderator = fx.leader("Mia Moderator");
		fx.moderator(space, moderator);

		String controls = mvc
			.perform(post("/discussions/posts/{id}/vote", answer).param("value", "down")
				.param("lang", "he")
				.header("HX-Request", "true")
				.with(moderator.signedIn())
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(controls).contains(">-1</span>", "הצבעת נגד", "/discussions/posts/" + answer + "/hide", "הסתרה",
				"id=\"accept-" + answer + "\"");
	}

	@Test
	void theQuestionItselfTakesVotesToo() throws Exception {
		mvc.perform(post("/discussions/posts/{id}/vote", question.openingPostId()).param("value", "down")
			.with(voter.signedIn())
			.with(csrf())).andExpect(status().is3xxRedirection());

		assertThat(fx.score(question.openingPostId())).isEqualTo(-1);
	}

	@Test
	void aSecondVoteInEitherDirectionIsAConflictAndChangesNothing() throws Exception {
		mvc.perform(post("/discussions/posts/{id}/vote", answer).param("value", "up").with(voter.signedIn()).with(csrf()))
			.andExpect(status().is3xxRedirection());

		String page = mvc
			.perform(post("/discussions/posts/{id}/vote", answer).param("value", "down")
				.with(voter.signedIn())
				.with(csrf()))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("You have already voted on this post", question.path());
		api(post("/api/v1/posts/{id}/votes", answer), voter, "{\"value\": 1}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.status").value(409));

		assertThat(fx.score(answer)).isEqualTo(1);
		assertThat(fx.voteRows(answer)).isEqualTo(1);
	}

	@Test
	void nobodyVotesOnTheirOwnPost() throws Exception {
		mvc.perform(post("/discussions/posts/{id}/vote", answer).param("value", "up")
			.with(answerer.signedIn())
			.with(csrf())).andExpect(status().isBadRequest());
		api(post("/api/v1/posts/{id}/votes", answer), answerer, "{\"value\": 1}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("post"));

		assertThat(fx.voteRows(answer)).isZero();
	}

	@Test
	void discussionRepliesTakeLikesNotVotes() throws Exception {
		var discussion = fx.discussion(space, asker, "Our KM week");
		long reply = fx.reply(discussion, answerer, "Count me in");

		api(post("/api/v1/posts/{id}/votes", reply), voter, "{\"value\": 1}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("post"));
		assertThat(fx.voteRows(reply)).isZero();
	}

	@Test
	void aHiddenPostIsRefusedToModeratorsAndUnknownToOthers() throws Exception {
		var moderator = fx.leader("Mia Moderator");
		fx.moderator(space, moderator);
		fx.setPost(answer, "hidden", true);

		api(post("/api/v1/posts/{id}/votes", answer), moderator, "{\"value\": 1}").andExpect(status().isBadRequest());
		api(post("/api/v1/posts/{id}/votes", answer), voter, "{\"value\": 1}").andExpect(status().isNotFound());
		assertThat(fx.voteRows(answer)).isZero();
	}

	@Test
	void theApiVotesAndTakesTheVoteBack() throws Exception {
		api(post("/api/v1/posts/{id}/votes", answer), voter, "{\"value\": -1}").andExpect(status().isCreated())
			.andExpect(jsonPath("$.score").value(-1))
			.andExpect(jsonPath("$.myVote").value(-1));
		api(post("/api/v1/posts/{id}/votes", answer), asker, "{\"value\": 1}").andExpect(status().isCreated())
			.andExpect(jsonPath("$.score").value(0));

		mvc.perform(delete("/api/v1/posts/{id}/votes", answer).with(voter.signedIn()).with(csrf()))
			.andExpect(status().isNoContent());
		mvc.perform(delete("/api/v1/posts/{id}/votes", answer).with(voter.signedIn()).with(csrf()))
			.andExpect(status().isBadRequest());
		assertThat(fx.score(answer)).isEqualTo(1);
		api(post("/api/v1/posts/{id}/votes", answer), voter, "{\"value\": 2}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("value"));
	}

	@Test
	void aPrivateSpacesPostsDoNotExistToOutsidersButMembersAndGuestsVote() throws Exception {
		var hidden = fx.space(SpaceKind.PRIVATE);
		var member = fx.employee("Mo Member");
		var guest = fx.guest("Gil Guest");
		fx.member(hidden, asker);
		fx.member(hidden, member);
		fx.member(hidden, guest);
		var secret = fx.question(hidden, asker, "Private question");
		var outsiderGuest = fx.guest("Out Guest");

		for (var outsider : List.of(voter, outsiderGuest)) {
			mvc.perform(post("/discussions/posts/{id}/vote", secret.openingPostId()).param("value", "up")
				.with(outsider.signedIn())
				.with(csrf())).andExpect(status().isNotFound());
			api(post("/api/v1/posts/{id}/votes", secret.openingPostId()), outsider, "{\"value\": 1}")
				.andExpect(status().isNotFound());
		}
		api(post("/api/v1/posts/{id}/votes", secret.openingPostId()), member, "{\"value\": 1}")
			.andExpect(status().isCreated());
		api(post("/api/v1/posts/{id}/votes", secret.openingPostId()), guest, "{\"value\": 1}")
			.andExpect(status().isCreated());
		assertThat(fx.score(secret.openingPostId())).isEqualTo(2);
	}

	@Test
	void manyVotersAtOnceLeaveTheScoreEqualToTheVotes() throws Exception {
		int voters = 16;
		List<DiscussionsTestData.Person> people = new ArrayList<>();
		for (int i = 0; i < voters; i++) {
			people.add(fx.employee("Parallel Voter " + i));
		}
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Votes.Tally>> results = new ArrayList<>();
			for (int i = 0; i < voters; i++) {
				var person = people.get(i);
				int value = i % 4 == 0 ? -1 : 1;
				Callable<Votes.Tally> vote = () -> {
					start.await();
					return votes.vote(person.user(), answer, value);
				};
				results.add(pool.submit(vote));
			}
			start.countDown();
			for (var result : results) {
				result.get();
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(fx.voteRows(answer)).isEqualTo(voters);
		assertThat(fx.score(answer)).isEqualTo((int) fx.votes(answer)).isEqualTo(voters - 2 * (voters / 4));
	}

	@Test
	void oneVoterClickingManyTimesAtOnceCountsOnce() throws Exception {
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> results = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return votes.vote(voter.user(), answer, 1);
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

		assertThat(fx.voteRows(answer)).isEqualTo(1);
		assertThat(fx.score(answer)).isEqualTo(1);
	}

	@Test
	void answersSortAcceptedFirstThenByScoreThenByTime() {
		Instant t0 = Instant.now().minusSeconds(3600);
		var q = fx.question(space, asker, "Ordering");
		long early = fx.reply(q, answerer, "early", t0);
		long popular = fx.reply(q, answerer, "popular", t0.plusSeconds(60));
		long late = fx.reply(q, answerer, "late", t0.plusSeconds(120));
		long accepted = fx.reply(q, answerer, "accepted", t0.plusSeconds(180));
		fx.setPost(popular, "score", 5);
		fx.setPost(accepted, "score", -1);
		fx.set(q.id(), "accepted_post_id", accepted);

		List<Long> order = jdbc.sql("select p.id from discussions_post p join discussions_thread t on t.id = p.thread_id"
				+ " where t.id = :t and p.opening = false order by " + Votes.ANSWER_ORDER)
			.param("t", q.id())
			.query(Long.class)
			.list();

		assertThat(order).containsExactly(accepted, popular, early, late);
	}

	private org.springframework.test.web.servlet.ResultActions api(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			DiscussionsTestData.Person who, String json) throws Exception {
		return mvc.perform(request.with(who.signedIn()).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
	}
}
