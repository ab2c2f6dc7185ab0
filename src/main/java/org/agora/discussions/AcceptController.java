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

/** The asker (or a moderator) accepts an answer, or takes the acceptance back. */
@Controller
class AcceptController {

	private final AcceptedAnswers accepted;

	private final ModerationRefusals refusals;

	AcceptController(AcceptedAnswers accepted, ModerationRefusals refusals) {
		this.accepted = accepted;
		this.refusals = refusals;
	}

	@PostMapping("/discussions/t/{id}/accept")
	ModelAndView accept(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String id,
			@RequestParam(required = false) Long postId, HttpServletRequest request, RedirectAttributes redirect) {
		return refusals.attempt(viewer, request, () -> {
			var thread = accepted.accept(viewer, ThreadPaths.idOf(id), postId);
			redirect.addFlashAttribute("saved", "dqa.accept.saved");
			return new ModelAndView("redirect:" + ThreadController.encoded(thread.path()) + "#post-" + postId);
		});
	}

	@PostMapping("/discussions/t/{id}/unaccept")
	ModelAndView unaccept(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String id,
			RedirectAttributes redirect) {
		var thread = accepted.unaccept(viewer, ThreadPaths.idOf(id));
		redirect.addFlashAttribute("saved", "dqa.accept.removed");
		return new ModelAndView("redirect:" + ThreadController.encoded(thread.path()));
	}
}
