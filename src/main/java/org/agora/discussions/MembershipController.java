package org.agora.discussions;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The members of a space, invitations and their answers, the join link and its requests, and leaving a space.
 */
@Controller
class MembershipController {

	private final Memberships memberships;

	private final Spaces spaces;

	private final SpaceListings listings;

	private final DiscussionsPolicy policy;

	MembershipController(Memberships memberships, Spaces spaces, SpaceListings listings, DiscussionsPolicy policy) {
		this.memberships = memberships;
		this.spaces = spaces;
		this.listings = listings;
		this.policy = policy;
	}

	@GetMapping("/discussions/s/{slug}/members")
	ModelAndView members(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String slug) {
		return page(viewer, spaces.visible(viewer, slug), "", FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping("/discussions/s/{slug}/members/invite")
	ModelAndView invite(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String slug,
			@RequestParam(defaultValue = "") String email, RedirectAttributes redirect) {
		var space = spaces.visible(viewer, slug);
		try {
			memberships.invite(viewer, slug, email);
		}
		catch (InvalidInputException e) {
			return page(viewer, space, email, FormErrors.of(e), HttpStatus.BAD_REQUEST);
		}
		redirect.addFlashAttribute("saved", "dspaces.members.invited");
		return new ModelAndView(SpaceListings.redirect(space, "/members"));
	}

	@PostMapping("/discussions/s/{slug}/members/{personId}/approve")
	String approve(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String slug,
			@PathVariable long personId, RedirectAttributes redirect) {
		memberships.approve(viewer, slug, personId);
		redirect.addFlashAttribute("saved", "dspaces.members.approved");
		return SpaceListings.redirect(spaces.visible(viewer, slug), "/members");
	}

	@PostMapping("/discussions/s/{slug}/members/{personId}/deny")
	String deny(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String slug,
			@PathVariable long personId, RedirectAttributes redirect) {
		memberships.deny(viewer, slug, personId);
		redirect.addFlashAttribute("saved", "dspaces.members.denied");
		return SpaceListings.redirect(spaces.visible(viewer, slug), "/members");
	}

	@PostMapping("/discussions/s/{slug}/members/{personId}/remove")
	String remove(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String slug,
			@PathVariable long personId, RedirectAttributes redirect) {
		var space = spaces.visible(viewer, slug);
		try {
			memberships.remove(viewer, slug, personId);
			redirect.addFlashAttribute("saved", "dspaces.members.removed");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("failed", e.messageKey());
		}
		return SpaceListings.redirect(space, "/members");
	}

	@PostMapping("/discussions/s/{slug}/members/join-link")
	String regenerate(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String slug,
			RedirectAttributes redirect) {
		var space = spaces.visible(viewer, slug);
		memberships.regenerateToken(viewer, slug);
		redirect.addFlashAttribute("saved", "dspaces.join.renewed");
		return SpaceListings.redirect(space, "/members");
	}

	@PostMapping("/discussions/s/{slug}/leave")
	String leave(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String slug,
			RedirectAttributes redirect) {
		var space = spaces.visible(viewer, slug);
		try {
			memberships.leave(viewer, slug);
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("failed", e.messageKey());
			return SpaceListings.redirect(space);
		}
		redirect.addFlashAttribute("saved", "dspaces.members.left");
		return "redirect:/discussions";
	}

	@PostMapping("/discussions/s/{slug}/invitation/accept")
	String accept(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String slug,
			RedirectAttributes redirect) {
		memberships.accept(viewer, slug);
		redirect.addFlashAttribute("saved", "dspaces.invitation.accepted");
		return SpaceListings.redirect(spaces.visible(viewer, slug));
	}

	@PostMapping("/discussions/s/{slug}/invitation/decline")
	String decline(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String slug,
			RedirectAttributes redirect) {
		memberships.decline(viewer, slug);
		redirect.addFlashAttribute("saved", "dspaces.invitation.declined");
		return "redirect:/discussions";
	}

	@GetMapping("/discussions/join/{token}")
	ModelAndView join(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String token) {
		return new ModelAndView("discussions/spaceJoin").addObject("join", memberships.byToken(viewer, token));
	}

	@PostMapping("/discussions/join/{token}")
	ModelAndView request(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String token,
			RedirectAttributes redirect) {
		try {
			memberships.request(viewer, token);
		}
		catch (InvalidInputException e) {
			return new ModelAndView("discussions/spaceJoin", HttpStatus.BAD_REQUEST)
				.addObject("join", memberships.byToken(viewer, token))
				.addObject("failed", e.messageKey());
		}
		redirect.addFlashAttribute("saved", "dspaces.join.requested");
		return new ModelAndView("redirect:/discussions/join/" + token);
	}

	private ModelAndView page(AgoraPrincipal viewer, Space space, String email, FormErrors errors,
			HttpStatus status) {
		boolean moderator = policy.mayModerate(viewer, space);
		return new ModelAndView("discussions/members", status).addObject("space", space)
			.addObject("members", memberships.of(viewer, space))
			.addObject("mayModerate", moderator)
			.addObject("joinToken", memberships.joinToken(viewer, space))
			.addObject("email", email)
			.addObject("errors", errors)
			.addObject("moderation", listings.moderatesAny(viewer));
	}
}
