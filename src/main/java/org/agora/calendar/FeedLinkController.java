package org.agora.calendar;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person replaces their calendar feed link, for instance after sharing it by mistake; the old one stops working. */
@Controller
class FeedLinkController {

	static final String MY_EVENTS = "/calendar/my";

	private final FeedTokens tokens;

	FeedLinkController(FeedTokens tokens) {
		this.tokens = tokens;
	}

	@PostMapping("/calendar/feed-link")
	String regenerate(@AuthenticationPrincipal AgoraPrincipal viewer, RedirectAttributes redirect) {
		tokens.regenerate(viewer.personId());
		redirect.addFlashAttribute("saved", "calapi.feed.regenerated");
		return "redirect:" + MY_EVENTS;
	}
}
