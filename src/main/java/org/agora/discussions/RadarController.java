package org.agora.discussions;

import jakarta.servlet.http.HttpServletResponse;

import org.agora.platform.markdown.MarkdownRenderer;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The radar's pages: the approved links (the whole page, or only its results for an htmx filter), sharing a link, and
 * the managers' queue and edits.
 */
@Controller
class RadarController {

	private final Radar radar;

	private final RadarItems items;

	private final MarkdownRenderer markdown;

	RadarController(Radar radar, RadarItems items, MarkdownRenderer markdown) {
		this.radar = radar;
		this.items = items;
		this.markdown = markdown;
	}

	@GetMapping("/radar")
	String list(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String tag, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
			@RequestHeader(name = "HX-History-Restore-Request", defaultValue = "false") boolean restore, Model model) {
		RadarKind chosen = kindOf(kind);
		model.addAttribute("page", radar.approved(viewer, chosen, tag, page));
		model.addAttribute("kind", chosen);
		model.addAttribute("tag", tag == null ? "" : tag);
		model.addAttribute("tags", items.tagsInUse(20));
		model.addAttribute("markdown", markdown);
		return htmx && !restore ? "discussions/radarResults" : "discussions/radar";
	}

	@GetMapping("/radar/new")
	String newForm(@AuthenticationPrincipal AgoraPrincipal viewer, Model model) {
		Radar.requireShare(viewer);
		return form(null, RadarForm.blank(), FormErrors.none(), null, model);
	}

	@PostMapping("/radar")
	String submit(@AuthenticationPrincipal AgoraPrincipal viewer, @ModelAttribute("form") RadarForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			var item = radar.submit(viewer, form);
			redirect.addFlashAttribute("saved", item.approved() ? "dradar.flash.approved" : "dradar.flash.pending");
			return "redirect:/radar";
		}
		catch (RadarDuplicateException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(null, form, FormErrors.of(e), e, model);
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(null, form, FormErrors.of(e), null, model);
		}
	}

	@GetMapping("/radar/queue")
	String queue(@AuthenticationPrincipal AgoraPrincipal viewer, Model model) {
		model.addAttribute("items", radar.queue(viewer));
		model.addAttribute("markdown", markdown);
		return "discussions/radarQueue";
	}

	@PostMapping("/radar/{id}/approve")
	String approve(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, RedirectAttributes redirect) {
		return decided(() -> radar.approve(viewer, id), "dradar.flash.approvedItem", "/radar/queue", redirect);
	}

	@PostMapping("/radar/{id}/reject")
	String reject(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, RedirectAttributes redirect) {
		return decided(() -> radar.reject(viewer, id), "dradar.flash.rejected", "/radar/queue", redirect);
	}

	@PostMapping("/radar/{id}/feature")
	String feature(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, RedirectAttributes redirect) {
		return decided(() -> radar.feature(viewer, id, true), "dradar.flash.featured", "/radar", redirect);
	}

	@PostMapping("/radar/{id}/unfeature")
	String unfeature(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			RedirectAttributes redirect) {
		return decided(() -> radar.feature(viewer, id, false), "dradar.flash.unfeatured", "/radar", redirect);
	}

	@GetMapping("/radar/{id}/edit")
	String edit(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, Model model) {
		var item = radar.forEditing(viewer, id);
		return form(item, RadarForm.of(item), FormErrors.none(), null, model);
	}

	@PostMapping("/radar/{id}/edit")
	String update(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@ModelAttribute("form") RadarForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		var item = radar.forEditing(viewer, id);
		try {
			radar.update(viewer, id, form);
		}
		catch (RadarDuplicateException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(item, form, FormErrors.of(e), e, model);
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(item, form, FormErrors.of(e), null, model);
		}
		redirect.addFlashAttribute("saved", "dradar.flash.updated");
		return item.approved() ? "redirect:/radar" : "redirect:/radar/queue";
	}

	private String decided(Runnable action, String flash, String back, RedirectAttributes redirect) {
		try {
			action.run();
			redirect.addFlashAttribute("saved", flash);
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("failed", e.messageKey());
		}
		return "redirect:" + back;
	}

	/** @param item the item being edited, or null for a new link */
	private String form(RadarItem item, RadarForm form, FormErrors errors, RadarDuplicateException duplicate,
			Model model) {
		model.addAttribute("item", item);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("duplicateLink", duplicate == null ? null : duplicate.link());
		return "discussions/radarForm";
	}

	static RadarKind kindOf(String kind) {
		if (kind == null || kind.isBlank()) {
			return null;
		}
		try {
			return RadarKind.valueOf(kind.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
