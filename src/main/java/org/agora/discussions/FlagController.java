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

/** Flagging a post, and the moderation queue where moderators dismiss flags or hide the post. */
@Controller
class FlagController {

	private final Flags flags;

	private final ModerationPosts posts;

	private final ModerationQueue queue;

	private final MarkdownRenderer markdown;

	private final ModerationRefusals refusals;

	FlagController(Flags flags, ModerationPosts posts, ModerationQueue queue, MarkdownRenderer markdown,
			ModerationRefusals refusals) {
		this.refusals = refusals;
		this.flags = flags;
		this.posts = posts;
		this.queue = queue;
		this.markdown = markdown;
	}

	@GetMapping("/discussions/posts/{id}/flag")
	ModelAndView flagForm(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id) {
		return flagPage(viewer, id, "", "", FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping("/discussions/posts/{id}/flag")
	ModelAndView flag(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String note,
			HttpServletRequest request, RedirectAttributes redirect) {
		return refusals.attempt(viewer, request, () -> {
			try {
				flags.flag(viewer, id, reason, note);
			}
			catch (InvalidInputException e) {
				if ("post".equals(e.field())) {
					throw e;
				}
				return flagPage(viewer, id, reason, note, FormErrors.of(e), HttpStatus.BAD_REQUEST);
			}
			redirect.addFlashAttribute("saved", "dqa.flag.saved");
			return new ModelAndView("redirect:" + ThreadController.encoded(posts.visible(viewer, id).thread().path()) + "#post-" + id);
		});
	}

	@GetMapping("/discussions/moderation")
	ModelAndView queue(@AuthenticationPrincipal AgoraPrincipal viewer) {
		return new ModelAndView("discussions/moderation").addObject("items", queue.of(viewer))
			.addObject("markdown", markdown);
	}

	@PostMapping("/discussions/flags/{id}/dismiss")
	ModelAndView dismiss(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			HttpServletRequest request, RedirectAttributes redirect) {
		return refusals.attempt(viewer, request, () -> {
			flags.dismiss(viewer, id);
			redirect.addFlashAttribute("saved", "dqa.queue.dismissed");
			return new ModelAndView("redirect:/discussions/moderation");
		});
	}

	@PostMapping("/discussions/posts/{id}/flags/dismiss")
	ModelAndView dismissAll(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			RedirectAttributes redirect) {
		flags.dismissAll(viewer, id);
		redirect.addFlashAttribute("saved", "dqa.queue.dismissed");
		return new ModelAndView("redirect:/discussions/moderation");
	}

	private ModelAndView flagPage(AgoraPrincipal viewer, long postId, String reason, String note, FormErrors errors,
			HttpStatus status) {
		return new ModelAndView("discussions/flag", status).addObject("post", posts.visible(viewer, postId))
			.addObject("reason", reason)
			.addObject("note", note)
			.addObject("errors", errors)
			.addObject("markdown", markdown);
	}
}
