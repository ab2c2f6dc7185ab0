package org.agora.learning;

import java.util.HashMap;
import java.util.Map;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The course feedback survey for learners who completed the course, and its results for a cohort's facilitators. */
@Controller
class FeedbackController {

	private final FeedbackSurvey survey;

	private final FeedbackResults results;

	private final LearningPolicy policy;

	FeedbackController(FeedbackSurvey survey, FeedbackResults results, LearningPolicy policy) {
		this.survey = survey;
		this.results = results;
		this.policy = policy;
	}

	@GetMapping("/learning/courses/{courseId}/feedback")
	ModelAndView form(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long courseId) {
		var subject = survey.subject(viewer, courseId);
		return page(subject, FeedbackSurvey.Answers.none(), FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping("/learning/courses/{courseId}/feedback")
	ModelAndView submit(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long courseId,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		var subject = survey.subject(viewer, courseId);
		var answers = answers(subject.course(), params);
		var errors = answers.errors(subject.course());
		if (errors.any()) {
			return page(subject, answers, errors, HttpStatus.OK);
		}
		try {
			survey.submit(viewer, courseId, answers);
		}
		catch (InvalidInputException e) {
			return page(subject, answers, FormErrors.of(e), HttpStatus.OK);
		}
		catch (FeedbackSurvey.AlreadyGiven e) {
			var page = page(subject, answers, FormErrors.none(), HttpStatus.CONFLICT);
			page.addObject("failed", "completion.feedback.alreadyGiven");
			return page;
		}
		redirect.addFlashAttribute("saved", "completion.feedback.thanks");
		return new ModelAndView("redirect:/learning/courses/" + courseId + "/feedback");
	}

	@GetMapping("/learning/cohorts/{cohortId}/feedback")
	String results(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long cohortId, Model model) {
		var found = results.ofCohort(cohortId).orElseThrow(() -> new NotFoundException("Cohort"));
		if (!policy.mayFacilitate(viewer, cohortId)) {
			throw new AccessDeniedException("Only the cohort's facilitators and community managers see its feedback");
		}
		model.addAttribute("results", found);
		return "learning/feedbackResults";
	}

	private ModelAndView page(FeedbackSurvey.Subject subject, FeedbackSurvey.Answers answers, FormErrors errors,
			HttpStatus status) {
		var page = new ModelAndView("learning/feedback", status);
		page.addObject("course", subject.course());
		page.addObject("given", survey.given(subject.enrolment().id()));
		page.addObject("answers", answers);
		page.addObject("errors", errors);
		return page;
	}

	/** The answers as sent; a rating that is not a whole number counts as missing. */
	private static FeedbackSurvey.Answers answers(Catalog.Course course, Map<String, String> params) {
		Map<Long, Integer> ratings = new HashMap<>();
		for (var module : course.modules()) {
			String value = params.get(FeedbackSurvey.ratingField(module.id()));
			try {
				if (value != null && !value.isBlank()) {
					ratings.put(module.id(), Integer.valueOf(value.strip()));
				}
			}
			catch (NumberFormatException e) {
				// left out, so the learner is asked to choose a rating
			}
		}
		return new FeedbackSurvey.Answers(ratings, params.getOrDefault("helped", ""), params.getOrDefault("toChange", ""));
	}
}
