package org.agora.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin page that rebuilds the search index and shows how far the rebuild got. */
@Controller
class SearchAdminController {

	private final IndexRebuild rebuild;

	SearchAdminController(IndexRebuild rebuild) {
		this.rebuild = rebuild;
	}

	@GetMapping("/admin/search")
	String page(Model model) {
		model.addAttribute("status", rebuild.status());
		return "search/admin";
	}

	@PostMapping("/admin/search")
	String start(RedirectAttributes redirect) {
		if (rebuild.start()) {
			redirect.addFlashAttribute("saved", "search.admin.started");
		}
		else {
			redirect.addFlashAttribute("failed", "search.admin.alreadyRunning");
		}
		return "redirect:/admin/search";
	}

	/** Polled by the page while a rebuild runs. */
	@GetMapping("/admin/search/progress")
	String progress(Model model) {
		model.addAttribute("status", rebuild.status());
		return "search/progress";
	}
}
