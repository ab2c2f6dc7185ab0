package org.agora.initiatives;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Support plans as JSON, with the pages' permission checks: 404 for someone who is not a knowledge leader and has no
 * plan, 403 for anyone but the leader, their coach and community managers. Every read of a plan by someone other
 * than the leader is logged, with the channel API.
 */
@RestController
@RequestMapping("/api/v1/support-plans")
@Tag(name = "Support plans", description = "Private 1:1 support plans of knowledge leaders")
class SupportPlansApi {

	record PersonJson(long id, String name) {
	}

	record MeetingJson(long id, LocalDate metOn, String notes, PersonJson writtenBy) {
	}

	record ActionJson(long id, String title, PersonJson owner, LocalDate dueOn, boolean done, Instant doneAt,
			boolean overdue) {
	}

	record HelpJson(long id, String category, String body, String status, String answer, PersonJson answeredBy,
			Instant answeredAt, Instant createdAt) {
	}

	record ReadJson(PersonJson reader, String channel, Instant readAt) {
	}

	record PlanJson(PersonJson leader, PersonJson coach, String focus, List<MeetingJson> meetings,
			List<ActionJson> actions, List<HelpJson> helpRequests, List<ReadJson> readLog, SupportView.May may) {
	}

	record LineJson(PersonJson leader, String unit, PersonJson coach, int openHelpRequests, int overdueActions,
			LocalDate lastMeeting) {
	}

	private final SupportAccess access;

	private final SupportEditor editor;

	private final SupportRoster roster;

	private final InitiativesPolicy policy;

	SupportPlansApi(SupportAccess access, SupportEditor editor, SupportRoster roster, InitiativesPolicy policy) {
		this.access = access;
		this.editor = editor;
		this.roster = roster;
		this.policy = policy;
	}

	@GetMapping
	@Operation(summary = "Every active knowledge leader with their coach and counts (no private text); those who oversee support (community managers; admins where the deployment allows)")
	List<LineJson> list(@AuthenticationPrincipal AgoraPrincipal viewer) {
		if (!policy.mayListPlans(viewer)) {
			throw new AccessDeniedException("Community managers list support plans");
		}
		return roster.lines()
			.stream()
			.map(l -> new LineJson(new PersonJson(l.leaderId(), l.leaderName()), l.unitName(),
					l.coachId() == null ? null : new PersonJson(l.coachId(), l.coachName()), l.openHelp(),
					l.overdueActions(), l.lastMeeting()))
			.toList();
	}

	@GetMapping("/{leaderId}")
	@Operation(summary = "A leader's support plan: coach, meetings, actions, help requests and (for the leader and managers) the read log")
	PlanJson plan(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long leaderId) {
		return json(access.open(viewer, leaderId, SupportPlan.Read.API));
	}

	@PostMapping("/{leaderId}/help-requests")
	@Operation(summary = "The leader asks their coach for help: category, body")
	ResponseEntity<HelpJson> ask(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long leaderId,
			@RequestBody(required = false) Map<String, Object> json) {
		long id = editor.askForHelp(viewer, leaderId, new SupportForms.Help(text(json, "category"), text(json, "body")));
		return ResponseEntity.created(URI.create("/api/v1/support-plans/" + leaderId + "/help-requests/" + id))
			.body(help(viewer, leaderId, id));
	}

	@PostMapping("/{leaderId}/help-requests/{helpId}/answer")
	@Operation(summary = "The coach (or a community manager) answers a help request and closes it: answer")
	HelpJson answer(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long leaderId,
			@PathVariable long helpId, @RequestBody(required = false) Map<String, Object> json) {
		editor.answerHelp(viewer, leaderId, helpId, new SupportForms.Answer(text(json, "answer")));
		return help(viewer, leaderId, helpId);
	}

	/**
	 * A field error is 400 and names the field; a change the plan's state refuses (a request answered meanwhile) is
	 * a 409 conflict.
	 */
	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
		boolean conflict = e instanceof SupportConflict;
		HttpStatus status = conflict ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
		var problem = ProblemDetail.forStatusAndDetail(status, conflict ? e.getMessage() : "Invalid " + e.field());
		problem.setTitle(conflict ? "Conflict" : "Invalid input");
		problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
		return ResponseEntity.status(status).body(problem);
	}

	/**
	 * The request the viewer just wrote or answered. Its text is plan content: shown to someone other than the
	 * leader (the coach or a manager who answered), the response is a read of the plan and logged once.
	 */
	private HelpJson help(AgoraPrincipal viewer, long leaderId, long helpId) {
		var h = access.openHelp(viewer, leaderId, helpId, SupportPlan.Read.API);
		return new HelpJson(h.id(), h.category() == null ? null : h.category().name(), h.body(), h.status(),
				h.answer(), h.answeredBy() == null ? null : new PersonJson(h.answeredBy(), viewer.displayName()), h.answeredAt(),
				h.createdAt());
	}

	private static PlanJson json(SupportView v) {
		var plan = v.plan();
		var coach = v.coach() == null ? null : new PersonJson(v.coach().id(), v.coach().fullName());
		return new PlanJson(new PersonJson(v.leader().id(), v.leader().fullName()), coach,
				plan == null ? null : plan.focus(),
				v.meetings().stream().map(m -> new MeetingJson(m.id(), m.metOn(), m.notes(), person(v, m.writtenBy()))).toList(),
				v.actions().stream().map(a -> new ActionJson(a.id(), a.title(), person(v, a.ownerId()), a.dueOn(),
						a.done(), a.doneAt(), a.overdue(v.today()))).toList(),
				v.helpRequests().stream().map(h -> new HelpJson(h.id(),
						h.category() == null ? null : h.category().name(), h.body(), h.status(), h.answer(),
						h.answeredBy() == null ? null : person(v, h.answeredBy()), h.answeredAt(), h.createdAt())).toList(),
				v.may().seeReadLog() ? v.reads().stream().map(r -> new ReadJson(person(v, r.readerId()), r.channel(),
						r.readAt())).toList() : null,
				v.may());
	}

	private static PersonJson person(SupportView v, long id) {
		return new PersonJson(id, v.name(id));
	}

	private static String text(Map<String, Object> json, String field) {
		Object value = json == null ? null : json.get(field);
		return value == null ? null : value.toString();
	}
}
