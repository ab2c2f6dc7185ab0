package org.agora.knowledgemap;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The views tab: the needs heat map, coverage per unit and risk by area × unit. */
@Controller
class MapViewsController {

	private final MapViews views;

	MapViewsController(MapViews views) {
		this.views = views;
	}

	@GetMapping("/knowledge-map/views")
	String show(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(required = false) Long unit,
			Model model) {
		model.addAttribute("report", views.report(viewer, unit));
		model.addAttribute("units", views.units());
		return "knowledgemap/views";
	}
}
