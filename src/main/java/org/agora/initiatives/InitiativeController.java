package org.agora.initiatives;

import jakarta.servlet.http.HttpServletResponse;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
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

/** The list of initiatives, an initiative's page, registering and editing one, and moving its status. */
@Controller
class InitiativeController {

	static final int PAGE_SIZE = 20;

	private final InitiativePages pages;

	private final InitiativeEditor editor;

	private final InitiativeUnits units;

	private final InitiativesPolicy policy;

	InitiativeController(InitiativePages pages, InitiativeEditor editor, InitiativeUnits units,
			InitiativesPolicy policy) {
		this.pages = pages;
		this.editor = editor;
		this.units = units;
		this.policy = policy;
	}

	@GetMapping("/initiatives")
	String list(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String status,
			@RequestParam(required = false) Long leader, @RequestParam(defaultValue = "0") int page, Model model) {
		var query = new Initiatives.Query(unit, InitiativeKind.parse(kind), InitiativeStatus.parse(status), leader);
		model.addAttribute("found", pages.list(viewer, query, page, PAGE_SIZE));
		model.addAttribute("query", query);
		model.addAttribute("units", units.all());
		model.addAttribute("mayRegister", policy.mayRegisterInitiative(viewer));
		return "initiatives/list";
	}

	@GetMapping("/initiatives/new")
	String newInitiative(@AuthenticationPrincipal AgoraPrincipal viewer, Model model) {
		if (!policy.mayRegisterInitiative(viewer)) {
			throw new AccessDeniedException("Knowledge leaders and community managers register initiatives");
		}
		return form(viewer, null, InitiativeForm.blank(), FormErrors.none(), model);
	}

	@PostMapping("/initiatives")
	String create(@AuthenticationPrincipal AgoraPrincipal viewer, @ModelAttribute InitiativeForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			long id = editor.create(viewer, form);
			redirect.addFlashAttribute("saved", "initiatives.flash.created");
			return "redirect:" + Initiative.path(id);
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(viewer, null, form, FormErrors.of(e), model);
		}
	}

	@GetMapping("/initiatives/{id:\\d+}")
	String show(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, Model model) {
		return page(pages.view(viewer, id), InitiativeEntries.blank(), FormErrors.none(), null, model);
	}

	@GetMapping("/initiatives/{id:\\d+}/edit")
	String edit(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, Model model) {
		var initiative = editor.changeable(viewer, id);
		return form(viewer, initiative, InitiativeForm.of(initiative), FormErrors.none(), model);
	}

	@PostMapping("/initiatives/{id:\\d+}/edit")
	String save(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@ModelAttribute InitiativeForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			editor.edit(viewer, id, form);
		}
		catch (InvalidInputException e) {
			var initiative = editor.changeable(viewer, id);
			boolean conflict = e instanceof InitiativeEditor.VersionConflict;
			response.setStatus(conflict ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
			// after a conflict the form carries the stored version, so that saving again is a choice made on it
			var kept = e instanceof InitiativeEditor.VersionConflict v ? form.withVersion(v.current()) : form;
			return form(viewer, initiative, kept, FormErrors.of(e), model);
		}
		redirect.addFlashAttribute("saved", "initiatives.flash.saved");
		return "redirect:" + Initiative.path(id);
	}

	@PostMapping("/initiatives/{id:\\d+}/status")
	String move(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(required = false) String status, @RequestParam(required = false) String stopReason,
			@RequestParam(required = false) Integer version, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			editor.move(viewer, id, InitiativeStatus.parse(status), stopReason, version);
		}
		catch (InvalidInputException e) {
			boolean conflict = e instanceof InitiativeEditor.VersionConflict
					|| e instanceof InitiativeEditor.IllegalMove;
			response.setStatus(conflict ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
			return page(pages.view(viewer, id), InitiativeEntries.status(status, stopReason), FormErrors.of(e),
					e instanceof InitiativeEditor.IllegalMove m ? m : null, model);
		}
		redirect.addFlashAttribute("saved", "initiatives.flash.moved");
		return "redirect:" + Initiative.path(id);
	}

	static String page(InitiativePages.View view, InitiativeEntries entries, FormErrors errors,
			InitiativeEditor.IllegalMove illegal, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("entries", entries);
		model.addAttribute("errors", errors);
		model.addAttribute("illegal", illegal);
		return "initiatives/initiative";
	}

	private String form(AgoraPrincipal viewer, Initiative initiative, InitiativeForm form, FormErrors errors,
			Model model) {
		model.addAttribute("initiative", initiative);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("units", units.all());
		model.addAttribute("leaders", policy.mayNameLeader(viewer) ? pages.leaders() : java.util.List.of());
		return "initiatives/form";
	}
}
