package org.agora.discussions;

import jakarta.servlet.http.HttpServletRequest;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The vote buttons of a post; each answers with the thread again, at the post. */
@Controller
class VoteController {

	private final Votes votes;

	private final ThreadStore threads;

	private final ModerationRefusals refusals;

	VoteController(Votes votes, ThreadStore threads, ModerationRefusals refusals) {
		this.votes = votes;
		this.threads = threads;
		this.refusals = refusals;
	}

	@PostMapping("/discussions/posts/{id}/vote")
	ModelAndView vote(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(defaultValue = "") String value, HttpServletRequest request, RedirectAttributes redirect) {
		return refusals.attempt(viewer, request, () -> {
			votes.vote(viewer, id, VoteRules.value(value));
			redirect.addFlashAttribute("saved", "dqa.vote.saved");
			return backToPost(viewer, id);
		});
	}

	@PostMapping("/discussions/posts/{id}/unvote")
	ModelAndView unvote(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			HttpServletRequest request, RedirectAttributes redirect) {
		return refusals.attempt(viewer, request, () -> {
			votes.unvote(viewer, id);
			redirect.addFlashAttribute("saved", "dqa.vote.removed");
			return backToPost(viewer, id);
		});
	}

	private ModelAndView backToPost(AgoraPrincipal viewer, long postId) {
		return new ModelAndView("redirect:" + threads.visibleByPost(viewer, postId).thread().path() + "#post-" + postId);
	}
}
