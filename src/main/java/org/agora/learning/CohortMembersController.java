package org.agora.learning;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Who takes part in a cohort: its facilitators, the people invited, and enrolment, one person or many. */
@Controller
class CohortMembersController {

	private final CohortPages pages;

	private final CohortPlanning planning;

	private final CohortInvitations invitations;

	private final CohortEnrolments enrolments;

	CohortMembersController(CohortPages pages, CohortPlanning planning, CohortInvitations invitations,
			CohortEnrolments enrolments) {
		this.pages = pages;
		this.planning = planning;
		this.invitations = invitations;
		this.enrolments = enrolments;
	}

	@PostMapping("/learning/cohorts/{id}/facilitators")
	String addFacilitator(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(required = false) Long facilitatorId, Model model, RedirectAttributes redirect) {
		try {
			planning.addFacilitator(viewer, id, facilitatorId);
		}
		catch (InvalidInputException e) {
			return page(viewer, id, e, model);
		}
		return done(id, "cohorts.facilitatorAdded", redirect);
	}

	@PostMapping("/learning/cohorts/{id}/facilitators/{personId}/remove")
	String removeFacilitator(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@PathVariable long personId, RedirectAttributes redirect) {
		planning.removeFacilitator(viewer, id, personId);
		return done(id, "cohorts.facilitatorRemoved", redirect);
	}

	@PostMapping("/learning/cohorts/{id}/invitations")
	String invite(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(required = false) Long inviteeId, Model model, RedirectAttributes redirect) {
		try {
			invitations.invite(viewer, id, inviteeId);
		}
		catch (InvalidInputException e) {
			return page(viewer, id, e, model);
		}
		return done(id, "cohorts.invited", redirect);
	}

	/** The viewer enrols themselves. */
	@PostMapping("/learning/cohorts/{id}/enrolment")
	String enrol(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			enrolments.enrolSelf(viewer, id);
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(viewer, id, e, model);
		}
		return done(id, "cohorts.enrolled", redirect);
	}

	/** A manager enrols everyone invited ({@code invited=true}), or the people chosen. */
	@PostMapping("/learning/cohorts/{id}/enrolments")
	String enrolMany(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean invited,
			@RequestParam(name = "personId", required = false) List<Long> personIds, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		int count;
		try {
			count = invited ? enrolments.enrolInvited(viewer, id) : enrolments.enrolSelected(viewer, id, personIds);
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(viewer, id, e, model);
		}
		redirect.addFlashAttribute("enrolledCount", count);
		return "redirect:/learning/cohorts/" + id;
	}

	private String page(AgoraPrincipal viewer, long id, InvalidInputException e, Model model) {
		model.addAttribute("page", pages.page(viewer, id));
		model.addAttribute("errors", FormErrors.of(e));
		model.addAttribute("failed", e.messageKey());
		return "learning/cohort";
	}

	private static String done(long id, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("saved", message);
		return "redirect:/learning/cohorts/" + id;
	}
}
