package org.agora.calendar;

import jakarta.servlet.http.HttpServletResponse;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.Ui;
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

/** Planning an event, changing it, and cancelling it. */
@Controller
class EventFormController {

	private final EventPages pages;

	private final EventEditor editor;

	EventFormController(EventPages pages, EventEditor editor) {
		this.pages = pages;
		this.editor = editor;
	}

	@GetMapping("/calendar/events/new")
	String newForm(@AuthenticationPrincipal AgoraPrincipal viewer, @ModelAttribute("ui") Ui ui, Model model) {
		if (!pages.mayCreate(viewer)) {
			throw new AccessDeniedException("Only community managers and knowledge leaders plan events");
		}
		return form(null, pages.blankForm(viewer, ui.zone()), FormErrors.none(), model);
	}

	@PostMapping("/calendar/events")
	String create(@AuthenticationPrincipal AgoraPrincipal viewer, @ModelAttribute("form") EventForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			long id = editor.create(viewer, form);
			redirect.addFlashAttribute("saved", "calpages.flash.created");
			return "redirect:/calendar/events/" + id;
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(null, form, FormErrors.of(e), model);
		}
	}

	@GetMapping("/calendar/events/{id}/edit")
	String edit(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, Model model) {
		var event = pages.organized(viewer, id);
		return form(event, pages.form(event), FormErrors.none(), model);
	}

	@PostMapping("/calendar/events/{id}")
	String update(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@ModelAttribute("form") EventForm form, @RequestParam(required = false) Integer sequence, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			editor.update(viewer, id, form, sequence);
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			// after a conflict the next save is checked against the event as it is now; otherwise against the version first shown
			model.addAttribute("sequence", "calendar.error.changedMeanwhile".equals(e.messageKey()) ? null : sequence);
			return form(pages.organized(viewer, id), form, FormErrors.of(e), model);
		}
		redirect.addFlashAttribute("saved", "calpages.flash.updated");
		return "redirect:/calendar/events/" + id;
	}

	@GetMapping("/calendar/events/{id}/cancel")
	String cancelForm(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, Model model) {
		return cancelPage(pages.organized(viewer, id), "", FormErrors.none(), model);
	}

	@PostMapping("/calendar/events/{id}/cancel")
	String cancel(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			editor.cancel(viewer, id, reason);
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return cancelPage(pages.organized(viewer, id), reason, FormErrors.of(e), model);
		}
		redirect.addFlashAttribute("saved", "calpages.flash.cancelled");
		return "redirect:/calendar/events/" + id;
	}

	/** @param event the event being changed, or null for a new one */
	private String form(CalendarEvent event, EventForm form, FormErrors errors, Model model) {
		model.addAttribute("event", event);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "calendar/eventForm";
	}

	private String cancelPage(CalendarEvent event, String reason, FormErrors errors, Model model) {
		model.addAttribute("event", event);
		model.addAttribute("reason", reason);
		model.addAttribute("errors", errors);
		return "calendar/cancelEvent";
	}
}
