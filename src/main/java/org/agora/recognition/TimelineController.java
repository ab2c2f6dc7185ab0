package org.agora.recognition;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The Achievements tab: the timeline with its reactions, the form to thank a colleague, and the viewer's own kudos.
 * Reacting works without script; with htmx only the item's reactions are swapped.
 */
@Controller
class TimelineController {

	/** What the kudos form holds: empty and public at first, or what the person typed. */
	record KudosForm(Long toId, String message, boolean isPublic) {

		static KudosForm empty(Long toId) {
			return new KudosForm(toId, "", true);
		}
	}

	private static final int MINE = 10;

	private final Timeline timeline;

	private final Kudos kudos;

	private final Reactions reactions;

	TimelineController(Timeline timeline, Kudos kudos, Reactions reactions) {
		this.timeline = timeline;
		this.kudos = kudos;
		this.reactions = reactions;
	}

	@GetMapping("/recognition")
	String show(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(required = false) Long before,
			@RequestParam(required = false) Long to, Locale locale, Model model) {
		return page(viewer, before, KudosForm.empty(to), FormErrors.none(), locale, model);
	}

	@PostMapping("/recognition/kudos")
	String give(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(required = false) String toId,
			@RequestParam(required = false) String message,
			@RequestParam(name = "public", required = false) String isPublic, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		var form = new KudosForm(null, message, isPublic != null);
		try {
			form = new KudosForm(id(toId), message, isPublic != null);
			kudos.give(viewer, form.toId(), message, form.isPublic());
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(viewer, null, form, FormErrors.of(e), locale, model);
		}
		redirect.addFlashAttribute("saved", form.isPublic() ? "recognition.kudos.sent" : "recognition.kudos.sentPrivately");
		return "redirect:/recognition";
	}

	@PostMapping("/recognition/achievements/{id}/reactions/{kind}")
	String react(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, @PathVariable String kind,
			@RequestParam(required = false) Long before,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		var counts = reactions.react(viewer, id, reaction(kind));
		return reacted(id, counts, before, htmx != null, model);
	}

	@PostMapping("/recognition/achievements/{id}/reactions/{kind}/remove")
	String unreact(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, @PathVariable String kind,
			@RequestParam(required = false) Long before,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		var counts = reactions.unreact(viewer, id, reaction(kind));
		return reacted(id, counts, before, htmx != null, model);
	}

	static Reaction reaction(String kind) {
		var reaction = Reaction.parse(kind);
		if (reaction == null) {
			throw new InvalidInputException("kind", "recognition.reaction.error.kind",
					"React with CLAP, HEART or CELEBRATE.");
		}
		return reaction;
	}

	/** For htmx the item's reactions alone, else back to the item on its page of the timeline. */
	private String reacted(long id, List<Reactions.Count> counts, Long before, boolean htmx, Model model) {
		if (htmx) {
			model.addAttribute("achievementId", id);
			model.addAttribute("counts", counts);
			model.addAttribute("before", before);
			return "recognition/reactions";
		}
		var back = UriComponentsBuilder.fromPath("/recognition");
		if (before != null) {
			back.queryParam("before", before);
		}
		return "redirect:" + back.fragment("achievement-" + id).build().toUriString();
	}

	private String page(AgoraPrincipal viewer, Long before, KudosForm form, FormErrors errors, Locale locale,
			Model model) {
		model.addAttribute("slice", timeline.page(viewer, before, Timeline.DEFAULT_SIZE, locale));
		model.addAttribute("before", before);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("recipients", kudos.recipients(viewer));
		model.addAttribute("mine", kudos.list(viewer, null, true, null, MINE));
		return "recognition/timeline";
	}

	private static Long id(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(typed.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException("toId", "recognition.kudos.error.recipient",
					"Choose an active colleague in the organization.");
		}
	}
}
