package org.agora.discussions;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriUtils;

/** The visible threads with a tag, across the spaces the viewer sees, and following the tag. */
@Controller
class TagController {

	private final SpaceListings listings;

	private final Following following;

	TagController(SpaceListings listings, Following following) {
		this.listings = listings;
		this.following = following;
	}

	@GetMapping("/discussions/tags/{tag}")
	ModelAndView tag(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String tag,
			@RequestParam(defaultValue = "0") int page) {
		String name = stored(tag);
		return new ModelAndView("discussions/tag").addObject("tag", name)
			.addObject("threads", listings.withTag(viewer, name, page))
			.addObject("following", following.isFollowing(viewer, FollowTarget.TAG, name))
			.addObject("moderation", listings.moderatesAny(viewer));
	}

	@PostMapping("/discussions/tags/{tag}/follow")
	String follow(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String tag) {
		return "redirect:" + path(following.follow(viewer, FollowTarget.TAG, stored(tag)));
	}

	@PostMapping("/discussions/tags/{tag}/unfollow")
	String unfollow(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String tag,
			@RequestParam(required = false) String back) {
		String name = stored(tag);
		following.unfollow(viewer, FollowTarget.TAG, name);
		return "following".equals(back) ? "redirect:/discussions/following" : "redirect:" + path(name);
	}

	/** A tag's page address, encoded for any script. */
	static String path(String tag) {
		return "/discussions/tags/" + UriUtils.encodePathSegment(tag, java.nio.charset.StandardCharsets.UTF_8);
	}

	private static String stored(String tag) {
		try {
			return Following.tag(tag);
		}
		catch (InvalidInputException e) {
			throw new NotFoundException("Tag");
		}
	}
}
