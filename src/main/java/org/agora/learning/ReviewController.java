package org.agora.learning;

import jakarta.servlet.http.HttpServletResponse;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A cohort's queue of exercises waiting for review, and the facilitator's decision on each. */
@Controller
class ReviewController {

	private final CohortPages pages;

	private final Reviews reviews;

	ReviewController(CohortPages pages, Reviews reviews) {
		this.pages = pages;
		this.reviews = reviews;
	}

	@GetMapping("/learning/cohorts/{id}/reviews")
	String queue(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, Model model) {
		return page(viewer, id, null, null, FormErrors.none(), model);
	}

	@PostMapping("/learning/submissions/{id}/review")
	String review(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@ModelAttribute Reviews.ReviewForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		long cohortId = reviews.cohortOf(id).orElseThrow(() -> new NotFoundException("Submission"));
		try {
			reviews.review(viewer, id, form);
		}
		catch (InvalidInputException e) {
			if ("reviews.error.alreadyReviewed".equals(e.messageKey())) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
			}
			return page(viewer, cohortId, id, form, FormErrors.of(e), model);
		}
		redirect.addFlashAttribute("saved", form.accept() ? "reviews.accepted" : "reviews.revisionRequested");
		return "redirect:/learning/cohorts/" + cohortId + "/reviews";
	}

	/** @param reviewing the submission whose form is shown again with what was typed, or null */
	private String page(AgoraPrincipal viewer, long cohortId, Long reviewing, Reviews.ReviewForm form,
			FormErrors errors, Model model) {
		var cohort = pages.facilitated(viewer, cohortId);
		model.addAttribute("cohort", cohort);
		model.addAttribute("queue", reviews.queue(cohortId));
		model.addAttribute("reviewing", reviewing);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "learning/reviewQueue";
	}
}
