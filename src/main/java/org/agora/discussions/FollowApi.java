package org.agora.discussions;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the signed-in person follows, as JSON. A follow names its kind and target: a thread's id, a space's address
 * or id, or a tag. Following what one may not see answers 404.
 */
@RestController
@RequestMapping("/api/v1/discussions/follows")
class FollowApi {

	/** A follow as the client sends it. */
	record FollowJson(String kind, String target) {
	}

	private final Following following;

	FollowApi(Following following) {
		this.following = following;
	}

	@GetMapping
	Following.Followed mine(@AuthenticationPrincipal AgoraPrincipal viewer) {
		return following.of(viewer);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	FollowJson follow(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestBody FollowJson body) {
		var kind = Following.kind(body.kind());
		return new FollowJson(kind.name(), following.follow(viewer, kind, body.target()));
	}

	@DeleteMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unfollow(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestBody FollowJson body) {
		following.unfollow(viewer, Following.kind(body.kind()), body.target());
	}
}
