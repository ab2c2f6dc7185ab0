package org.agora.calendar;

import jakarta.servlet.http.HttpServletResponse;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An event's page: registering and giving it up, and the organizers' materials and recordings. */
@Controller
class EventPageController {

	/** A material or recording link as its organizer typed it. */
	record LinkInput(String kind, String title, String url) {

		static LinkInput blank() {
			return new LinkInput(LinkKind.MATERIAL.name(), "", "");
		}
	}

	private final EventPages pages;

	private final Registrations registrations;

	private final EventEditor editor;

	EventPageController(EventPages pages, Registrations registrations, EventEditor editor) {
		this.pages = pages;
		this.registrations = registrations;
		this.editor = editor;
	}

	@GetMapping("/calendar/events/{id}")
	String show(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, Model model) {
		return page(viewer, id, FormErrors.none(), LinkInput.blank(), model);
	}

	@PostMapping("/calendar/events/{id}/register")
	String register(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			var standing = registrations.register(viewer, id);
			redirect.addFlashAttribute("saved", standing.status() == RegistrationStatus.WAITLISTED
					? "calpages.flash.waitlisted" : "calpages.flash.registered");
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(viewer, id, FormErrors.of(e), LinkInput.blank(), model);
		}
		return "redirect:/calendar/events/" + id;
	}

	@PostMapping("/calendar/events/{id}/unregister")
	String unregister(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			registrations.cancel(viewer, id);
			redirect.addFlashAttribute("saved", "calpages.flash.unregistered");
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(viewer, id, FormErrors.of(e), LinkInput.blank(), model);
		}
		return "redirect:/calendar/events/" + id;
	}

	@PostMapping("/calendar/events/{id}/links")
	String addLink(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@ModelAttribute LinkInput link, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			editor.addLink(viewer, id, link.kind(), link.title(), link.url());
			redirect.addFlashAttribute("saved", "calpages.flash.linkAdded");
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(viewer, id, FormErrors.of(e), link, model);
		}
		return "redirect:/calendar/events/" + id + "#links";
	}

	@PostMapping("/calendar/events/{id}/links/{linkId}/delete")
	String removeLink(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, @PathVariable long linkId,
			RedirectAttributes redirect) {
		editor.removeLink(viewer, id, linkId);
		redirect.addFlashAttribute("saved", "calpages.flash.linkRemoved");
		return "redirect:/calendar/events/" + id + "#links";
	}

	private String page(AgoraPrincipal viewer, long id, FormErrors errors, LinkInput link, Model model) {
		model.addAttribute("page", pages.page(viewer, id));
		model.addAttribute("errors", errors);
		model.addAttribute("link", link);
		return "calendar/event";
	}
}
