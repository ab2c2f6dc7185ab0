package org.agora.recognition;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Kudos as JSON: the ones the viewer may see (public ones, and private ones they gave or received), or a person's
 * received ones; and thanking a colleague, with the same rules as the page.
 */
@RestController
class KudosApi {

	record PersonJson(long id, String name) {
	}

	record KudosJson(long id, PersonJson from, PersonJson to, String message,
			@JsonProperty("public") boolean isPublic, Instant createdAt) {

		static KudosJson of(Kudos.Thanks k) {
			return new KudosJson(k.id(), new PersonJson(k.fromId(), k.fromName()),
					new PersonJson(k.toId(), k.toName()), k.message(), k.isPublic(), k.createdAt());
		}
	}

	/** A page of kudos, newest first; next is the before of the following page, or null at the end. */
	record KudosPage(List<KudosJson> items, int size, Long next) {
	}

	private final Kudos kudos;

	KudosApi(Kudos kudos) {
		this.kudos = kudos;
	}

	@GetMapping("/api/v1/kudos")
	KudosPage list(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(required = false) Long person,
			@RequestParam(required = false) Long before,
			@RequestParam(defaultValue = "" + Timeline.DEFAULT_SIZE) int size) {
		if (size < 1 || size > Timeline.MAX_SIZE) {
			throw new InvalidInputException("size", "recognition.timeline.error.size", "The size runs from 1 to 100.");
		}
		var page = kudos.list(viewer, person, false, before, size + 1);
		var items = page.stream().limit(size).map(KudosJson::of).toList();
		return new KudosPage(items, size, page.size() > size ? items.get(size - 1).id() : null);
	}

	/** Thanks a colleague: toId, message, and public (true unless false). */
	@PostMapping("/api/v1/kudos")
	ResponseEntity<KudosJson> give(@AuthenticationPrincipal AgoraPrincipal viewer,
			@RequestBody(required = false) Map<String, Object> json) {
		var body = json == null ? Map.<String, Object>of() : json;
		long id = kudos.give(viewer, toId(body), message(body), isPublic(body));
		return ResponseEntity.status(HttpStatus.CREATED).body(KudosJson.of(kudos.find(viewer, id).orElseThrow()));
	}

	private static Long toId(Map<String, Object> body) {
		Object value = body.get("toId");
		if (value == null || value instanceof Number) {
			return value == null ? null : ((Number) value).longValue();
		}
		if (value instanceof String text && text.strip().matches("\\d{1,18}")) {
			return Long.valueOf(text.strip());
		}
		throw new InvalidInputException("toId", "recognition.kudos.error.recipient",
				"toId is the id of an active colleague in the organization.");
	}

	private static String message(Map<String, Object> body) {
		Object value = body.get("message");
		if (value == null || value instanceof String) {
			return (String) value;
		}
		throw new InvalidInputException("message", "recognition.kudos.error.message", "message is text.");
	}

	private static boolean isPublic(Map<String, Object> body) {
		Object value = body.get("public");
		if (value == null || value instanceof Boolean) {
			return value == null || (Boolean) value;
		}
		throw new InvalidInputException("public", "recognition.kudos.error.public", "public is true or false.");
	}
}
