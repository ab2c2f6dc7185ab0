package org.agora.discussions;

import jakarta.servlet.http.HttpServletRequest;

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

/** The moderators' thread menu (pin, lock, close, move, duplicate) and the thread's audit trail. */
@Controller
class ModerationController {

	private final ModerationActions actions;

	private final ModerationLog log;

	private final Spaces spaces;

	private final ModerationRefusals refusals;

	ModerationController(ModerationActions actions, ModerationLog log, Spaces spaces, ModerationRefusals refusals) {
		this.refusals = refusals;
		this.actions = actions;
		this.log = log;
		this.spaces = spaces;
	}

	@PostMapping({ "/discussions/t/{id}/pin", "/discussions/t/{id}/unpin", "/discussions/t/{id}/lock",
			"/discussions/t/{id}/unlock", "/discussions/t/{id}/close", "/discussions/t/{id}/reopen" })
	ModelAndView act(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String id,
			@RequestParam(required = false) String reason, HttpServletRequest request, RedirectAttributes redirect) {
		String uri = request.getRequestURI();
		var action = ModerationAction.ofThreadPath(uri.substring(uri.lastIndexOf('/') + 1));
		long threadId = ThreadPaths.idOf(id);
		return refusals.attempt(viewer, request, () -> {
			actions.apply(viewer, threadId, action, reason);
			redirect.addFlashAttribute("saved", "dqa.action.done." + action.name());
			return new ModelAndView("redirect:" + ThreadController.encoded(actions.moderated(viewer, threadId).thread().path()));
		});
	}

	@GetMapping("/discussions/t/{id}/move")
	ModelAndView moveForm(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String id) {
		return movePage(viewer, ThreadPaths.idOf(id), null, "", FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping("/discussions/t/{id}/move")
	ModelAndView move(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String id,
			@RequestParam(required = false) Long spaceId, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		long threadId = ThreadPaths.idOf(id);
		try {
			actions.move(viewer, threadId, spaceId, reason);
		}
		catch (InvalidInputException e) {
			return movePage(viewer, threadId, spaceId, reason, FormErrors.of(e), HttpStatus.BAD_REQUEST);
		}
		redirect.addFlashAttribute("saved", "dqa.action.done.MOVE");
		return new ModelAndView("redirect:" + ThreadController.encoded(actions.moderated(viewer, threadId).thread().path()));
	}

	@GetMapping("/discussions/t/{id}/duplicate")
	ModelAndView duplicateForm(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String id) {
		return duplicatePage(viewer, ThreadPaths.idOf(id), "", "", FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping("/discussions/t/{id}/duplicate")
	ModelAndView duplicate(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String id,
			@RequestParam(defaultValue = "") String of, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		long threadId = ThreadPaths.idOf(id);
		try {
			actions.duplicate(viewer, threadId, of, reason);
		}
		catch (InvalidInputException e) {
			return duplicatePage(viewer, threadId, of, reason, FormErrors.of(e), HttpStatus.BAD_REQUEST);
		}
		redirect.addFlashAttribute("saved", "dqa.action.done.DUPLICATE");
		return new ModelAndView("redirect:" + ThreadController.encoded(actions.moderated(viewer, threadId).thread().path()));
	}

	@GetMapping("/discussions/t/{id}/moderation")
	ModelAndView trail(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String id) {
		var located = actions.moderated(viewer, ThreadPaths.idOf(id));
		return new ModelAndView("discussions/moderationTrail").addObject("located", located)
			.addObject("entries", log.ofThread(located.thread().id()))
			.addObject("spaces", spaces.visibleTo(viewer));
	}

	private ModelAndView movePage(AgoraPrincipal viewer, long threadId, Long spaceId, String reason,
			FormErrors errors, HttpStatus status) {
		var located = actions.moderated(viewer, threadId);
		return new ModelAndView("discussions/move", status).addObject("located", located)
			.addObject("targets", actions.moveTargets(viewer, located.space().id()))
			.addObject("spaceId", spaceId)
			.addObject("reason", reason)
			.addObject("errors", errors);
	}

	private ModelAndView duplicatePage(AgoraPrincipal viewer, long threadId, String of, String reason,
			FormErrors errors, HttpStatus status) {
		var located = actions.moderated(viewer, threadId);
		return new ModelAndView("discussions/duplicate", status).addObject("located", located)
			.addObject("of", of)
			.addObject("reason", reason)
			.addObject("errors", errors);
	}
}
