package org.agora.knowledge;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The leaders' toolkit page; {@link TemplatesApi} is its JSON twin. */
@Controller
class ToolkitController {

	private final Toolkit toolkit;

	private final KnowledgePolicy policy;

	ToolkitController(Toolkit toolkit, KnowledgePolicy policy) {
		this.toolkit = toolkit;
		this.policy = policy;
	}

	@GetMapping("/knowledge/toolkit")
	String toolkit(@AuthenticationPrincipal AgoraPrincipal viewer, Model model) {
		model.addAttribute("templates", toolkit.templates(viewer, language(null)));
		model.addAttribute("mayUse", policy.mayCreate(viewer));
		model.addAttribute("mayManage", policy.mayManageTemplates(viewer));
		return "knowledge/toolkit";
	}

	static String language(String typed) {
		String language = typed != null && !typed.isBlank() ? typed : LocaleContextHolder.getLocale().getLanguage();
		return "he".equals(language) || "iw".equals(language) ? "he" : "en";
	}
}
