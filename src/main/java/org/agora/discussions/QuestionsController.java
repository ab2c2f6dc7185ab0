package org.agora.discussions;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The questions lists: unanswered (the queue waiting for help), answered, all. */
@Controller
class QuestionsController {

	private final QuestionLists lists;

	private final Spaces spaces;

	private final ModerationQueue queue;

	QuestionsController(QuestionLists lists, Spaces spaces, ModerationQueue queue) {
		this.lists = lists;
		this.spaces = spaces;
		this.queue = queue;
	}

	@GetMapping("/discussions/questions")
	ModelAndView questions(@AuthenticationPrincipal AgoraPrincipal viewer,
			@RequestParam(required = false) String status, @RequestParam(required = false) String tag,
			@RequestParam(required = false) String space, @RequestParam(defaultValue = "0") int page) {
		QuestionStatus chosen;
		HttpStatus answer = HttpStatus.OK;
		try {
			chosen = QuestionStatus.of(status);
		}
		catch (InvalidInputException e) {
			chosen = QuestionStatus.UNANSWERED;
			answer = HttpStatus.BAD_REQUEST;
		}
		var query = new QuestionLists.Query(chosen, tag, space, page);
		return new ModelAndView("discussions/questions", answer).addObject("query", query)
			.addObject("results", lists.list(viewer, query))
			.addObject("spaces", spaces.visibleTo(viewer))
			.addObject("moderator", queue.mayOpen(viewer));
	}
}
