package org.agora.discussions;

import jakarta.servlet.http.HttpServletResponse;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The community managers' page of the radar's feed sources. */
@Controller
class RadarSourcesController {

	private final RadarSources sources;

	private final RadarFeeds feeds;

	RadarSourcesController(RadarSources sources, RadarFeeds feeds) {
		this.sources = sources;
		this.feeds = feeds;
	}

	@GetMapping("/radar/sources")
	String page(@AuthenticationPrincipal AgoraPrincipal viewer, Model model) {
		return page(viewer, "", "", FormErrors.none(), null, model);
	}

	@PostMapping("/radar/sources")
	String add(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String feedUrl, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			sources.add(viewer, name, feedUrl);
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(viewer, name, feedUrl, FormErrors.of(e), e.getMessage(), model);
		}
		redirect.addFlashAttribute("saved", "dradar.flash.sourceAdded");
		return "redirect:/radar/sources";
	}

	@PostMapping("/radar/sources/{id}/fetch")
	String fetch(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, RedirectAttributes redirect) {
		RadarSources.requireCurate(viewer);
		var source = sources.find(id).orElseThrow(() -> new NotFoundException("No radar source " + id));
		var outcome = feeds.fetch(source);
		if (outcome.error() == null) {
			redirect.addFlashAttribute("saved", "dradar.flash.fetched");
		}
		else {
			redirect.addFlashAttribute("failed", "dradar.flash.fetchFailed");
		}
		return "redirect:/radar/sources";
	}

	@PostMapping("/radar/sources/{id}/enable")
	String enable(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, RedirectAttributes redirect) {
		sources.setEnabled(viewer, id, true);
		redirect.addFlashAttribute("saved", "dradar.flash.sourceEnabled");
		return "redirect:/radar/sources";
	}

	@PostMapping("/radar/sources/{id}/disable")
	String disable(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			RedirectAttributes redirect) {
		sources.setEnabled(viewer, id, false);
		redirect.addFlashAttribute("saved", "dradar.flash.sourceDisabled");
		return "redirect:/radar/sources";
	}

	private String page(AgoraPrincipal viewer, String name, String feedUrl, FormErrors errors, String problem,
			Model model) {
		model.addAttribute("sources", sources.all(viewer));
		model.addAttribute("name", name);
		model.addAttribute("feedUrl", feedUrl);
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		return "discussions/radarSources";
	}
}
