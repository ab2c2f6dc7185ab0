package org.agora.calendar;

import org.agora.platform.AgoraProperties;
import org.agora.platform.security.AgoraPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own events, and the secret link of their calendar feed. */
@Controller
class MyEventsController {

	private final CalendarViews views;

	private final FeedTokens feeds;

	private final AgoraProperties properties;

	private final CalendarPolicy policy;

	MyEventsController(CalendarViews views, FeedTokens feeds, AgoraProperties properties, CalendarPolicy policy) {
		this.views = views;
		this.feeds = feeds;
		this.properties = properties;
		this.policy = policy;
	}

	@GetMapping("/calendar/mine")
	String mine(@AuthenticationPrincipal AgoraPrincipal viewer, Model model) {
		model.addAttribute("mine", views.mine(viewer));
		model.addAttribute("feedUrl", properties.link(feeds.pathFor(viewer.personId())));
		model.addAttribute("plan", policy.mayCreate(viewer));
		return "calendar/mine";
	}

	/** A new feed link; the old one stops working at once. */
	@PostMapping("/calendar/mine/feed")
	String newFeedLink(@AuthenticationPrincipal AgoraPrincipal viewer, RedirectAttributes redirect) {
		feeds.regenerate(viewer.personId());
		redirect.addFlashAttribute("saved", "calviews.mine.feed.regenerated");
		return "redirect:/calendar/mine#feed";
	}
}
