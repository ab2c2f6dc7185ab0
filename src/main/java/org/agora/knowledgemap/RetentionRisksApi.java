package org.agora.knowledgemap;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.agora.platform.web.Ui;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The risk register as JSON and CSV, and new actions of a retention plan: the managers' only, as the register holds
 * departure dates. Bad input is a 400 problem naming the field.
 */
@RestController
@Tag(name = "Retention risks", description = "Holders of critical knowledge, their retention risk and plans")
class RetentionRisksApi {

	record PersonJson(long id, String name) {
	}

	record RiskJson(long id, long areaId, String area, PersonJson holder, String unit, String level, int score,
			int attrition, int positionRisk, LocalDate expectedDeparture, String departureReason,
			PersonJson successor, boolean successorHolds, boolean captured, int actionsDone, int actionsPlanned,
			int actionsAwaitingConfirmation, boolean singlePoint,
			String path) {
	}

	record ActionJson(long id, long holderId, String kind, String title, long ownerId, LocalDate dueOn,
			String status, String result, boolean awaitingConfirmation) {

		static ActionJson of(RetentionAction a) {
			return new ActionJson(a.id(), a.holderId(), a.kind().name(), a.title(), a.ownerId(), a.dueOn(),
					a.status().name(), a.result() == null ? null : a.result().name(), a.awaitingConfirmation());
		}
	}

	private final RiskRegister register;

	private final RetentionActions actions;

	private final Holders holders;

	private final HolderEditor editor;

	private final KnowledgeMapPolicy policy;

	RetentionRisksApi(RiskRegister register, RetentionActions actions, Holders holders, HolderEditor editor,
			KnowledgeMapPolicy policy) {
		this.policy = policy;
		this.register = register;
		this.actions = actions;
		this.holders = holders;
		this.editor = editor;
	}

	@GetMapping("/api/v1/retention-risks")
	@Operation(summary = "The risk register, highest score first (community managers and admins); filters: level (LOW, MEDIUM, HIGH), unit (id)")
	List<RiskJson> list(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(required = false) String level,
			@RequestParam(required = false) String unit) {
		return register.read(viewer, RiskFilters.level(level), RiskFilters.unit(unit))
			.lines()
			.stream()
			.map(RetentionRisksApi::json)
			.toList();
	}

	@GetMapping("/api/v1/retention-risks.csv")
	@Operation(summary = "The risk register as CSV (RFC 4180, UTF-8 with a byte-order mark); same filters")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal AgoraPrincipal viewer,
			@RequestParam(required = false) String level, @RequestParam(required = false) String unit,
			@ModelAttribute(name = "ui", binding = false) Ui ui) {
		var listing = register.read(viewer, RiskFilters.level(level), RiskFilters.unit(unit));
		byte[] body = RiskCsv.write(listing.lines(), ui::t).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("retention-risks.csv").build().toString())
			.body(body);
	}

	@PostMapping("/api/v1/retention-risks/{id}/actions")
	@Operation(summary = "Adds an action to the holder's retention plan (managers): kind, title, ownerId, dueOn")
	ResponseEntity<ActionJson> plan(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestBody(required = false) Map<String, Object> json) {
		long actionId = actions.plan(viewer, id,
				new ActionForm(text(json, "kind"), text(json, "title"), text(json, "ownerId"), text(json, "dueOn")));
		var a = holders.action(actionId).orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/retention-risks/" + id + "/actions/" + actionId))
			.body(ActionJson.of(a));
	}

	@PostMapping("/api/v1/retention-risks/{id}/actions/{actionId}/confirm")
	@Operation(summary = "Confirms what an owner's done action achieved (managers): the knowledge captured, or the successor it names holding it, which lowers the holder's risk")
	ActionJson confirm(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@PathVariable long actionId) {
		if (!policy.mayManageRetention(viewer)) {
			throw new AccessDeniedException("Community managers and admins confirm what a retention action achieved");
		}
		var action = holders.action(actionId).filter(a -> a.holderId() == id)
			.orElseThrow(() -> new NotFoundException("Action"));
		actions.confirm(viewer, action.id());
		return ActionJson.of(holders.action(actionId).orElseThrow());
	}

	@PostMapping("/api/v1/retention-risks/{id}/close")
	@Operation(summary = "Closes a holder who left or no longer holds the knowledge (managers): the record and its plan are kept, open actions cancelled; body: version")
	ResponseEntity<Void> close(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestBody(required = false) Map<String, Object> json) {
		editor.close(viewer, id, text(json, "version"));
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/api/v1/retention-risks/{id}")
	@Operation(summary = "Deletes a holder recorded by mistake, with their plan (managers); refused (409) once an action of the plan is done; version as a parameter")
	ResponseEntity<Void> delete(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(required = false) String version) {
		editor.delete(viewer, id, version);
		return ResponseEntity.noContent().build();
	}

	/** A field error is 400 and names the field; a change refused by what happened meanwhile is 409. */
	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
		boolean conflict = e instanceof RetentionConflict;
		HttpStatus status = conflict ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
		var problem = ProblemDetail.forStatusAndDetail(status, conflict ? e.getMessage() : "Invalid " + e.field());
		problem.setTitle(conflict ? "Conflict" : "Invalid input");
		problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
		return ResponseEntity.status(status).body(problem);
	}

	private static RiskJson json(RiskRegister.Line l) {
		var h = l.holder();
		return new RiskJson(h.id(), h.areaId(), h.areaName(), new PersonJson(h.personId(), l.personName()),
				l.unitName(), l.level().name(), l.score(), l.attrition(), h.positionRisk(), h.expectedDeparture(),
				h.reason() == null ? null : h.reason().name(),
				h.successorId() == null ? null : new PersonJson(h.successorId(), l.successorName()),
				h.successorHolds(), h.captured(),
				l.actionsDone(), l.actionsPlanned(), l.actionsAwaiting(), l.singlePoint(), "/knowledge-map/risks/" + h.id());
	}

	private static String text(Map<String, Object> json, String field) {
		Object value = json == null ? null : json.get(field);
		return value == null ? null : value.toString();
	}
}
