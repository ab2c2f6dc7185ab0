package org.agora.discussions;

import org.agora.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.agora.discussions.VoteRulesTests.ANSWERER;
import static org.agora.discussions.VoteRulesTests.ASKER;
import static org.agora.discussions.VoteRulesTests.post;
import static org.agora.discussions.VoteRulesTests.thread;

/** Only a visible answer of the very question may be accepted, and only in a question. */
class AcceptRulesTests {

	@Test
	void aVisibleAnswerOfTheQuestionIsAccepted() {
		var question = thread(ThreadKind.QUESTION, false);

		assertThatCode(() -> AcceptRules.check(question, post(question, 101, ANSWERER, false, false)))
			.doesNotThrowAnyException();
	}

	@Test
	void aPostOfAnotherThreadNamesTheField() {
		var question = thread(ThreadKind.QUESTION, false);
		var other = new DiscussionThread(11, 20, ThreadKind.QUESTION, "Other", ASKER, question.createdAt(),
				question.createdAt(), 1, false, false, false, false, null, null, null, 0, java.util.List.of());

		assertThatThrownBy(() -> AcceptRules.check(question, post(other, 201, ANSWERER, false, false)))
			.isInstanceOf(InvalidInputException.class)
			.hasFieldOrPropertyWithValue("field", "postId")
			.hasFieldOrPropertyWithValue("messageKey", "dqa.accept.otherThread");
		assertThatThrownBy(() -> AcceptRules.check(question, null)).hasFieldOrPropertyWithValue("field", "postId");
	}

	@Test
	void theQuestionItselfAHiddenAnswerAndADiscussionAreRefused() {
		var question = thread(ThreadKind.QUESTION, false);
		var discussion = thread(ThreadKind.DISCUSSION, false);

		assertThatThrownBy(() -> AcceptRules.check(question, post(question, 100, ASKER, true, false)))
			.hasFieldOrPropertyWithValue("messageKey", "dqa.accept.opening");
		assertThatThrownBy(() -> AcceptRules.check(question, post(question, 101, ANSWERER, false, true)))
			.hasFieldOrPropertyWithValue("messageKey", "dqa.accept.hidden");
		assertThatThrownBy(() -> AcceptRules.check(discussion, post(discussion, 101, ANSWERER, false, false)))
			.hasFieldOrPropertyWithValue("messageKey", "dqa.accept.notQuestion");
	}
}
