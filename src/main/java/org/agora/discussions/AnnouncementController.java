package org.agora.discussions;

import jakarta.servlet.http.HttpServletResponse;

import org.agora.platform.markdown.MarkdownRenderer;
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

/** The announcements page, writing an announcement, and dismissing one. */
@Controller
class AnnouncementController {

	private final Announcements announcements;

	private final MarkdownRenderer markdown;

	AnnouncementController(Announcements announcements, MarkdownRenderer markdown) {
		this.announcements = announcements;
		this.markdown = markdown;
	}

	@GetMapping("/announcements")
	String list(@AuthenticationPrincipal AgoraPrincipal viewer, Model model) {
		model.addAttribute("announcements", announcements.listFor(viewer));
		model.addAttribute("markdown", markdown);
		return "discussions/announcements";
	}

	@GetMapping("/announcements/new")
	String newForm(@AuthenticationPrincipal AgoraPrincipal viewer, Model model) {
		requirePublisher(viewer);
		return form(AnnouncementForm.blank(), FormErrors.none(), model);
	}

	@PostMapping("/announcements")
	String publish(@AuthenticationPrincipal AgoraPrincipal viewer, @ModelAttribute("ui") Ui ui,
			@ModelAttribute("form") AnnouncementForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		requirePublisher(viewer);
		try {
			var published = announcements.publish(viewer, form, ui.zone());
			redirect.addFlashAttribute("saved", "dradar.announcement.flash.published");
			return "redirect:/announcements#announcement-" + published.id();
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(form, FormErrors.of(e), model);
		}
	}

	@PostMapping("/announcements/{id}/read")
	String read(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(defaultValue = "/") String back, RedirectAttributes redirect) {
		announcements.markRead(viewer, id);
		redirect.addFlashAttribute("saved", "dradar.announcement.flash.read");
		return "/announcements".equals(back) ? "redirect:/announcements" : "redirect:/";
	}

	private String form(AnnouncementForm form, FormErrors errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("units", announcements.units());
		return "discussions/announcementForm";
	}

	private static void requirePublisher(AgoraPrincipal viewer) {
		if (!Announcements.mayPublish(viewer)) {
			throw new AccessDeniedException("Only community managers publish announcements");
		}
	}
}
