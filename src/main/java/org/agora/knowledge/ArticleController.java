package org.agora.knowledge;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/** The article page, and writing and editing articles. */
@Controller
class ArticleController {

	private final ArticlePages pages;

	private final ArticleEditor editor;

	private final ArticleForms forms;

	private final KnowledgePolicy policy;

	ArticleController(ArticlePages pages, ArticleEditor editor, ArticleForms forms, KnowledgePolicy policy) {
		this.pages = pages;
		this.editor = editor;
		this.forms = forms;
		this.policy = policy;
	}

	@GetMapping("/knowledge/a/{segment}")
	String show(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String segment, Model model,
			HttpServletRequest request) {
		long id = ArticlePaths.idOf(segment);
		if (id < 0) {
			throw new NotFoundException("Article");
		}
		var view = pages.view(viewer, id);
		String canonical = view.article().path();
		if (!canonical.equals("/knowledge/a/" + segment)) {
			model.asMap().clear();
			request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY);
			return "redirect:" + encoded(canonical);
		}
		return page(view, ArticleWorkflow.Move.none(), FormErrors.none(), model);
	}

	@GetMapping("/knowledge/new")
	String newArticle(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(required = false) String type,
			@RequestParam(required = false) Long template, Model model) {
		if (!policy.mayCreate(viewer)) {
			throw new AccessDeniedException("Knowledge leaders and community managers write articles");
		}
		var form = template == null ? ArticleForm.blank(type, lang(viewer, model)) : forms.fromTemplate(viewer, template);
		return forms.show(null, form, FormErrors.none(), model);
	}

	@PostMapping("/knowledge/articles")
	String create(@AuthenticationPrincipal AgoraPrincipal viewer, @ModelAttribute ArticleForm form,
			@RequestParam(required = false) List<MultipartFile> attachments, Model model,
			HttpServletResponse response) {
		try {
			long id = editor.create(viewer, form, AttachmentFile.of(attachments), null);
			return "redirect:" + encoded(ArticlePaths.of(id, form.title().strip()));
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return forms.show(null, form, FormErrors.of(e), model);
		}
	}

	@GetMapping("/knowledge/a/{id}/edit")
	String edit(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, Model model) {
		var article = editor.editable(viewer, id);
		return forms.show(article, forms.of(article), FormErrors.none(), model);
	}

	@PostMapping("/knowledge/a/{id}/edit")
	String save(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, @ModelAttribute ArticleForm form,
			@RequestParam(required = false) List<MultipartFile> attachments,
			@RequestParam(required = false) List<Long> removeAttachment, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			editor.edit(viewer, id, form, AttachmentFile.of(attachments),
					removeAttachment == null ? List.of() : removeAttachment);
		}
		catch (InvalidInputException e) {
			boolean conflict = e instanceof ArticleEditor.VersionConflict || ArticleEditor.FROZEN.equals(e.messageKey());
			response.setStatus(conflict ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
			var article = pages.view(viewer, id).article();
			// after a conflict the form carries the stored version, so that saving again is a choice made on it
			var kept = e instanceof ArticleEditor.VersionConflict v ? form.withVersion(v.current()) : form;
			model.addAttribute("latest", e instanceof ArticleEditor.VersionConflict ? article : null);
			return forms.show(article, kept, FormErrors.of(e), model);
		}
		redirect.addFlashAttribute("saved", "knowledge.flash.saved");
		return "redirect:" + encoded(pages.view(viewer, id).article().path());
	}

	String page(ArticlePages.View view, ArticleWorkflow.Move move, FormErrors errors, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("move", move);
		model.addAttribute("errors", errors);
		return "knowledge/article";
	}

	private static String lang(AgoraPrincipal viewer, Model model) {
		var ui = (org.agora.platform.web.Ui) model.getAttribute("ui");
		return ui != null && ui.rtl() ? "he" : "en";
	}

	/** A path with its non-ASCII slug percent-encoded, fit for a Location header. */
	static String encoded(String path) {
		return UriUtils.encodePath(path, StandardCharsets.UTF_8);
	}
}
