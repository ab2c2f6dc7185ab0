package org.agora.knowledge;

import jakarta.servlet.http.HttpServletResponse;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An article's versions, the difference between any two of them, and restoring one as a new version. */
@Controller
class HistoryController {

	private final ArticleVersions versions;

	private final ArticleEditor editor;

	private final ArticlePages pages;

	HistoryController(ArticleVersions versions, ArticleEditor editor, ArticlePages pages) {
		this.versions = versions;
		this.editor = editor;
		this.pages = pages;
	}

	@GetMapping("/knowledge/a/{id}/history")
	String history(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to, Model model,
			HttpServletResponse response) {
		return page(viewer, id, from, to, FormErrors.none(), model, response);
	}

	@PostMapping("/knowledge/a/{id}/restore")
	String restore(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, @RequestParam int restore,
			@RequestParam(required = false) Integer version, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			editor.restore(viewer, id, restore, version);
		}
		catch (InvalidInputException e) {
			response.setStatus(e instanceof ArticleEditor.VersionConflict || ArticleEditor.FROZEN.equals(e.messageKey())
					? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
			return page(viewer, id, null, null, FormErrors.of(e), model, response);
		}
		redirect.addFlashAttribute("saved", "knowledge.flash.restored");
		return "redirect:" + ArticleController.encoded(pages.view(viewer, id).article().path());
	}

	private String page(AgoraPrincipal viewer, long id, Integer from, Integer to, FormErrors errors, Model model,
			HttpServletResponse response) {
		var view = pages.view(viewer, id);
		var list = versions.list(viewer, id);
		int newest = list.get(0).number();
		int older = from != null ? from : Math.max(1, newest - 1);
		int newer = to != null ? to : newest;
		ArticleVersions.Comparison comparison = null;
		if (older != newer || from != null) {
			try {
				comparison = ArticleVersions.compare(list, Math.min(older, newer), Math.max(older, newer));
			}
			catch (InvalidInputException e) {
				errors = FormErrors.of(e);
				response.setStatus(HttpStatus.BAD_REQUEST.value());
			}
		}
		model.addAttribute("view", view);
		model.addAttribute("versions", list);
		model.addAttribute("from", Math.min(older, newer));
		model.addAttribute("to", Math.max(older, newer));
		model.addAttribute("comparison", comparison);
		model.addAttribute("errors", errors);
		return "knowledge/history";
	}
}
