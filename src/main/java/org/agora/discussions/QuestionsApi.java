package org.agora.discussions;

import java.time.Instant;
import java.util.List;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The JSON twin of the questions lists, votes and accepted answers, with the same checks as the pages. */
@RestController
class QuestionsApi {

	/** @param value 1 for up, -1 for down */
	record VoteRequest(Integer value) {
	}

	record AcceptRequest(Long postId) {
	}

	/** @param answeredWithinHours whole hours until the first answer, or null while unanswered */
	record QuestionJson(long id, String title, String path, String space, String spaceName, String askedBy,
			Instant askedAt, List<String> tags, int answers, boolean accepted, Long answeredWithinHours,
			boolean closed, Long duplicateOf) {
	}

	record QuestionsJson(List<QuestionJson> items, int page, int size, long total) {
	}

	record ThreadAnswerJson(long threadId, Long acceptedPostId) {
	}

	private final QuestionLists lists;

	private final Votes votes;

	private final AcceptedAnswers accepted;

	QuestionsApi(QuestionLists lists, Votes votes, AcceptedAnswers accepted) {
		this.lists = lists;
		this.votes = votes;
		this.accepted = accepted;
	}

	@GetMapping("/api/v1/questions")
	QuestionsJson questions(@AuthenticationPrincipal AgoraPrincipal viewer,
			@RequestParam(required = false) String status, @RequestParam(required = false) String tag,
			@RequestParam(required = false) String space, @RequestParam(defaultValue = "0") int page) {
		var results = lists.list(viewer, new QuestionLists.Query(QuestionStatus.of(status), tag, space, page));
		return new QuestionsJson(results.items().stream().map(QuestionsApi::json).toList(), results.page(),
				results.size(), results.total());
	}

	@PostMapping("/api/v1/posts/{id}/votes")
	@ResponseStatus(HttpStatus.CREATED)
	Votes.Tally vote(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestBody(required = false) VoteRequest request) {
		Integer value = request == null ? null : request.value();
		return votes.vote(viewer, id, VoteRules.value(value == null ? "" : value.toString()));
	}

	@DeleteMapping("/api/v1/posts/{id}/votes")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unvote(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id) {
		votes.unvote(viewer, id);
	}

	@PostMapping("/api/v1/threads/{id}/accepted-answer")
	ThreadAnswerJson accept(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestBody(required = false) AcceptRequest request) {
		var thread = accepted.accept(viewer, id, request == null ? null : request.postId());
		return new ThreadAnswerJson(thread.id(), thread.acceptedPostId());
	}

	@DeleteMapping("/api/v1/threads/{id}/accepted-answer")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unaccept(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id) {
		accepted.unaccept(viewer, id);
	}

	private static QuestionJson json(QuestionLists.Row row) {
		var t = row.thread();
		return new QuestionJson(t.id(), t.title(), t.path(), row.space() == null ? null : row.space().slug(),
				row.space() == null ? null : row.space().name(), row.askerName(), t.createdAt(), t.tags(),
				t.replyCount(), row.accepted(), row.answeredWithinHours(), t.closed(), t.duplicateOf());
	}
}
