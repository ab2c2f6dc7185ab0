package org.agora.knowledgemap;

import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The managers' risk register, the form to record a holder, and a holder's page with their risk, their plan and the
 * forms to change, close or delete them. Bad input comes back with status 400 (409 when the holder or action moved on meanwhile), the
 * typing kept and nothing saved.
 */
@Controller
@RequestMapping("/knowledge-map/risks")
class RiskRegisterController {

	private final RiskRegister register;

	private final HolderEditor editor;

	private final RetentionActions actions;

	private final RetentionPlanPages pages;

	private final HolderChoices choices;

	private final KnowledgeMapPolicy policy;

	RiskRegisterController(RiskRegister register, HolderEditor editor, RetentionActions actions,
			RetentionPlanPages pages, HolderChoices choices, KnowledgeMapPolicy policy) {
		this.register = register;
		this.editor = editor;
		this.actions = actions;
		this.pages = pages;
		this.choices = choices;
		this.policy = policy;
	}

	@GetMapping
	String register(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(required = false) String level,
			@RequestParam(required = false) String unit, Model model) {
		var chosenLevel = RiskFilters.level(level);
		var unitId = RiskFilters.unit(unit);
		model.addAttribute("listing", register.read(viewer, chosenLevel, unitId));
		model.addAttribute("units", register.units());
		model.addAttribute("level", chosenLevel == null ? "" : chosenLevel.name());
		model.addAttribute("unit", unitId == null ? "" : unitId.toString());
		return "knowledgemap/risks";
	}

	@GetMapping("/new")
	String blank(@AuthenticationPrincipal AgoraPrincipal viewer, Model model) {
		return form(viewer, model, HolderForm.BLANK, FormErrors.none());
	}

	@PostMapping
	String record(@AuthenticationPrincipal AgoraPrincipal viewer, @ModelAttribute HolderForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		long id;
		try {
			id = editor.record(viewer, form);
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(viewer, model, form, FormErrors.of(e));
		}
		redirect.addFlashAttribute("saved", "map.retention.flash.recorded");
		return "redirect:/knowledge-map/risks/" + id;
	}

	@GetMapping("/{holderId}")
	String holder(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long holderId, Model model) {
		return pages.holder(viewer, holderId, model, FormErrors.none());
	}

	@PostMapping("/{holderId}")
	String change(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long holderId,
			@ModelAttribute HolderForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return act(viewer, holderId, model, response, redirect, "holderForm", form, "map.retention.flash.changed",
				v -> editor.change(v, holderId, form));
	}

	@PostMapping("/{holderId}/actions")
	String plan(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long holderId,
			@ModelAttribute ActionForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return act(viewer, holderId, model, response, redirect, "actionForm", form, "map.retention.flash.planned",
				v -> actions.plan(v, holderId, form));
	}

	@PostMapping("/{holderId}/close")
	String close(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long holderId,
			@RequestParam(required = false) String version, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return act(viewer, holderId, model, response, redirect, null, null, "map.retention.flash.closed",
				v -> editor.close(v, holderId, version));
	}

	@PostMapping("/{holderId}/delete")
	String delete(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long holderId,
			@RequestParam(required = false) String version, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			editor.delete(viewer, holderId, version);
		}
		catch (InvalidInputException e) {
			response.setStatus(e instanceof RetentionConflict ? HttpStatus.CONFLICT.value()
					: HttpStatus.BAD_REQUEST.value());
			return pages.holder(viewer, holderId, model, FormErrors.of(e));
		}
		redirect.addFlashAttribute("saved", "map.retention.flash.deleted");
		return "redirect:/knowledge-map/risks";
	}

	private String act(AgoraPrincipal viewer, long holderId, Model model, HttpServletResponse response,
			RedirectAttributes redirect, String formName, Object form, String saved, Consumer<AgoraPrincipal> change) {
		try {
			change.accept(viewer);
		}
		catch (InvalidInputException e) {
			response.setStatus(e instanceof RetentionConflict ? HttpStatus.CONFLICT.value()
					: HttpStatus.BAD_REQUEST.value());
			if (formName != null) {
				model.addAttribute(formName, form);
			}
			return pages.holder(viewer, holderId, model, FormErrors.of(e));
		}
		redirect.addFlashAttribute("saved", saved);
		return "redirect:/knowledge-map/risks/" + holderId;
	}

	private String form(AgoraPrincipal viewer, Model model, HolderForm form, FormErrors errors) {
		if (!policy.mayManageRetention(viewer)) {
			throw new AccessDeniedException("Community managers and admins record holders");
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("areas", choices.areas());
		model.addAttribute("people", choices.people());
		return "knowledgemap/holderNew";
	}
}
