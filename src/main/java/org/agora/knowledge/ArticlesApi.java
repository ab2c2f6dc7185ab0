package org.agora.knowledge;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.JsonBody;
import org.agora.platform.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Articles as JSON, through the same services and permission checks as the pages. */
@RestController
@RequestMapping("/api/v1/articles")
@Tag(name = "Articles", description = "Knowledge articles, their versions, workflow, review dates and ratings")
class ArticlesApi {

	/** One message key for every JSON field of the wrong shape, numbers and ids included. */
	private static final JsonBody.Keys JSON_KEYS = new JsonBody.Keys("knowledge.error.json", "knowledge.error.json");

	/** Errors about the article's state rather than the input. */
	private static final List<String> CONFLICTS = List.of(ArticleEditor.CHANGED_MEANWHILE, ArticleEditor.FROZEN,
			ArticleWorkflow.ILLEGAL_MOVE);

	private final ArticleListing listing;

	private final ArticleEditor editor;

	private final ArticleWorkflow workflow;

	private final ArticleVersions versions;

	private final ArticlePages pages;

	private final Freshness freshness;

	private final Ratings ratings;

	private final PersonNames names;

	private final KnowledgeDates dates;

	ArticlesApi(ArticleListing listing, ArticleEditor editor, ArticleWorkflow workflow,
			ArticleVersions versions, ArticlePages pages, Freshness freshness, Ratings ratings, PersonNames names,
			KnowledgeDates dates) {
		this.listing = listing;
		this.editor = editor;
		this.workflow = workflow;
		this.versions = versions;
		this.pages = pages;
		this.freshness = freshness;
		this.ratings = ratings;
		this.names = names;
		this.dates = dates;
	}

	@GetMapping
	@Operation(summary = "Articles the viewer may see, newest change first; filter by type, status, tag, stale, mine")
	ArticleJsons.PageJson<ArticleJsons.SummaryJson> list(@AuthenticationPrincipal AgoraPrincipal viewer,
			@RequestParam(required = false) String type, @RequestParam(required = false) String status,
			@RequestParam(required = false) String tag, @RequestParam(defaultValue = "false") boolean stale,
			@RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		var query = new ArticleListing.Query(type == null || type.isBlank() ? null : ArticleType.parse(type),
				status(status), tag, stale, mine, null);
		var found = listing.list(viewer, query, page, size);
		var today = dates.today();
		return new ArticleJsons.PageJson<>(found.items().stream().map(a -> ArticleJsons.summary(a, today)).toList(),
				found.page(), found.size(), found.total());
	}

	@PostMapping
	@Operation(summary = "Write a draft: type, title, summary, body (Markdown), tags, contributors (handles or emails), unitId, spaceId, language, reviewBy")
	ResponseEntity<ArticleJsons.ArticleJson> create(@AuthenticationPrincipal AgoraPrincipal viewer,
			@RequestBody(required = false) Map<String, Object> json) {
		var f = body(json);
		var form = new ArticleForm(f.text("type"), f.text("title"), f.text("summary"), f.text("body"),
				f.joined("tags"), f.joined("contributors"), f.text("unitId"), f.text("spaceId"), f.text("language"),
				f.text("reviewBy"), null);
		long id = editor.create(viewer, form, List.of(), null);
		return ResponseEntity.created(URI.create("/api/v1/articles/" + id))
			.body(ArticleJsons.article(pages.view(viewer, id)));
	}

	@GetMapping("/{id}")
	@Operation(summary = "An article with its body, people, attachments, the viewer's rating and allowed actions")
	ArticleJsons.ArticleJson article(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id) {
		return ArticleJsons.article(pages.view(viewer, id));
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Save a new version: version (the one the edit was made on) and any fields to change; a stale version answers 409")
	ArticleJsons.ArticleJson edit(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestBody(required = false) Map<String, Object> json) {
		// hidden, not theirs, or frozen answer before anything about the input
		var a = editor.editable(viewer, id);
		var f = body(json);
		var form = new ArticleForm(f.textOr("type", a.type().name()), f.textOr("title", a.title()),
				f.textOr("summary", a.summary()), f.textOr("body", a.body()),
				f.joinedOr("tags", String.join(",", a.tags())),
				f.joinedOr("contributors", names.handles(a.contributorIds())),
				f.textOr("unitId", a.unitId() == null ? null : a.unitId().toString()),
				f.textOr("spaceId", a.spaceId() == null ? null : a.spaceId().toString()),
				f.textOr("language", a.language()), f.textOr("reviewBy", null), f.number("version"));
		editor.edit(viewer, id, form, List.of(), List.of());
		return ArticleJsons.article(pages.view(viewer, id));
	}

	@GetMapping("/{id}/versions")
	@Operation(summary = "Every saved version of the article, newest first")
	List<ArticleJsons.VersionJson> versions(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id) {
		return versions.list(viewer, id).stream().map(ArticleJsons::version).toList();
	}

	@GetMapping("/{id}/diff")
	@Operation(summary = "What changed between two versions (from older to newer), as runs of SAME, DELETED and INSERTED text")
	ArticleJsons.DiffJson diff(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam int from, @RequestParam int to) {
		return ArticleJsons.diff(ArticleVersions.compare(versions.list(viewer, id), from, to));
	}

	@PostMapping("/{id}/restore")
	@Operation(summary = "Restore an earlier version as a new one: restore (the number to restore) and version (the current one, required); a stale version answers 409")
	ArticleJsons.ArticleJson restore(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestBody(required = false) Map<String, Object> json) {
		var f = body(json);
		Integer number = f.number("restore");
		if (number == null) {
			throw new InvalidInputException("restore", "knowledge.error.noSuchVersion", "Name the version to restore.");
		}
		editor.restore(viewer, id, number, f.number("version"));
		return ArticleJsons.article(pages.view(viewer, id));
	}

	@PostMapping("/{id}/{move:submit|approve|send-back|publish|archive|unarchive}")
	@Operation(summary = "Move the article: submit (reviewer), approve (reviewBy), send-back (comment), publish (reviewBy), archive, unarchive; with version (the one the move was chosen on), a later saved version answers 409")
	ArticleJsons.ArticleJson move(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@PathVariable String move, @RequestBody(required = false) Map<String, Object> json) {
		var f = body(json);
		var transition = Transition.ofSlug(move).orElseThrow(() -> new NotFoundException("Move"));
		workflow.move(viewer, id, transition, new ArticleWorkflow.Move(f.text("reviewer"), f.text("comment"),
				f.text("reviewBy"), f.number("version")));
		return ArticleJsons.article(pages.view(viewer, id));
	}

	@PostMapping("/{id}/confirm-review")
	@Operation(summary = "Confirm the article is still accurate; its review-by date moves to reviewBy or a year from today")
	ArticleJsons.ArticleJson confirmReview(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestBody(required = false) Map<String, Object> json) {
		freshness.confirm(viewer, id, body(json).text("reviewBy"));
		return ArticleJsons.article(pages.view(viewer, id));
	}

	@PutMapping("/{id}/rating")
	@Operation(summary = "Was this helpful? helpful (true or false) and an optional comment; one per person, changeable")
	ArticleJsons.ArticleJson rate(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestBody(required = false) Map<String, Object> json) {
		var f = body(json);
		ratings.rate(viewer, id, f.bool("helpful"), f.text("comment"));
		return ArticleJsons.article(pages.view(viewer, id));
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
		return problem(e);
	}

	/** A field error is 400 and names the field; a stale version or a move the status forbids is a 409 conflict. */
	static ResponseEntity<ProblemDetail> problem(InvalidInputException e) {
		boolean conflict = CONFLICTS.contains(e.messageKey()) || e instanceof ArticleEditor.VersionConflict;
		HttpStatus status = conflict ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
		var problem = ProblemDetail.forStatusAndDetail(status, conflict ? e.getMessage() : "Invalid " + e.field());
		problem.setTitle(conflict ? "Conflict" : "Invalid input");
		problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
		if (e instanceof ArticleEditor.VersionConflict v) {
			problem.setProperty("conflict", "version");
			problem.setProperty("currentVersion", v.current());
		}
		return ResponseEntity.status(status).body(problem);
	}

	/** The fields of a JSON body sent to the articles' API, here or to the harvest. */
	static JsonBody body(Map<String, Object> json) {
		return JsonBody.of(json, JSON_KEYS);
	}

	private static ArticleStatus status(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return ArticleStatus.valueOf(typed.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("status", "knowledge.error.status",
					"The status is DRAFT, IN_REVIEW, PUBLISHED or ARCHIVED.");
		}
	}
}
