package org.agora.initiatives;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Initiatives as JSON, through the same services and permission checks as the pages. */
@RestController
@RequestMapping("/api/v1/initiatives")
@Tag(name = "Initiatives", description = "Unit KM initiatives with their milestones, progress log, obstacles and outcomes")
class InitiativesApi {

	private final InitiativePages pages;

	private final InitiativeEditor editor;

	private final InitiativeJournal journal;

	InitiativesApi(InitiativePages pages, InitiativeEditor editor, InitiativeJournal journal) {
		this.pages = pages;
		this.editor = editor;
		this.journal = journal;
	}

	@GetMapping
	@Operation(summary = "Initiatives, latest change first; filter by unit (id), kind, status and leader (id)")
	InitiativeJsons.PageJson list(@AuthenticationPrincipal AgoraPrincipal viewer,
			@RequestParam(required = false) Long unit, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String status, @RequestParam(required = false) Long leader,
			@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		var query = new Initiatives.Query(unit, filter("kind", kind, InitiativeKind.parse(kind)),
				filter("status", status, InitiativeStatus.parse(status)), leader);
		var found = pages.list(viewer, query, page, size);
		return new InitiativeJsons.PageJson(found.items().stream().map(InitiativeJsons::summary).toList(),
				found.page(), found.size(), found.total());
	}

	@PostMapping
	@Operation(summary = "Register an idea: unitId, title, goal, kind, audience, plannedStart, plannedEnd; leaderId (managers only)")
	ResponseEntity<InitiativeJsons.InitiativeJson> create(@AuthenticationPrincipal AgoraPrincipal viewer,
			@RequestBody(required = false) Map<String, Object> json) {
		var body = InitiativeJsons.body(json);
		var form = new InitiativeForm(body.text("unitId"), body.text("leaderId"), body.text("title"),
				body.text("goal"), body.text("kind"), body.text("audience"), body.text("plannedStart"),
				body.text("plannedEnd"), null);
		long id = editor.create(viewer, form);
		return ResponseEntity.created(URI.create("/api/v1/initiatives/" + id))
			.body(InitiativeJsons.initiative(pages.view(viewer, id)));
	}

	@GetMapping("/{id}")
	@Operation(summary = "An initiative with its milestones, progress log, obstacles, outcomes and allowed moves")
	InitiativeJsons.InitiativeJson initiative(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id) {
		return InitiativeJsons.initiative(pages.view(viewer, id));
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Change it: version (required, the one the change was made on), any fields, and/or status with stopReason; a stale version or a move the status forbids answers 409")
	InitiativeJsons.InitiativeJson patch(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestBody(required = false) Map<String, Object> json) {
		// hidden or not theirs answers before anything about the input
		var i = editor.changeable(viewer, id);
		var fields = List.of("unitId", "leaderId", "title", "goal", "kind", "audience", "plannedStart", "plannedEnd");
		var body = InitiativeJsons.body(json);
		boolean changesFields = fields.stream().anyMatch(body::has);
		var current = InitiativeForm.of(i);
		var form = changesFields ? new InitiativeForm(body.textOr("unitId", current.unitId()),
				body.textOr("leaderId", current.leaderId()), body.textOr("title", current.title()),
				body.textOr("goal", current.goal()), body.textOr("kind", current.kind()),
				body.textOr("audience", current.audience()), body.textOr("plannedStart", current.plannedStart()),
				body.textOr("plannedEnd", current.plannedEnd()), null) : null;
		String status = body.text("status");
		editor.patch(viewer, id, form, filter("status", status, InitiativeStatus.parse(status)),
				body.text("stopReason"), body.number("version"));
		return InitiativeJsons.initiative(pages.view(viewer, id));
	}

	@PostMapping("/{id}/updates")
	@Operation(summary = "Log progress: body")
	ResponseEntity<InitiativeJsons.InitiativeJson> update(@AuthenticationPrincipal AgoraPrincipal viewer,
			@PathVariable long id, @RequestBody(required = false) Map<String, Object> json) {
		journal.addUpdate(viewer, id, InitiativeJsons.body(json).text("body"));
		return created(viewer, id);
	}

	@PostMapping("/{id}/milestones")
	@Operation(summary = "Add a milestone: title, dueOn (on or before the planned end)")
	ResponseEntity<InitiativeJsons.InitiativeJson> milestone(@AuthenticationPrincipal AgoraPrincipal viewer,
			@PathVariable long id, @RequestBody(required = false) Map<String, Object> json) {
		var body = InitiativeJsons.body(json);
		journal.addMilestone(viewer, id, new MilestoneForm(body.text("title"), body.text("dueOn")));
		return created(viewer, id);
	}

	@PostMapping("/{id}/milestones/{milestoneId}/reached")
	@Operation(summary = "Mark a milestone reached today")
	InitiativeJsons.InitiativeJson reached(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@PathVariable long milestoneId) {
		journal.reachMilestone(viewer, id, milestoneId);
		return InitiativeJsons.initiative(pages.view(viewer, id));
	}

	@PostMapping("/{id}/obstacles")
	@Operation(summary = "Record an obstacle: category, description, handling, resolved")
	ResponseEntity<InitiativeJsons.InitiativeJson> obstacle(@AuthenticationPrincipal AgoraPrincipal viewer,
			@PathVariable long id, @RequestBody(required = false) Map<String, Object> json) {
		var body = InitiativeJsons.body(json);
		journal.addObstacle(viewer, id, new ObstacleForm(body.text("category"), body.text("description"),
				body.text("handling"), "true".equals(body.text("resolved"))));
		return created(viewer, id);
	}

	@PostMapping("/{id}/outcomes")
	@Operation(summary = "Record an outcome: description; measure, measureUnit, valueBefore, valueAfter (all or none); values; links [{kind, path, label}]")
	ResponseEntity<InitiativeJsons.InitiativeJson> outcome(@AuthenticationPrincipal AgoraPrincipal viewer,
			@PathVariable long id, @RequestBody(required = false) Map<String, Object> json) {
		var kinds = new ArrayList<String>();
		var paths = new ArrayList<String>();
		var labels = new ArrayList<String>();
		Object links = json == null ? null : json.get("links");
		if (links instanceof List<?> items) {
			for (Object item : items) {
				if (!(item instanceof Map<?, ?> link)) {
					throw new InvalidInputException("links", "initiatives.error.link", "Each link is {kind, path, label}.");
				}
				kinds.add(String.valueOf(link.get("kind")));
				paths.add(link.get("path") == null ? "" : link.get("path").toString());
				labels.add(link.get("label") == null ? "" : link.get("label").toString());
			}
		}
		else if (links != null) {
			throw new InvalidInputException("links", "initiatives.error.link", "links is a list of {kind, path, label}.");
		}
		var body = InitiativeJsons.body(json);
		journal.addOutcome(viewer, id, new OutcomeForm(body.text("description"), body.text("measure"),
				body.text("measureUnit"), body.text("valueBefore"), body.text("valueAfter"), body.list("values"),
				kinds, paths, labels));
		return created(viewer, id);
	}

	/** A field error is 400 and names the field; a stale version or a move the status forbids is a 409 conflict. */
	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
		boolean conflict = e instanceof InitiativeEditor.VersionConflict || e instanceof InitiativeEditor.IllegalMove;
		HttpStatus status = conflict ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
		var problem = ProblemDetail.forStatusAndDetail(status, conflict ? e.getMessage() : "Invalid " + e.field());
		problem.setTitle(conflict ? "Conflict" : "Invalid input");
		problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
		if (e instanceof InitiativeEditor.VersionConflict v) {
			problem.setProperty("currentVersion", v.current());
		}
		return ResponseEntity.status(status).body(problem);
	}

	private ResponseEntity<InitiativeJsons.InitiativeJson> created(AgoraPrincipal viewer, long id) {
		return ResponseEntity.status(HttpStatus.CREATED).body(InitiativeJsons.initiative(pages.view(viewer, id)));
	}

	private static <T> T filter(String field, String typed, T parsed) {
		if (typed != null && !typed.isBlank() && parsed == null) {
			throw new InvalidInputException(field, "initiatives.error." + field, "No such " + field + ": " + typed);
		}
		return parsed;
	}
}
