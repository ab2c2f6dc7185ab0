package org.agora.learning;

import org.agora.platform.markdown.MarkdownRenderer;
import org.agora.platform.security.AgoraPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The learner's overview of their courses, and a course's modules and lessons. */
@Controller
class LearningController {

	private final LearnerViews views;

	private final MarkdownRenderer markdown;

	LearningController(LearnerViews views, MarkdownRenderer markdown) {
		this.views = views;
		this.markdown = markdown;
	}

	@GetMapping("/learning")
	String home(@AuthenticationPrincipal AgoraPrincipal viewer, Model model) {
		model.addAttribute("home", views.home(viewer));
		return "learning/home";
	}

	@GetMapping("/learning/courses/{id}")
	String course(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, Model model) {
		model.addAttribute("view", views.course(viewer, id));
		model.addAttribute("markdown", markdown);
		return "learning/course";
	}
}
