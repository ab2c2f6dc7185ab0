package org.agora.people;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
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

/** The community manager's settings for the leader programme. */
@Controller
class ProgrammeController {

	private final ProgrammeSettings programme;

	private final PeoplePolicy policy;

	ProgrammeController(ProgrammeSettings programme, PeoplePolicy policy) {
		this.programme = programme;
		this.policy = policy;
	}

	@GetMapping("/programme")
	String page(@AuthenticationPrincipal AgoraPrincipal viewer, Model model) {
		if (!policy.mayReviewNominations(viewer)) {
			throw new AccessDeniedException("Only community managers run the programme");
		}
		return page(new ProgrammeSettings.CriterionForm("", "", null, true), null, programme.defaults(),
				FormErrors.none(), model);
	}

	@PostMapping("/programme/criteria")
	String add(@AuthenticationPrincipal AgoraPrincipal viewer, @ModelAttribute ProgrammeSettings.CriterionForm form,
			Model model, RedirectAttributes redirect) {
		try {
			programme.addCriterion(viewer, form);
		}
		catch (InvalidInputException e) {
			return page(form, null, programme.defaults(), FormErrors.of(e), model);
		}
		redirect.addFlashAttribute("saved", "programme.criterionSaved");
		return "redirect:/programme";
	}

	@PostMapping("/programme/criteria/{id}")
	String update(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@ModelAttribute ProgrammeSettings.CriterionForm form, Model model, RedirectAttributes redirect) {
		try {
			programme.updateCriterion(viewer, id, form);
		}
		catch (InvalidInputException e) {
			return page(form, id, programme.defaults(), FormErrors.of(e), model);
		}
		redirect.addFlashAttribute("saved", "programme.criterionSaved");
		return "redirect:/programme";
	}

	@PostMapping("/programme/defaults")
	String defaults(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(required = false) Integer termMonths,
			@RequestParam(required = false) Integer hoursPerMonth, Model model, RedirectAttributes redirect) {
		try {
			programme.saveDefaults(viewer, termMonths, hoursPerMonth);
		}
		catch (InvalidInputException e) {
			return page(new ProgrammeSettings.CriterionForm("", "", null, true), null,
					new ProgrammeSettings.Defaults(termMonths == null ? 0 : termMonths,
							hoursPerMonth == null ? 0 : hoursPerMonth),
					FormErrors.of(e), model);
		}
		redirect.addFlashAttribute("saved", "programme.defaultsSaved");
		return "redirect:/programme";
	}

	private String page(ProgrammeSettings.CriterionForm form, Long editing, ProgrammeSettings.Defaults defaults,
			FormErrors errors, Model model) {
		model.addAttribute("criteria", programme.criteria());
		model.addAttribute("form", form);
		model.addAttribute("editing", editing);
		model.addAttribute("defaults", defaults);
		model.addAttribute("errors", errors);
		return "people/programme";
	}
}
