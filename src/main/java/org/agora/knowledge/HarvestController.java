package org.agora.knowledge;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Create an article" from a thread: the draft opens in the editor. */
@Controller
class HarvestController {

	private final Harvest harvest;

	HarvestController(Harvest harvest) {
		this.harvest = harvest;
	}

	@PostMapping("/knowledge/harvest")
	String harvest(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(required = false) Long thread,
			@RequestParam(required = false) Long post, Locale locale, RedirectAttributes redirect) {
		long id = harvest.draft(viewer, thread, post, locale);
		redirect.addFlashAttribute("saved", "knowledge.flash.harvested");
		return "redirect:/knowledge/a/" + id + "/edit";
	}

	/** The JSON twin. */
	@RestController
	static class HarvestApi {

		private final Harvest harvest;

		private final ArticlePages pages;

		HarvestApi(Harvest harvest, ArticlePages pages) {
			this.harvest = harvest;
			this.pages = pages;
		}

		@PostMapping("/api/v1/articles/harvest")
		@Operation(summary = "Write a draft quoting a thread: thread (id) and post (id, optional; the accepted answer by default)")
		ResponseEntity<ArticleJsons.ArticleJson> harvest(@AuthenticationPrincipal AgoraPrincipal viewer,
				@RequestBody(required = false) Map<String, Object> json, Locale locale) {
			var f = ArticlesApi.body(json);
			long id = harvest.draft(viewer, f.id("thread"), f.id("post"), locale);
			return ResponseEntity.created(URI.create("/api/v1/articles/" + id))
				.body(ArticleJsons.article(pages.view(viewer, id)));
		}

		@ExceptionHandler(InvalidInputException.class)
		ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
			return ArticlesApi.problem(e);
		}
	}
}
