package org.agora.knowledgemap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.JsonBody;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Reading a JSON body and its links, a page of a list, and the problem details of bad input, for the needs' and areas'
 * API.
 */
final class NeedJsons {

	/** One page of a list, as the other modules' list APIs answer. */
	record PageJson<T>(List<T> items, int page, int size, long total) {
	}

	static final int MAX_SIZE = 100;

	private static final JsonBody.Keys JSON_KEYS = new JsonBody.Keys("map.needs.error.json", "map.needs.error.number");

	private NeedJsons() {
	}

	/** The page (from 0) of the list, of the size (1 to 100); a page or size out of range names its parameter. */
	static <T> PageJson<T> page(List<T> all, int page, int size) {
		if (page < 0) {
			throw new InvalidInputException("page", "map.needs.error.page", "The page is a number from 0.");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidInputException("size", "map.needs.error.size", "The size is a number from 1 to 100.");
		}
		int from = (int) Math.min((long) page * size, all.size());
		int to = Math.min(from + size, all.size());
		return new PageJson<>(List.copyOf(all.subList(from, to)), page, size, all.size());
	}

	/** The fields of a JSON body sent to the needs' or areas' API. */
	static JsonBody body(Map<String, Object> json) {
		return JsonBody.of(json, JSON_KEYS);
	}

	/** The links of a body, {@code [{kind, path, label}]}, as the form's three lists: kinds, paths, labels. */
	static List<List<String>> links(Map<String, Object> json) {
		var kinds = new ArrayList<String>();
		var paths = new ArrayList<String>();
		var labels = new ArrayList<String>();
		Object links = json == null ? null : json.get("links");
		if (links instanceof List<?> items) {
			for (Object item : items) {
				if (!(item instanceof Map<?, ?> link)) {
					throw new InvalidInputException("links", "map.needs.error.link", "Each link is {kind, path, label}.");
				}
				kinds.add(link.get("kind") == null ? "" : link.get("kind").toString());
				paths.add(link.get("path") == null ? "" : link.get("path").toString());
				labels.add(link.get("label") == null ? "" : link.get("label").toString());
			}
		}
		else if (links != null) {
			throw new InvalidInputException("links", "map.needs.error.link", "links is a list of {kind, path, label}.");
		}
		return List.of(kinds, paths, labels);
	}

	static ResponseEntity<ProblemDetail> problem(InvalidInputException e, boolean conflict) {
		HttpStatus status = conflict ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
		var problem = ProblemDetail.forStatusAndDetail(status, conflict ? e.getMessage() : "Invalid " + e.field());
		problem.setTitle(conflict ? "Conflict" : "Invalid input");
		problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
		if (e instanceof NeedEditor.VersionConflict v) {
			problem.setProperty("currentVersion", v.current());
		}
		return ResponseEntity.status(status).body(problem);
	}
}
