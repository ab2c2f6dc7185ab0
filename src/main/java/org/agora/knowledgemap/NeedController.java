package org.agora.knowledgemap;

import java.util.List;

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

/** The prioritized backlog of needs, a need's page, recording and editing one, and moving its status. */
@Controller
class NeedController {

	private final BacklogPages pages;

	private final NeedEditor editor;

	private final KnowledgeMapPolicy policy;

	NeedController(BacklogPages pages, NeedEditor editor, KnowledgeMapPolicy policy) {
		this.pages = pages;
		this.editor = editor;
		this.policy = policy;
	}

	/** The backlog, filtered by unit (with the units under it), status, and the heat map's importance and scarcity. */
	@GetMapping("/knowledge-map/needs")
	String backlog(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) String status, @RequestParam(required = false) Integer importance,
			@RequestParam(required = false) Integer scarcity, Model model) {
		var query = BacklogPages.query(unit, status, importance, scarcity);
		model.addAttribute("backlog", pages.backlog(viewer, query));
		model.addAttribute("unit", unit);
		model.addAttribute("status", status == null ? "" : status.strip().toUpperCase(java.util.Locale.ROOT));
		model.addAttribute("importance", query.importance());
		model.addAttribute("scarcity", query.scarcity());
		model.addAttribute("mayRaise", policy.mayRaiseNeed(viewer));
		return "knowledgemap/backlog";
	}

	@GetMapping("/knowledge-map/needs/new")
	String newNeed(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(required = false) Long unit,
			Model model) {
		if (!policy.mayRaiseNeed(viewer)) {
			throw new AccessDeniedException("Knowledge leaders and managers record needs");
		}
		var blank = NeedForm.blank();
		var form = unit == null ? blank : new NeedForm(String.valueOf(unit), "", "", "", "", "", "", "", "", "",
				List.of(), List.of(), List.of(), null);
		return form(null, form, FormErrors.none(), model);
	}

	@PostMapping("/knowledge-map/needs")
	String raise(@AuthenticationPrincipal AgoraPrincipal viewer, @ModelAttribute NeedForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			long id = editor.raise(viewer, form);
			redirect.addFlashAttribute("saved", "map.needs.flash.created");
			return "redirect:" + Need.path(id);
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(null, form, FormErrors.of(e), model);
		}
	}

	@GetMapping("/knowledge-map/needs/{id:\\d+}")
	String show(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, Model model) {
		return page(viewer, id, FormErrors.none(), model);
	}

	@GetMapping("/knowledge-map/needs/{id:\\d+}/edit")
	String edit(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, Model model) {
		var need = editor.changeable(viewer, id);
		return form(need, NeedForm.of(need), FormErrors.none(), model);
	}

	@PostMapping("/knowledge-map/needs/{id:\\d+}/edit")
	String save(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, @ModelAttribute NeedForm form,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			editor.edit(viewer, id, form);
		}
		catch (InvalidInputException e) {
			var need = editor.changeable(viewer, id);
			boolean conflict = e instanceof NeedEditor.VersionConflict;
			response.setStatus(conflict ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
			// after a conflict the form carries the stored version, so that saving again is a choice made on it
			var kept = e instanceof NeedEditor.VersionConflict v ? form.withVersion(v.current()) : form;
			return form(need, kept, FormErrors.of(e), model);
		}
		redirect.addFlashAttribute("saved", "map.needs.flash.saved");
		return "redirect:" + Need.path(id);
	}

	@PostMapping("/knowledge-map/needs/{id:\\d+}/status")
	String move(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(required = false) String status, @RequestParam(required = false) Integer version,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			editor.move(viewer, id, NeedStatus.parse(status), version);
		}
		catch (InvalidInputException e) {
			boolean conflict = e instanceof NeedEditor.VersionConflict || e instanceof NeedEditor.IllegalMove;
			response.setStatus(conflict ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
			return page(viewer, id, FormErrors.of(e), model);
		}
		redirect.addFlashAttribute("saved", "map.needs.flash.moved");
		return "redirect:" + Need.path(id);
	}

	private String page(AgoraPrincipal viewer, long id, FormErrors errors, Model model) {
		model.addAttribute("view", pages.view(viewer, id));
		model.addAttribute("errors", errors);
		return "knowledgemap/need";
	}

	private String form(Need need, NeedForm form, FormErrors errors, Model model) {
		model.addAttribute("need", need);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("choices", pages.choices());
		return "knowledgemap/needForm";
	}
}
