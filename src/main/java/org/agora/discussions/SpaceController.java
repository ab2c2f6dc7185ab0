package org.agora.discussions;

import java.util.Locale;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.security.core.annotation.AuthenticationPrincipal;

/** The discussions overview and a space's page with its threads, and following a space. */
@Controller
class SpaceController {

	private final Spaces spaces;

	private final SpaceListings listings;

	private final Memberships memberships;

	private final Following following;

	private final DiscussionsPolicy policy;

	SpaceController(Spaces spaces, SpaceListings listings, Memberships memberships, Following following,
			DiscussionsPolicy policy) {
		this.spaces = spaces;
		this.listings = listings;
		this.memberships = memberships;
		this.following = following;
		this.policy = policy;
	}

	@GetMapping("/discussions")
	ModelAndView overview(@AuthenticationPrincipal AgoraPrincipal viewer) {
		return new ModelAndView("discussions/index").addObject("spaces", listings.spaces(viewer))
			.addObject("invitations", memberships.invitationsFor(viewer))
			.addObject("latest", listings.latest(viewer, SpaceListings.PAGE_SIZE))
			.addObject("mayManage", policy.mayManageSpaces(viewer))
			.addObject("moderation", listings.moderatesAny(viewer));
	}

	@GetMapping("/discussions/s/{slug}")
	ModelAndView space(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String slug,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String tag,
			@RequestParam(defaultValue = "0") int page) {
		var space = spaces.visible(viewer, slug);
		ThreadKind shownKind = kind(kind);
		String shownTag = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(Locale.ROOT);
		var membership = policy.membership(viewer.personId(), space.id()).orElse(null);
		return new ModelAndView("discussions/space").addObject("space", space)
			.addObject("moderators", listings.moderators(space))
			.addObject("threads", listings.ofSpace(viewer, space, shownKind, shownTag, page))
			.addObject("kind", shownKind)
			.addObject("tag", shownTag)
			.addObject("following", following.isFollowing(viewer, FollowTarget.SPACE, Long.toString(space.id())))
			.addObject("mayPost", policy.mayPost(viewer, space))
			.addObject("mayModerate", policy.mayModerate(viewer, space))
			.addObject("mayManage", policy.mayManageSpaces(viewer))
			.addObject("member", membership != null && membership.active())
			.addObject("moderation", listings.moderatesAny(viewer));
	}

	@PostMapping("/discussions/s/{slug}/follow")
	String follow(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String slug) {
		var space = spaces.visible(viewer, slug);
		following.follow(viewer, FollowTarget.SPACE, Long.toString(space.id()));
		return SpaceListings.redirect(space);
	}

	@PostMapping("/discussions/s/{slug}/unfollow")
	String unfollow(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String slug,
			@RequestParam(required = false) String back) {
		var space = spaces.visible(viewer, slug);
		following.unfollow(viewer, FollowTarget.SPACE, Long.toString(space.id()));
		return "following".equals(back) ? "redirect:/discussions/following" : SpaceListings.redirect(space);
	}

	private static ThreadKind kind(String typed) {
		if (typed == null) {
			return null;
		}
		for (var kind : ThreadKind.values()) {
			if (kind.name().equalsIgnoreCase(typed.strip())) {
				return kind;
			}
		}
		return null;
	}
}
