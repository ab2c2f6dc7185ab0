package org.agora.knowledge;

import jakarta.servlet.http.HttpServletResponse;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Was this helpful?": for htmx the widget alone, else back to the article (the whole page again on an error). */
@Controller
class RatingController {

	private final Ratings ratings;

	private final ArticlePages pages;

	private final ArticleController articles;

	RatingController(Ratings ratings, ArticlePages pages, ArticleController articles) {
		this.ratings = ratings;
		this.pages = pages;
		this.articles = articles;
	}

	@PostMapping("/knowledge/a/{id}/rating")
	String rate(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(required = false) Boolean helpful, @RequestParam(required = false) String comment,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		FormErrors errors = FormErrors.none();
		try {
			ratings.rate(viewer, id, helpful, comment);
		}
		catch (InvalidInputException e) {
			errors = FormErrors.of(e);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		var view = pages.view(viewer, id);
		if (htmx) {
			model.addAttribute("view", view);
			model.addAttribute("errors", errors);
			model.addAttribute("comment", comment == null ? "" : comment);
			model.addAttribute("thanks", !errors.any());
			return "knowledge/rating";
		}
		if (errors.any()) {
			// without htmx the whole page comes back, with the error and the comment as typed
			model.addAttribute("ratingComment", comment == null ? "" : comment);
			return articles.page(view, ArticleWorkflow.Move.none(), errors, model);
		}
		redirect.addFlashAttribute("saved", "knowledge.flash.rated");
		return "redirect:" + ArticleController.encoded(view.article().path());
	}
}
