package org.agora.learning;

import jakarta.servlet.http.HttpServletResponse;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of cohorts, a cohort's page, and planning one. */
@Controller
class CohortController {

	private final CohortPages pages;

	private final CohortPlanning planning;

	private final Cohorts cohorts;

	private final LearningPolicy policy;

	CohortController(CohortPages pages, CohortPlanning planning, Cohorts cohorts, LearningPolicy policy) {
		this.pages = pages;
		this.planning = planning;
		this.cohorts = cohorts;
		this.policy = policy;
	}

	@GetMapping("/learning/cohorts")
	String list(@AuthenticationPrincipal AgoraPrincipal viewer, Model model) {
		model.addAttribute("cohorts", pages.list(viewer));
		model.addAttribute("manage", policy.mayManageCohorts(viewer));
		return "learning/cohorts";
	}

	@GetMapping("/learning/cohorts/new")
	String newForm(@AuthenticationPrincipal AgoraPrincipal viewer, Model model) {
		requireManager(viewer);
		return form(null, CohortPlanning.CohortForm.blank(), FormErrors.none(), model);
	}

	@PostMapping("/learning/cohorts")
	String create(@AuthenticationPrincipal AgoraPrincipal viewer, @ModelAttribute CohortPlanning.CohortForm form,
			Model model, RedirectAttributes redirect) {
		try {
			long id = planning.create(viewer, form);
			redirect.addFlashAttribute("saved", "cohorts.created");
			return "redirect:/learning/cohorts/" + id;
		}
		catch (InvalidInputException e) {
			return form(null, form, FormErrors.of(e), model);
		}
	}

	@GetMapping("/learning/cohorts/{id}")
	String show(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, Model model) {
		model.addAttribute("page", pages.page(viewer, id));
		return "learning/cohort";
	}

	@GetMapping("/learning/cohorts/{id}/edit")
	String edit(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, Model model) {
		requireManager(viewer);
		var cohort = cohorts.find(id).orElseThrow(() -> new NotFoundException("Cohort"));
		return form(cohort, CohortPlanning.CohortForm.of(cohort), FormErrors.none(), model);
	}

	@PostMapping("/learning/cohorts/{id}")
	String update(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@ModelAttribute CohortPlanning.CohortForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			planning.update(viewer, id, form);
		}
		catch (InvalidInputException e) {
			return form(cohorts.find(id).orElseThrow(), form, FormErrors.of(e), model);
		}
		catch (OptimisticLockingFailureException e) {
			// someone saved the cohort since this form was opened: show what they typed, and the cohort as it is now
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("failed", "cohorts.error.changed");
			var current = cohorts.find(id).orElseThrow();
			return form(current, new CohortPlanning.CohortForm(form.courseId(), form.name(), form.startsOn(),
					form.endsOn(), form.status(), current.version()), FormErrors.none(), model);
		}
		redirect.addFlashAttribute("saved", "cohorts.updated");
		return "redirect:/learning/cohorts/" + id;
	}

	@PostMapping("/learning/cohorts/{id}/status")
	String status(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(defaultValue = "") String status, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			planning.changeStatus(viewer, id, status);
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("page", pages.page(viewer, id));
			model.addAttribute("failed", e.messageKey());
			return "learning/cohort";
		}
		redirect.addFlashAttribute("saved", "cohorts.statusChanged");
		return "redirect:/learning/cohorts/" + id;
	}

	/** @param cohort the cohort being edited, or null for a new one */
	private String form(Cohorts.Cohort cohort, CohortPlanning.CohortForm form, FormErrors errors, Model model) {
		model.addAttribute("cohort", cohort);
		model.addAttribute("form", form);
		model.addAttribute("courses", pages.courses());
		model.addAttribute("errors", errors);
		return "learning/cohortForm";
	}

	private void requireManager(AgoraPrincipal viewer) {
		if (!policy.mayManageCohorts(viewer)) {
			throw new AccessDeniedException("Only community managers plan cohorts");
		}
	}
}
