package org.agora.discussions;

import jakarta.servlet.http.HttpServletRequest;

import org.agora.platform.markdown.MarkdownRenderer;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Moderators hide a post with a reason, and restore it. */
@Controller
class ModerationPostController {

	private final ModerationHiding hiding;

	private final MarkdownRenderer markdown;

	private final ModerationRefusals refusals;

	ModerationPostController(ModerationHiding hiding, MarkdownRenderer markdown, ModerationRefusals refusals) {
		this.refusals = refusals;
		this.hiding = hiding;
		this.markdown = markdown;
	}

	@GetMapping("/discussions/posts/{id}/hide")
	ModelAndView hideForm(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id) {
		return hidePage(viewer, id, "", FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping("/discussions/posts/{id}/hide")
	ModelAndView hide(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String from,
			HttpServletRequest request, RedirectAttributes redirect) {
		return refusals.attempt(viewer, request, () -> {
			ModerationPost post;
			try {
				post = hiding.hide(viewer, id, reason);
			}
			catch (InvalidInputException e) {
				return hidePage(viewer, id, reason, FormErrors.of(e), HttpStatus.BAD_REQUEST);
			}
			redirect.addFlashAttribute("saved", "dqa.action.done.HIDE");
			return new ModelAndView("redirect:" + ("queue".equals(from) ? "/discussions/moderation"
					: ThreadController.encoded(post.thread().path()) + "#post-" + id));
		});
	}

	@PostMapping("/discussions/posts/{id}/restore")
	ModelAndView restore(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(defaultValue = "") String reason, HttpServletRequest request, RedirectAttributes redirect) {
		return refusals.attempt(viewer, request, () -> {
			var post = hiding.restore(viewer, id, reason);
			redirect.addFlashAttribute("saved", "dqa.action.done.RESTORE");
			return new ModelAndView("redirect:" + ThreadController.encoded(post.thread().path()) + "#post-" + id);
		});
	}

	private ModelAndView hidePage(AgoraPrincipal viewer, long postId, String reason, FormErrors errors,
			HttpStatus status) {
		return new ModelAndView("discussions/hide", status).addObject("post", hiding.moderated(viewer, postId))
			.addObject("reason", reason)
			.addObject("errors", errors)
			.addObject("markdown", markdown);
	}
}
