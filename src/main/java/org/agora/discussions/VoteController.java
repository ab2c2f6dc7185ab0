package org.agora.discussions;

import jakarta.servlet.http.HttpServletRequest;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The vote buttons of a post; each answers with the thread again, at the post, or for htmx with the post's controls
 * alone.
 */
@Controller
class VoteController {

	private final Votes votes;

	private final ThreadStore threads;

	private final ModerationRefusals refusals;

	private final ModerationPostTools tools;

	VoteController(Votes votes, ThreadStore threads, ModerationRefusals refusals, ModerationPostTools tools) {
		this.votes = votes;
		this.threads = threads;
		this.refusals = refusals;
		this.tools = tools;
	}

	@PostMapping("/discussions/posts/{id}/vote")
	ModelAndView vote(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(defaultValue = "") String value,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, HttpServletRequest request,
			RedirectAttributes redirect) {
		return refusals.attempt(viewer, request, () -> {
			votes.vote(viewer, id, VoteRules.value(value));
			redirect.addFlashAttribute("saved", "dqa.vote.saved");
			return htmx ? controls(viewer, id) : backToPost(viewer, id);
		});
	}

	@PostMapping("/discussions/posts/{id}/unvote")
	ModelAndView unvote(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, HttpServletRequest request,
			RedirectAttributes redirect) {
		return refusals.attempt(viewer, request, () -> {
			votes.unvote(viewer, id);
			redirect.addFlashAttribute("saved", "dqa.vote.removed");
			return htmx ? controls(viewer, id) : backToPost(viewer, id);
		});
	}

	/** For htmx: the post's controls alone, with the new score and the viewer's vote. */
	private ModelAndView controls(AgoraPrincipal viewer, long postId) {
		return new ModelAndView("discussions/postTools").addObject("tools", tools.of(viewer, postId));
	}

	private ModelAndView backToPost(AgoraPrincipal viewer, long postId) {
		return new ModelAndView("redirect:" + ThreadController.encoded(threads.visibleByPost(viewer, postId).thread().path()) + "#post-" + postId);
	}
}
