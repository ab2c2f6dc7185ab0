package org.agora.knowledge;

import jakarta.servlet.http.HttpServletResponse;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The workflow's buttons on the article page, and confirming an article is still accurate. */
@Controller
class ArticleWorkflowController {

	private final ArticleWorkflow workflow;

	private final Freshness freshness;

	private final ArticlePages pages;

	private final ArticleController articles;

	ArticleWorkflowController(ArticleWorkflow workflow, Freshness freshness, ArticlePages pages,
			ArticleController articles) {
		this.workflow = workflow;
		this.freshness = freshness;
		this.pages = pages;
		this.articles = articles;
	}

	@PostMapping("/knowledge/a/{id}/{move:submit|approve|send-back|publish|archive|unarchive}")
	String move(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, @PathVariable String move,
			@RequestParam(required = false) String reviewer, @RequestParam(required = false) String comment,
			@RequestParam(required = false) String reviewBy, @RequestParam(required = false) Integer version,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		var transition = Transition.ofSlug(move).orElseThrow(() -> new NotFoundException("Move"));
		var typed = new ArticleWorkflow.Move(reviewer, comment, reviewBy, version);
		try {
			workflow.move(viewer, id, transition, typed);
		}
		catch (InvalidInputException e) {
			return again(viewer, id, typed, e, model, response);
		}
		redirect.addFlashAttribute("saved", "knowledge.flash." + move);
		return "redirect:" + ArticleController.encoded(pages.view(viewer, id).article().path());
	}

	@PostMapping("/knowledge/a/{id}/confirm-review")
	String confirm(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(required = false) String reviewBy, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			freshness.confirm(viewer, id, reviewBy);
		}
		catch (InvalidInputException e) {
			return again(viewer, id, new ArticleWorkflow.Move(null, null, reviewBy), e, model, response);
		}
		redirect.addFlashAttribute("saved", "knowledge.flash.confirmed");
		return "redirect:" + ArticleController.encoded(pages.view(viewer, id).article().path());
	}

	/** The article page again, with the error beside the field and what was typed. */
	private String again(AgoraPrincipal viewer, long id, ArticleWorkflow.Move typed, InvalidInputException e,
			Model model, HttpServletResponse response) {
		boolean conflict = ArticleWorkflow.ILLEGAL_MOVE.equals(e.messageKey())
				|| e instanceof ArticleEditor.VersionConflict;
		response.setStatus(conflict ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
		return articles.page(pages.view(viewer, id), typed, FormErrors.of(e), model);
	}
}
