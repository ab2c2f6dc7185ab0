package org.agora.discussions;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Community managers create spaces, change their settings and name their moderators. */
@Controller
class SpaceSettingsController {

	private final SpaceAdministration administration;

	private final Spaces spaces;

	private final SpaceListings listings;

	private final DiscussionsPolicy policy;

	SpaceSettingsController(SpaceAdministration administration, Spaces spaces, SpaceListings listings,
			DiscussionsPolicy policy) {
		this.administration = administration;
		this.spaces = spaces;
		this.listings = listings;
		this.policy = policy;
	}

	@GetMapping("/discussions/spaces/new")
	ModelAndView newSpace(@AuthenticationPrincipal AgoraPrincipal viewer) {
		requireManager(viewer);
		return form(new SpaceAdministration.NewSpace("", "", "", "TOPIC"), FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping("/discussions/spaces")
	ModelAndView create(@AuthenticationPrincipal AgoraPrincipal viewer, SpaceAdministration.NewSpace form,
			RedirectAttributes redirect) {
		try {
			var space = administration.create(viewer, form);
			redirect.addFlashAttribute("saved", "dspaces.form.created");
			return new ModelAndView(SpaceListings.redirect(space));
		}
		catch (InvalidInputException e) {
			return form(form, FormErrors.of(e), HttpStatus.BAD_REQUEST);
		}
	}

	@GetMapping("/discussions/s/{slug}/settings")
	ModelAndView settings(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String slug) {
		var space = managed(viewer, slug);
		return settings(space, new SpaceAdministration.SpaceSettings(space.name(), space.description(),
				space.archived(), space.version()), FormErrors.none(), "", HttpStatus.OK);
	}

	@PostMapping("/discussions/s/{slug}/settings")
	ModelAndView update(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String slug,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String description,
			@RequestParam(defaultValue = "false") boolean archived, @RequestParam(defaultValue = "-1") int version,
			RedirectAttributes redirect) {
		var space = managed(viewer, slug);
		var form = new SpaceAdministration.SpaceSettings(name, description, archived, version);
		try {
			administration.update(viewer, slug, form);
		}
		catch (InvalidInputException e) {
			return settings(space, form, FormErrors.of(e), "", HttpStatus.BAD_REQUEST);
		}
		catch (OptimisticLockingFailureException e) {
			var current = spaces.find(space.id()).orElseThrow();
			return settings(current, new SpaceAdministration.SpaceSettings(form.name(), form.description(),
					form.archived(), current.version()), FormErrors.none().add("version", "dspaces.settings.conflict"),
					"", HttpStatus.CONFLICT);
		}
		redirect.addFlashAttribute("saved", "dspaces.settings.saved");
		return new ModelAndView(SpaceListings.redirect(space, "/settings"));
	}

	@PostMapping("/discussions/s/{slug}/moderators")
	ModelAndView addModerator(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String slug,
			@RequestParam(defaultValue = "") String email, RedirectAttributes redirect) {
		var space = managed(viewer, slug);
		try {
			administration.addModerator(viewer, slug, email);
		}
		catch (InvalidInputException e) {
			return settings(space, new SpaceAdministration.SpaceSettings(space.name(), space.description(),
					space.archived(), space.version()), FormErrors.of(e), email, HttpStatus.BAD_REQUEST);
		}
		redirect.addFlashAttribute("saved", "dspaces.moderators.added");
		return new ModelAndView(SpaceListings.redirect(space, "/settings"));
	}

	@PostMapping("/discussions/s/{slug}/moderators/{personId}/remove")
	String removeModerator(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String slug,
			@PathVariable long personId, RedirectAttributes redirect) {
		var space = managed(viewer, slug);
		administration.removeModerator(viewer, slug, personId);
		redirect.addFlashAttribute("saved", "dspaces.moderators.removed");
		return SpaceListings.redirect(space, "/settings");
	}

	private ModelAndView form(SpaceAdministration.NewSpace form, FormErrors errors, HttpStatus status) {
		return new ModelAndView("discussions/spaceNew", status).addObject("form", form).addObject("errors", errors);
	}

	private ModelAndView settings(Space space, SpaceAdministration.SpaceSettings form, FormErrors errors,
			String moderatorEmail, HttpStatus status) {
		return new ModelAndView("discussions/spaceSettings", status).addObject("space", space)
			.addObject("form", form)
			.addObject("errors", errors)
			.addObject("moderators", listings.moderators(space))
			.addObject("moderatorEmail", moderatorEmail);
	}

	private Space managed(AgoraPrincipal viewer, String slug) {
		var space = spaces.visible(viewer, slug);
		requireManager(viewer);
		return space;
	}

	private void requireManager(AgoraPrincipal viewer) {
		if (!policy.mayManageSpaces(viewer)) {
			throw new AccessDeniedException("Only community managers and admins manage spaces");
		}
	}
}
