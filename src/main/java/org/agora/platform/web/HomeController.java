package org.agora.platform.web;

import java.util.Comparator;
import java.util.List;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what is next for the signed-in person, gathered from every module. */
@Controller
class HomeController {

	private final List<HomeSection> sections;

	private final List<HomeNotices> notices;

	HomeController(List<HomeSection> sections, List<HomeNotices> notices) {
		this.sections = sections;
		this.notices = notices;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal AgoraPrincipal viewer, Model model) {
		model.addAttribute("steps", sections.stream()
			.flatMap(s -> s.nextSteps(viewer).stream())
			.sorted(Comparator.comparingInt(HomeSection.NextStep::priority))
			.toList());
		model.addAttribute("notices", notices.stream().flatMap(n -> n.notices(viewer).stream()).toList());
		return "platform/home";
	}

	@GetMapping("/login")
	String login() {
		return "platform/login";
	}
}
