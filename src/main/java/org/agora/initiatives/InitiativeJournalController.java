package org.agora.initiatives;

import jakarta.servlet.http.HttpServletResponse;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms on an initiative's page: milestones, the progress log, obstacles and outcomes. Bad input answers 400 with
 * the page and the typing kept in the form that failed.
 */
@Controller
class InitiativeJournalController {

	private final InitiativeJournal journal;

	private final InitiativePages pages;

	InitiativeJournalController(InitiativeJournal journal, InitiativePages pages) {
		this.journal = journal;
		this.pages = pages;
	}

	@PostMapping("/initiatives/{id:\\d+}/milestones")
	String milestone(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@ModelAttribute MilestoneForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return attempt(() -> journal.addMilestone(viewer, id, form), viewer, id, InitiativeEntries.milestone(form),
				"initiatives.flash.milestone", model, response, redirect);
	}

	@PostMapping("/initiatives/{id:\\d+}/milestones/{milestoneId:\\d+}/reached")
	String reached(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@PathVariable long milestoneId, RedirectAttributes redirect) {
		journal.reachMilestone(viewer, id, milestoneId);
		redirect.addFlashAttribute("saved", "initiatives.flash.reached");
		return "redirect:" + Initiative.path(id) + "#milestones";
	}

	@PostMapping("/initiatives/{id:\\d+}/updates")
	String update(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(required = false) String body, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return attempt(() -> journal.addUpdate(viewer, id, body), viewer, id, InitiativeEntries.update(body),
				"initiatives.flash.update", model, response, redirect);
	}

	@PostMapping("/initiatives/{id:\\d+}/obstacles")
	String obstacle(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@ModelAttribute ObstacleForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return attempt(() -> journal.addObstacle(viewer, id, form), viewer, id, InitiativeEntries.obstacle(form),
				"initiatives.flash.obstacle", model, response, redirect);
	}

	@PostMapping("/initiatives/{id:\\d+}/obstacles/{obstacleId:\\d+}")
	String handle(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, @PathVariable long obstacleId,
			@RequestParam(required = false) String handling, @RequestParam(defaultValue = "false") boolean resolved,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return attempt(() -> {
			journal.handleObstacle(viewer, id, obstacleId, handling, resolved);
			return obstacleId;
		}, viewer, id, InitiativeEntries.blank(), "initiatives.flash.obstacleHandled", model, response, redirect);
	}

	@PostMapping("/initiatives/{id:\\d+}/outcomes")
	String outcome(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@ModelAttribute OutcomeForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return attempt(() -> journal.addOutcome(viewer, id, form), viewer, id, InitiativeEntries.outcome(form),
				"initiatives.flash.outcome", model, response, redirect);
	}

	private String attempt(java.util.function.LongSupplier write, AgoraPrincipal viewer, long id,
			InitiativeEntries typed, String flash, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			write.getAsLong();
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return InitiativeController.page(pages.view(viewer, id), typed, FormErrors.of(e), null, model);
		}
		redirect.addFlashAttribute("saved", flash);
		return "redirect:" + Initiative.path(id);
	}
}
