package org.agora.recognition;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The badges: all of them with how many hold each (the viewer's own marked), and each badge's holders and why; a
 * community manager creates manual badges on the first and awards them on the second.
 */
@Controller
class BadgeController {

	static final int HOLDERS_PER_PAGE = 50;

	private final Badges badges;

	private final RecognitionPolicy policy;

	private final People people;

	BadgeController(Badges badges, RecognitionPolicy policy, People people) {
		this.badges = badges;
		this.policy = policy;
		this.people = people;
	}

	@GetMapping("/recognition/badges")
	String list(@AuthenticationPrincipal AgoraPrincipal viewer, Model model) {
		return list(viewer, Badges.Draft.blank(), FormErrors.none(), model);
	}

	@PostMapping("/recognition/badges")
	String create(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(required = false) String slug,
			@RequestParam(required = false) String nameEn, @RequestParam(required = false) String nameHe,
			@RequestParam(required = false) String descriptionEn,
			@RequestParam(required = false) String descriptionHe, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		var draft = new Badges.Draft(slug, nameEn, nameHe, descriptionEn, descriptionHe);
		Badges.Badge badge;
		try {
			badge = badges.create(viewer, draft);
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return list(viewer, draft, FormErrors.of(e), model);
		}
		redirect.addFlashAttribute("saved", "recognition.badges.flash.created");
		return "redirect:" + badge.path();
	}

	@GetMapping("/recognition/badges/{slug}")
	String show(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String slug,
			@RequestParam(defaultValue = "0") int page, Model model) {
		return show(viewer, slug, page, Map.of(), FormErrors.none(), model);
	}

	@PostMapping("/recognition/badges/{slug}/awards")
	String award(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String slug,
			@RequestParam(required = false) String person, @RequestParam(required = false) String citation,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			badges.award(viewer, slug, null, person, citation);
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			var typed = Map.of("person", person == null ? "" : person, "citation", citation == null ? "" : citation);
			return show(viewer, slug, 0, typed, FormErrors.of(e), model);
		}
		redirect.addFlashAttribute("saved", "recognition.badges.flash.awarded");
		return "redirect:/recognition/badges/" + slug;
	}

	private String list(AgoraPrincipal viewer, Badges.Draft draft, FormErrors errors, Model model) {
		mustSee(viewer);
		model.addAttribute("badges", badges.all(viewer.personId()));
		model.addAttribute("mayCreate", policy.mayAwardBadges(viewer));
		model.addAttribute("draft", draft);
		model.addAttribute("errors", errors);
		return "recognition/badges";
	}

	private String show(AgoraPrincipal viewer, String slug, int page, Map<String, String> typed, FormErrors errors,
			Model model) {
		mustSee(viewer);
		var badge = badges.get(slug);
		var holders = badges.holders(badge, Math.max(0, page), HOLDERS_PER_PAGE);
		Map<Long, PersonSummary> names = people
			.findAll(holders.rows().stream().map(Badges.Holding::personId).toList());
		model.addAttribute("badge", badge);
		model.addAttribute("holders", holders);
		model.addAttribute("people", names);
		model.addAttribute("mine", badges.holds(viewer.personId(), slug));
		model.addAttribute("mayAward", !badge.automatic() && policy.mayAwardBadges(viewer));
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		return "recognition/badge";
	}

	private void mustSee(AgoraPrincipal viewer) {
		if (!policy.maySee(viewer)) {
			throw new AccessDeniedException("Badges are the organization's");
		}
	}
}
