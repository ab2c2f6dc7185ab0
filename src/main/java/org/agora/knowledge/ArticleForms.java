package org.agora.knowledge;

import java.util.Arrays;
import java.util.List;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the article form needs: the choices it offers, an article as a form, and a template copied into one. */
@Component
class ArticleForms {

	private final Articles articles;

	private final KnowledgePolicy policy;

	private final PersonNames names;

	private final Places places;

	private final ArticlePages pages;

	ArticleForms(Articles articles, KnowledgePolicy policy, PersonNames names, Places places, ArticlePages pages) {
		this.articles = articles;
		this.policy = policy;
		this.names = names;
		this.places = places;
		this.pages = pages;
	}

	/** The form page, for a new article (article null) or an edit. */
	String show(Article article, ArticleForm form, FormErrors errors, Model model) {
		var viewer = ((org.agora.platform.web.Ui) model.getAttribute("ui")).user();
		model.addAttribute("article", article);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("types", types(viewer, article));
		model.addAttribute("units", places.units());
		model.addAttribute("spaces", places.spaces());
		model.addAttribute("attachments", article == null ? List.of() : pages.attachments(article.id()));
		if (!model.containsAttribute("latest")) {
			model.addAttribute("latest", null);
		}
		return "knowledge/form";
	}

	/** The types the person may choose: a template stays a template, and only managers write templates. */
	List<ArticleType> types(AgoraPrincipal viewer, Article article) {
		if (article != null && article.isTemplate()) {
			return List.of(ArticleType.TEMPLATE);
		}
		boolean templates = article == null && policy.mayManageTemplates(viewer);
		return Arrays.stream(ArticleType.values()).filter(t -> templates || t != ArticleType.TEMPLATE).toList();
	}

	ArticleForm of(Article a) {
		return new ArticleForm(a.type().name(), a.title(), a.summary() == null ? "" : a.summary(), a.body(),
				String.join(", ", a.tags()), names.handles(a.contributorIds()),
				a.unitId() == null ? "" : a.unitId().toString(), a.spaceId() == null ? "" : a.spaceId().toString(),
				a.language(), a.reviewBy() == null ? "" : a.reviewBy().toString(), a.version());
	}

	/** A new draft's form holding a template's text; the writer chooses its type. */
	ArticleForm fromTemplate(AgoraPrincipal viewer, long templateId) {
		var template = articles.visible(viewer, templateId);
		if (!template.isTemplate() || template.status() != ArticleStatus.PUBLISHED) {
			throw new NotFoundException("Template");
		}
		return new ArticleForm("", template.title(), template.summary() == null ? "" : template.summary(),
				template.body(), String.join(", ", template.tags()), "", "", "", template.language(), "", null);
	}
}
