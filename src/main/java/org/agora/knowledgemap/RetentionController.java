package org.agora.knowledgemap;

import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's own retention page (their entries as holder, the actions they own), and the steps of an action, taken
 * by its owner or a manager: start, done with its result, cancel; and a manager's confirmation of what an owner's done
 * action achieved. A manager goes back to the holder's page, an owner to their own.
 */
@Controller
class RetentionController {

	private final RetentionActions actions;

	private final RetentionPlanPages pages;

	private final Holders holders;

	private final KnowledgeMapPolicy policy;

	RetentionController(RetentionActions actions, RetentionPlanPages pages, Holders holders,
			KnowledgeMapPolicy policy) {
		this.actions = actions;
		this.pages = pages;
		this.holders = holders;
		this.policy = policy;
	}

	@GetMapping("/knowledge-map/me")
	String own(@AuthenticationPrincipal AgoraPrincipal viewer, Model model) {
		return pages.own(viewer, model, FormErrors.none());
	}

	@PostMapping("/knowledge-map/actions/{actionId}/start")
	String start(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long actionId, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(viewer, actionId, model, response, redirect, null, "map.retention.flash.started",
				v -> actions.start(v, actionId));
	}

	@PostMapping("/knowledge-map/actions/{actionId}/done")
	String done(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long actionId,
			@ModelAttribute ActionDoneForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return act(viewer, actionId, model, response, redirect, form, "map.retention.flash.done",
				v -> actions.complete(v, actionId, form));
	}

	@PostMapping("/knowledge-map/actions/{actionId}/confirm")
	String confirm(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long actionId, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!policy.mayManageRetention(viewer)) {
			throw new AccessDeniedException("Community managers and admins confirm what a retention action achieved");
		}
		return act(viewer, actionId, model, response, redirect, null, "map.retention.flash.confirmed",
				v -> actions.confirm(v, actionId));
	}

	@PostMapping("/knowledge-map/actions/{actionId}/cancel")
	String cancel(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long actionId, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(viewer, actionId, model, response, redirect, null, "map.retention.flash.cancelled",
				v -> actions.cancel(v, actionId));
	}

	private String act(AgoraPrincipal viewer, long actionId, Model model, HttpServletResponse response,
			RedirectAttributes redirect, ActionDoneForm form, String saved, Consumer<AgoraPrincipal> change) {
		var action = holders.action(actionId).orElseThrow(() -> new NotFoundException("Action"));
		boolean manager = policy.maySeeRegister(viewer);
		try {
			change.accept(viewer);
		}
		catch (InvalidInputException e) {
			response.setStatus(e instanceof RetentionConflict ? HttpStatus.CONFLICT.value()
					: HttpStatus.BAD_REQUEST.value());
			if (form != null) {
				model.addAttribute("doneForm", form);
			}
			model.addAttribute("doing", actionId);
			var errors = FormErrors.of(e);
			return manager ? pages.holder(viewer, action.holderId(), model, errors) : pages.own(viewer, model, errors);
		}
		redirect.addFlashAttribute("saved", saved);
		return manager ? "redirect:/knowledge-map/risks/" + action.holderId() : "redirect:/knowledge-map/me";
	}
}
