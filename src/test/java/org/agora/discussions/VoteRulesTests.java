package org.agora.discussions;

import java.time.Instant;
import java.util.List;

import org.agora.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What takes a vote, decided from the post alone: a question's posts, not your own, not hidden, not locked. */
class VoteRulesTests {

	static final long ASKER = 1;

	static final long ANSWERER = 2;

	static final long VOTER = 3;

	static DiscussionThread thread(ThreadKind kind, boolean locked) {
		return new DiscussionThread(10, 20, kind, "How do we start?", ASKER, Instant.EPOCH, Instant.EPOCH, 1, false,
				locked, false, false, null, null, null, 0, List.of());
	}

	static ModerationPost post(DiscussionThread thread, long id, long author, boolean opening, boolean hidden) {
		var space = new Space(thread.spaceId(), "qa", "QA", null, SpaceKind.TOPIC, false, null, Instant.EPOCH, 0);
		return new ModerationPost(id, thread.id(), author, "Someone", "text", opening, hidden, 0, Instant.EPOCH, space,
				thread);
	}

	@Test
	void anAnswerAndTheQuestionItselfTakeVotesFromOthers() {
		var question = thread(ThreadKind.QUESTION, false);

		assertThatCode(() -> VoteRules.check(post(question, 100, ASKER, true, false), VOTER)).doesNotThrowAnyException();
		assertThatCode(() -> VoteRules.check(post(question, 101, ANSWERER, false, false), VOTER))
			.doesNotThrowAnyException();
	}

	@Test
	void nobodyVotesOnTheirOwnPost() {
		var answer = post(thread(ThreadKind.QUESTION, false), 101, ANSWERER, false, false);

		assertThatThrownBy(() -> VoteRules.check(answer, ANSWERER)).isInstanceOf(InvalidInputException.class)
			.hasFieldOrPropertyWithValue("messageKey", "dqa.vote.own");
	}

	@Test
	void discussionRepliesAreLikedNotVoted() {
		var reply = post(thread(ThreadKind.DISCUSSION, false), 101, ANSWERER, false, false);

		assertThatThrownBy(() -> VoteRules.check(reply, VOTER)).isInstanceOf(InvalidInputException.class)
			.hasFieldOrPropertyWithValue("messageKey", "dqa.vote.discussion");
	}

	@Test
	void hiddenPostsAndLockedThreadsTakeNoVotes() {
		assertThatThrownBy(() -> VoteRules.check(post(thread(ThreadKind.QUESTION, false), 101, ANSWERER, false, true),
				VOTER))
			.hasFieldOrPropertyWithValue("messageKey", "dqa.vote.hidden");
		assertThatThrownBy(() -> VoteRules.check(post(thread(ThreadKind.QUESTION, true), 101, ANSWERER, false, false),
				VOTER))
			.hasFieldOrPropertyWithValue("messageKey", "dqa.vote.locked");
	}

	@Test
	void aVoteIsUpOrDownAndNothingElse() {
		assertThat(VoteRules.value("up")).isEqualTo(1);
		assertThat(VoteRules.value("DOWN")).isEqualTo(-1);
		assertThat(VoteRules.value("1")).isEqualTo(1);
		assertThat(VoteRules.value("-1")).isEqualTo(-1);
		for (String wrong : new String[] { "", "2", "-2", "sideways", null }) {
			assertThatThrownBy(() -> VoteRules.value(wrong)).isInstanceOf(InvalidInputException.class)
				.hasFieldOrPropertyWithValue("field", "value");
		}
	}
}
