package org.agora.discussions;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/** What the signed-in person follows: threads, spaces and tags, each with a button to stop. */
@Controller
class FollowController {

	private final Following following;

	private final SpaceListings listings;

	FollowController(Following following, SpaceListings listings) {
		this.following = following;
		this.listings = listings;
	}

	@GetMapping("/discussions/following")
	ModelAndView following(@AuthenticationPrincipal AgoraPrincipal viewer) {
		return new ModelAndView("discussions/following").addObject("followed", following.of(viewer))
			.addObject("moderation", listings.moderatesAny(viewer));
	}

	/** Stops following a thread, also one the viewer no longer sees. */
	@PostMapping("/discussions/following/threads/{id}/unfollow")
	String unfollowThread(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id) {
		following.unfollow(viewer, FollowTarget.THREAD, Long.toString(id));
		return "redirect:/discussions/following";
	}
}
