package org.agora.knowledgemap;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.Ui;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Knowledge needs as JSON and CSV, and the scales, through the same services and permission checks as the pages. */
@RestController
@Tag(name = "Knowledge needs", description = "Units' knowledge needs, ranked by priority, and the scales they are ranked with")
class NeedsApi {

	record Ref(long id, String name) {
	}

	record LinkJson(NeedLinkKind kind, String path, String label) {
	}

	record NeedJson(long id, String title, String path, Ref unit, Ref area, String description, String neededBy,
			Integer peopleCount, NeedAvailability availability, int importance, int scarcity, int frequency,
			int priority, NeedStatus status, int version, List<LinkJson> links, Instant createdAt,
			Instant updatedAt) {
	}

	record ScalesJson(Map<String, Integer> values, List<ChangeJson> trail) {
	}

	record ChangeJson(String key, int oldValue, int newValue, long changedBy, Instant changedAt) {
	}

	private final BacklogPages pages;

	private final NeedEditor editor;

	private final NeedsCsv csv;

	private final MapSettings settings;

	private final KnowledgeMapPolicy policy;

	NeedsApi(BacklogPages pages, NeedEditor editor, NeedsCsv csv, MapSettings settings, KnowledgeMapPolicy policy) {
		this.pages = pages;
		this.editor = editor;
		this.csv = csv;
		this.settings = settings;
		this.policy = policy;
	}

	@GetMapping("/api/v1/knowledge-needs")
	@Operation(summary = "Needs ranked by priority (then scarcity, then age), a page at a time: page (from 0), size (1-100, 20 unless given); filter by unit (id, with the units under it), status (OPEN, BEING_ADDRESSED, COVERED, or NOT_COVERED for the first two), importance and scarcity (1-3)")
	NeedJsons.PageJson<NeedJson> list(@AuthenticationPrincipal AgoraPrincipal viewer,
			@RequestParam(required = false) Long unit, @RequestParam(required = false) String status,
			@RequestParam(required = false) Integer importance, @RequestParam(required = false) Integer scarcity,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		var rows = pages.backlog(viewer, BacklogPages.apiQuery(unit, status, importance, scarcity)).rows();
		return NeedJsons.page(rows.stream().map(NeedsApi::json).toList(), page, size);
	}

	@PostMapping("/api/v1/knowledge-needs")
	@Operation(summary = "Record a need: unitId, areaId, title, description, neededBy, peopleCount, availability, importance, scarcity, frequency (1-3), links [{kind, path, label}]")
	ResponseEntity<NeedJson> raise(@AuthenticationPrincipal AgoraPrincipal viewer,
			@RequestBody(required = false) Map<String, Object> json) {
		long id = editor.raise(viewer, form(json, NeedForm.blank()));
		return ResponseEntity.created(URI.create("/api/v1/knowledge-needs/" + id)).body(json(viewer, id));
	}

	@PatchMapping("/api/v1/knowledge-needs/{id:\\d+}")
	@Operation(summary = "Change a need: version (required), any fields, and/or status; a stale version or a move the status forbids answers 409")
	NeedJson patch(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestBody(required = false) Map<String, Object> json) {
		// hidden or not theirs answers before anything about the input
		var need = editor.changeable(viewer, id);
		var fields = List.of("unitId", "areaId", "title", "description", "neededBy", "peopleCount", "availability",
				"importance", "scarcity", "frequency", "links");
		var body = NeedJsons.body(json);
		boolean changesFields = fields.stream().anyMatch(body::has);
		var form = changesFields ? form(json, NeedForm.of(need)) : null;
		String status = body.text("status");
		var target = NeedStatus.parse(status);
		if (status != null && !status.isBlank() && target == null) {
			throw new InvalidInputException("status", "map.needs.error.status", "No such status: " + status);
		}
		editor.patch(viewer, id, form, target, body.number("version"));
		return json(viewer, id);
	}

	@GetMapping(value = "/api/v1/knowledge-needs.csv", produces = "text/csv")
	@Operation(summary = "The ranked needs as CSV (UTF-8 with BOM, headers in the reader's language); the list's filters")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) String status, @RequestParam(required = false) Integer importance,
			@RequestParam(required = false) Integer scarcity, @ModelAttribute(name = "ui", binding = false) Ui ui) {
		var rows = pages.backlog(viewer, BacklogPages.apiQuery(unit, status, importance, scarcity)).rows();
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("knowledge-needs.csv").build().toString())
			.body(csv.write(rows, ui::t));
	}

	@GetMapping("/api/v1/knowledge-needs/scales")
	@Operation(summary = "The scales in force and their latest changes (managers)")
	ScalesJson scales(@AuthenticationPrincipal AgoraPrincipal viewer) {
		if (!policy.maySeeScales(viewer)) {
			throw new org.springframework.security.access.AccessDeniedException("Managers see the map's scales");
		}
		Map<String, Integer> values = new java.util.LinkedHashMap<>();
		settings.values().forEach((key, value) -> values.put(key.field, value));
		var trail = settings.trail(50)
			.stream()
			.map(c -> new ChangeJson(c.key(), c.oldValue(), c.newValue(), c.changedBy(), c.changedAt()))
			.toList();
		return new ScalesJson(values, trail);
	}

	@PutMapping("/api/v1/knowledge-needs/scales")
	@Operation(summary = "Set all nine values (community managers); the backlog re-ranks at once and the change is recorded")
	ScalesJson changeScales(@AuthenticationPrincipal AgoraPrincipal viewer,
			@RequestBody(required = false) Map<String, Object> json) {
		settings.change(viewer, ScalesController.parse(json));
		return scales(viewer);
	}

	/** A field error is 400 and names the field; a stale version or a move the status forbids is a 409 conflict. */
	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
		return NeedJsons.problem(e, e instanceof NeedEditor.VersionConflict || e instanceof NeedEditor.IllegalMove);
	}

	private NeedJson json(AgoraPrincipal viewer, long id) {
		var view = pages.view(viewer, id);
		return json(new BacklogPages.Row(view.need(), view.priority(), view.unit(), view.area()));
	}

	static NeedJson json(BacklogPages.Row row) {
		var n = row.need();
		return new NeedJson(n.id(), n.title(), n.path(), new Ref(n.unitId(), row.unit()),
				n.areaId() == null ? null : new Ref(n.areaId(), row.area()), n.description(), n.neededBy(),
				n.peopleCount(), n.availability(), n.importance(), n.scarcity(), n.frequency(), row.priority(),
				n.status(), n.version(), n.links().stream().map(l -> new LinkJson(l.kind(), l.path(), l.label())).toList(),
				n.createdAt(), n.updatedAt());
	}

	/** The need a JSON body describes, each field absent kept from the given form. */
	private static NeedForm form(Map<String, Object> json, NeedForm current) {
		var body = NeedJsons.body(json);
		var links = body.has("links") ? NeedJsons.links(json)
				: List.of(current.linkKind(), current.linkPath(), current.linkLabel());
		return new NeedForm(body.textOr("unitId", current.unitId()), body.textOr("areaId", current.areaId()),
				body.textOr("title", current.title()), body.textOr("description", current.description()),
				body.textOr("neededBy", current.neededBy()), body.textOr("peopleCount", current.peopleCount()),
				body.textOr("availability", current.availability()), body.textOr("importance", current.importance()),
				body.textOr("scarcity", current.scarcity()), body.textOr("frequency", current.frequency()),
				links.get(0), links.get(1), links.get(2), null);
	}

}
