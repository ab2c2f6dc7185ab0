package org.agora.calendar;

import jakarta.servlet.http.HttpServletResponse;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Community managers set the cadence rules: events a quarter and external events a year. */
@Controller
class CadenceController {

	private final Cadence cadence;

	private final CalendarPolicy policy;

	CadenceController(Cadence cadence, CalendarPolicy policy) {
		this.cadence = cadence;
		this.policy = policy;
	}

	@GetMapping("/calendar/cadence")
	String form(@AuthenticationPrincipal AgoraPrincipal viewer, Model model) {
		requireManager(viewer);
		return form(Cadence.CadenceForm.of(cadence.rules()), FormErrors.none(), model);
	}

	@PostMapping("/calendar/cadence")
	String save(@AuthenticationPrincipal AgoraPrincipal viewer, @ModelAttribute Cadence.CadenceForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		requireManager(viewer);
		var errors = Cadence.check(form);
		if (errors.any()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(form, errors, model);
		}
		cadence.save(viewer, form);
		redirect.addFlashAttribute("saved", "calviews.cadence.saved");
		return "redirect:/calendar/quarters";
	}

	private String form(Cadence.CadenceForm form, FormErrors errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("plan", true);
		return "calendar/cadence";
	}

	private void requireManager(AgoraPrincipal viewer) {
		if (!policy.mayManageCadence(viewer)) {
			throw new AccessDeniedException("Only community managers set the cadence");
		}
	}
}
