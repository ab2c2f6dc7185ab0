package org.agora.calendar;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The feedback survey for attendees after an event, and its results for organizers and community managers. */
@Controller
class EventFeedbackController {

	private final EventFeedback feedback;

	private final FeedbackSummary summary;

	private final EventAccess access;

	EventFeedbackController(EventFeedback feedback, FeedbackSummary summary, EventAccess access) {
		this.feedback = feedback;
		this.summary = summary;
		this.access = access;
	}

	@GetMapping("/calendar/events/{id}/feedback")
	ModelAndView form(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id) {
		var event = access.visible(viewer, id);
		EventFeedback.Survey survey;
		try {
			survey = feedback.survey(viewer, id);
		}
		catch (AccessDeniedException e) {
			return onlyAttendees(event);
		}
		return page(survey, survey.given().orElse(EventFeedback.Answers.none()), FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping("/calendar/events/{id}/feedback")
	ModelAndView submit(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(defaultValue = "") String rating, @RequestParam(defaultValue = "") String useful,
			@RequestParam(defaultValue = "") String toChange, RedirectAttributes redirect) {
		var event = access.visible(viewer, id);
		var answers = new EventFeedback.Answers(rating, useful, toChange);
		boolean first;
		try {
			first = feedback.submit(viewer, id, answers);
		}
		catch (AccessDeniedException e) {
			return onlyAttendees(event);
		}
		catch (InvalidInputException e) {
			return page(feedback.survey(viewer, id), answers, FormErrors.of(e), HttpStatus.BAD_REQUEST);
		}
		redirect.addFlashAttribute("saved", first ? "calattend.feedback.thanks" : "calattend.feedback.updated");
		return new ModelAndView("redirect:/calendar/events/" + id + "/feedback");
	}

	@GetMapping("/calendar/events/{id}/feedback/results")
	ModelAndView results(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id) {
		return new ModelAndView("calendar/feedbackResults").addObject("results", summary.of(viewer, id));
	}

	private static ModelAndView page(EventFeedback.Survey survey, EventFeedback.Answers answers, FormErrors errors,
			HttpStatus status) {
		return new ModelAndView("calendar/feedback", status).addObject("survey", survey)
			.addObject("answers", answers)
			.addObject("errors", errors);
	}

	private static ModelAndView onlyAttendees(CalendarEvent event) {
		return new ModelAndView("calendar/feedbackOnlyAttendees", HttpStatus.FORBIDDEN).addObject("event", event);
	}
}
