package org.agora.calendar;

import org.agora.platform.AgoraProperties;
import org.agora.platform.security.AgoraPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person's calendar feed link as JSON, and a new one on request. */
@RestController
@RequestMapping("/api/v1/calendar/feed")
class FeedApi {

	/** @param url the absolute address calendar applications subscribe to */
	record FeedJson(String url) {
	}

	private final FeedTokens tokens;

	private final AgoraProperties properties;

	FeedApi(FeedTokens tokens, AgoraProperties properties) {
		this.tokens = tokens;
		this.properties = properties;
	}

	@GetMapping
	FeedJson feed(@AuthenticationPrincipal AgoraPrincipal viewer) {
		return new FeedJson(properties.link(tokens.pathFor(viewer.personId())));
	}

	/** Replaces the link; the old one stops working at once. */
	@PostMapping
	FeedJson regenerate(@AuthenticationPrincipal AgoraPrincipal viewer) {
		tokens.regenerate(viewer.personId());
		return feed(viewer);
	}
}
