package org.agora.learning;

import java.util.ArrayList;
import java.util.List;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The facilitators' grid of a cohort's progress, and reminders to the learners who are behind. */
@Controller
class FacilitatorController {

	private final CohortPages pages;

	private final CohortProgress progress;

	private final Reminders reminders;

	FacilitatorController(CohortPages pages, CohortProgress progress, Reminders reminders) {
		this.pages = pages;
		this.progress = progress;
		this.reminders = reminders;
	}

	@GetMapping("/learning/cohorts/{id}/progress")
	String grid(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, Model model) {
		return page(viewer, id, FormErrors.none(), model);
	}

	@PostMapping("/learning/cohorts/{id}/reminders")
	String remind(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(name = "personId", required = false) List<Long> personIds, Model model,
			RedirectAttributes redirect) {
		Reminders.Outcome outcome;
		try {
			outcome = reminders.send(viewer, id, personIds, pages.today());
		}
		catch (InvalidInputException e) {
			return page(viewer, id, FormErrors.of(e), model);
		}
		// flash attributes live in the session, which is stored in the database: plain lists of names
		redirect.addFlashAttribute("remindedSent", new ArrayList<>(outcome.sent()));
		redirect.addFlashAttribute("remindedQuiet", new ArrayList<>(outcome.quiet()));
		return "redirect:/learning/cohorts/" + id + "/progress";
	}

	private String page(AgoraPrincipal viewer, long id, FormErrors errors, Model model) {
		var cohort = pages.facilitated(viewer, id);
		model.addAttribute("grid", progress.of(cohort, pages.today()));
		model.addAttribute("lastReminded", reminders.lastSent(id));
		model.addAttribute("reminders", reminders);
		model.addAttribute("errors", errors);
		return "learning/cohortProgress";
	}
}
