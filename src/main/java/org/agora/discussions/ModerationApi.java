package org.agora.discussions;

import java.time.Instant;
import java.util.List;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The JSON twin of flagging, the moderation queue, the moderators' thread actions, hiding and the audit trail. */
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

	/**
	 * A moderator's action on a thread.
	 * @param action PIN, UNPIN, LOCK, UNLOCK, CLOSE, REOPEN, MOVE (with spaceId) or DUPLICATE (with of)
	 */
	record ThreadActionRequest(String action, String reason, Long spaceId, String of) {
	}

	record ThreadStateJson(long id, long spaceId, boolean pinned, boolean locked, boolean closed, Long duplicateOf) {
	}

	record ReasonRequest(String reason) {
	}

	record EntryJson(long id, Long postId, String actor, String action, String reason, Instant at) {
	}

	private final Flags flags;

	private final ModerationQueue queue;

	private final ModerationActions actions;

	private final ModerationHiding hiding;

	private final ModerationLog log;

	ModerationApi(Flags flags, ModerationQueue queue, ModerationActions actions, ModerationHiding hiding,
			ModerationLog log) {
		this.flags = flags;
		this.queue = queue;
		this.actions = actions;
		this.hiding = hiding;
		this.log = log;
	}

	@PostMapping("/api/v1/threads/{id}/moderation")
	ThreadStateJson act(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestBody(required = false) ThreadActionRequest request) {
		actions.moderated(viewer, id);
		var body = request == null ? new ThreadActionRequest(null, null, null, null) : request;
		String name = body.action() == null ? "" : body.action().strip();
		if ("MOVE".equalsIgnoreCase(name)) {
			actions.move(viewer, id, body.spaceId(), body.reason());
		}
		else if ("DUPLICATE".equalsIgnoreCase(name)) {
			actions.duplicate(viewer, id, body.of(), body.reason());
		}
		else {
			var action = ModerationAction.ofThreadPath(name);
			if (action == null) {
				throw new InvalidInputException("action", "dqa.action.unknown",
						"action is PIN, UNPIN, LOCK, UNLOCK, CLOSE, REOPEN, MOVE or DUPLICATE");
			}
			actions.apply(viewer, id, action, body.reason());
		}
		var t = actions.moderated(viewer, id).thread();
		return new ThreadStateJson(t.id(), t.spaceId(), t.pinned(), t.locked(), t.closed(), t.duplicateOf());
	}

	@GetMapping("/api/v1/threads/{id}/moderation")
	List<EntryJson> trail(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id) {
		actions.moderated(viewer, id);
		return log.ofThread(id)
			.stream()
			.map(e -> new EntryJson(e.id(), e.postId(), e.actorName(), e.action(), e.reason(), e.at()))
			.toList();
	}

	/** Hides the post; a reason is required. */
	@PostMapping("/api/v1/posts/{id}/hidden")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void hide(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestBody(required = false) ReasonRequest request) {
		hiding.hide(viewer, id, request == null ? null : request.reason());
	}

	/** Restores a hidden post. */
	@DeleteMapping("/api/v1/posts/{id}/hidden")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void restore(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id) {
		hiding.restore(viewer, id, null);
	}

	@PostMapping("/api/v1/discussions/moderation/flags/{id}/dismissal")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void dismiss(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id) {
		flags.dismiss(viewer, id);
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
