package org.agora.knowledge;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The leaders' toolkit as JSON; a template's text is read at {@code /api/v1/articles/{id}}. */
@RestController
@Tag(name = "Templates", description = "The leaders' toolkit")
class TemplatesApi {

	private final Toolkit toolkit;

	private final KnowledgeDates dates;

	TemplatesApi(Toolkit toolkit, KnowledgeDates dates) {
		this.toolkit = toolkit;
		this.dates = dates;
	}

	@GetMapping("/api/v1/templates")
	@Operation(summary = "The toolkit's templates in the reader's language (lang, or the request's), English when untranslated")
	List<ArticleJsons.SummaryJson> templates(@AuthenticationPrincipal AgoraPrincipal viewer,
			@RequestParam(required = false) String lang) {
		var today = dates.today();
		return toolkit.templates(viewer, ToolkitController.language(lang)).stream()
			.map(a -> ArticleJsons.summary(a, today))
			.toList();
	}
}
