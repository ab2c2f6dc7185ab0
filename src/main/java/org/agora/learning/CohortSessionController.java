package org.agora.learning;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A cohort's live sessions, planned by community managers on the cohort's page. */
@Controller
class CohortSessionController {

	private final CohortPages pages;

	private final CohortSessions sessions;

	CohortSessionController(CohortPages pages, CohortSessions sessions) {
		this.pages = pages;
		this.sessions = sessions;
	}

	@PostMapping("/learning/cohorts/{id}/sessions")
	String add(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@ModelAttribute CohortSessions.SessionForm form, Model model, RedirectAttributes redirect) {
		try {
			sessions.add(viewer, id, form);
		}
		catch (InvalidInputException e) {
			model.addAttribute("page", pages.page(viewer, id));
			model.addAttribute("sessionForm", form);
			model.addAttribute("errors", FormErrors.of(e));
			model.addAttribute("failed", e.messageKey());
			return "learning/cohort";
		}
		redirect.addFlashAttribute("saved", "cohorts.sessionAdded");
		return "redirect:/learning/cohorts/" + id;
	}

	@PostMapping("/learning/cohorts/{id}/sessions/{sessionId}/remove")
	String remove(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, @PathVariable long sessionId,
			RedirectAttributes redirect) {
		sessions.remove(viewer, id, sessionId);
		redirect.addFlashAttribute("saved", "cohorts.sessionRemoved");
		return "redirect:/learning/cohorts/" + id;
	}
}
