package org.agora.discussions;

import java.time.Instant;
import java.util.List;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The JSON twin of flagging and of the moderation queue. */
@RestController
class ModerationApi {

	/** @param reason SPAM, OFFENSIVE, OFF_TOPIC, MISINFORMATION or OTHER; OTHER needs a note */
	record FlagRequest(String reason, String note) {
	}

	record FlagCreated(long id, long postId, String reason) {
	}

	record FlagJson(long id, String reason, String note, String flaggedBy, Instant flaggedAt) {
	}

	record FlaggedPostJson(long postId, long threadId, String threadTitle, String threadPath, String spaceName,
			String author, String body, boolean hidden, List<FlagJson> flags) {
	}

	private final Flags flags;

	private final ModerationQueue queue;

	ModerationApi(Flags flags, ModerationQueue queue) {
		this.flags = flags;
		this.queue = queue;
	}

	@PostMapping("/api/v1/posts/{id}/flags")
	@ResponseStatus(HttpStatus.CREATED)
	FlagCreated flag(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestBody(required = false) FlagRequest request) {
		var body = request == null ? new FlagRequest(null, null) : request;
		long flagId = flags.flag(viewer, id, body.reason(), body.note());
		return new FlagCreated(flagId, id, FlagReason.of(body.reason()).name());
	}

	@GetMapping("/api/v1/discussions/moderation/flags")
	List<FlaggedPostJson> queue(@AuthenticationPrincipal AgoraPrincipal viewer) {
		return queue.of(viewer)
			.stream()
			.map(i -> new FlaggedPostJson(i.postId(), i.threadId(), i.threadTitle(), i.threadPath(), i.spaceName(),
					i.authorName(), i.body(), i.hidden(),
					i.flags()
						.stream()
						.map(f -> new FlagJson(f.id(), f.reason().name(), f.note(), f.flaggedByName(), f.at()))
						.toList()))
			.toList();
	}
}
