package org.agora.initiatives;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.agora.platform.Text;
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

/** Joint projects as JSON, through the same services and permission checks as the pages. */
@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "Projects", description = "Joint KM projects: charter, members, task board, join requests")
class ProjectsApi {

	record ProjectJson(long id, String title, String goal, String scope, long leadId, String leadName, String status,
			int version, Instant createdAt, Instant updatedAt, String path, List<MemberJson> members,
			List<TaskJson> tasks, Boolean member) {
	}

	record MemberJson(long personId, String name) {
	}

	record TaskJson(long id, String title, String description, String status, Long assigneeId, String assigneeName,
			LocalDate dueOn, boolean overdue) {
	}

	record JoinJson(long requestId, long projectId, String status) {
	}

	private final Projects projects;

	private final ProjectPages pages;

	private final ProjectEditor editor;

	private final TaskBoard board;

	private final JoinRequests joins;

	ProjectsApi(Projects projects, ProjectPages pages, ProjectEditor editor, TaskBoard board, JoinRequests joins) {
		this.projects = projects;
		this.pages = pages;
		this.editor = editor;
		this.board = board;
		this.joins = joins;
	}

	@GetMapping
	@Operation(summary = "Joint projects, newest change first; mine=true for the viewer's, status to filter")
	List<ProjectJson> list(@AuthenticationPrincipal AgoraPrincipal viewer,
			@RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) String status) {
		var chosen = status == null || status.isBlank() ? null : ProjectStatus.parse(status);
		return projects.list(viewer, mine, chosen).stream().map(l -> {
			var p = l.project();
			return new ProjectJson(p.id(), p.title(), p.goal(), p.scope(), p.leadId(), l.leadName(), p.status().name(),
					p.version(), p.createdAt(), p.updatedAt(), p.path(), null, null, null);
		}).toList();
	}

	@PostMapping
	@Operation(summary = "Start a project: title, goal, scope; lead (email or handle) for a manager naming someone else")
	ResponseEntity<ProjectJson> create(@AuthenticationPrincipal AgoraPrincipal viewer,
			@RequestBody(required = false) Map<String, Object> json) {
		var f = json == null ? Map.<String, Object>of() : json;
		long id = editor.create(viewer, new ProjectForm(text(f, "title"), text(f, "goal"), text(f, "scope"),
				text(f, "lead"), null));
		return ResponseEntity.created(URI.create("/api/v1/projects/" + id)).body(project(viewer, id));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A project with its members and task board")
	ProjectJson get(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id) {
		return project(viewer, id);
	}

	@PostMapping("/{id}/tasks")
	@Operation(summary = "Add a task to To do: title, description, assigneeId (a member), dueOn (YYYY-MM-DD)")
	ResponseEntity<TaskJson> addTask(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestBody(required = false) Map<String, Object> json) {
		var f = json == null ? Map.<String, Object>of() : json;
		long taskId = board.add(viewer, id,
				new TaskForm(text(f, "title"), text(f, "description"), text(f, "assigneeId"), text(f, "dueOn")));
		return ResponseEntity.created(URI.create("/api/v1/projects/" + id + "/tasks/" + taskId))
			.body(task(viewer, id, taskId));
	}

	@PatchMapping("/{id}/tasks/{taskId}")
	@Operation(summary = "Move a task (status TODO, DOING or DONE) and/or give it to a member (assigneeId, null for nobody)")
	TaskJson changeTask(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, @PathVariable long taskId,
			@RequestBody(required = false) Map<String, Object> json) {
		var f = json == null ? Map.<String, Object>of() : json;
		// both checked before either is saved, and saved together
		board.change(viewer, id, taskId, new TaskBoard.TaskChange(f.containsKey("assigneeId"), text(f, "assigneeId"),
				f.containsKey("status"), text(f, "status")));
		return task(viewer, id, taskId);
	}

	@PostMapping("/{id}/join")
	@Operation(summary = "Ask to join the project, with an optional message; the lead decides")
	ResponseEntity<JoinJson> join(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestBody(required = false) Map<String, Object> json) {
		var f = json == null ? Map.<String, Object>of() : json;
		long request = joins.ask(viewer, id, text(f, "message"));
		return ResponseEntity.status(HttpStatus.CREATED).body(new JoinJson(request, id, "PENDING"));
	}

	/** A field error is 400 and names the field; a change the project's state refuses is a 409 conflict. */
	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
		boolean conflict = e instanceof ProjectConflict;
		HttpStatus status = conflict ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
		var problem = ProblemDetail.forStatusAndDetail(status, conflict ? e.getMessage() : "Invalid " + e.field());
		problem.setTitle(conflict ? "Conflict" : "Invalid input");
		problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
		return ResponseEntity.status(status).body(problem);
	}

	private ProjectJson project(AgoraPrincipal viewer, long id) {
		var view = pages.view(viewer, id);
		var p = view.project();
		var tasks = view.columns().values().stream().flatMap(List::stream).map(t -> task(t, view.today())).toList();
		return new ProjectJson(p.id(), p.title(), p.goal(), p.scope(), p.leadId(), view.leadName(), p.status().name(),
				p.version(), p.createdAt(), p.updatedAt(), p.path(),
				view.members().stream().map(m -> new MemberJson(m.personId(), m.name())).toList(), tasks, view.member());
	}

	private TaskJson task(AgoraPrincipal viewer, long id, long taskId) {
		var view = pages.view(viewer, id);
		return view.columns().values().stream().flatMap(List::stream).filter(t -> t.id() == taskId).findFirst()
			.map(t -> task(t, view.today()))
			.orElseThrow(() -> new org.agora.platform.web.NotFoundException("Task"));
	}

	private static TaskJson task(Projects.Task t, LocalDate today) {
		return new TaskJson(t.id(), t.title(), t.description(), t.status().name(), t.assigneeId(), t.assigneeName(),
				t.dueOn(), t.overdue(today));
	}

	private static String text(Map<String, Object> json, String field) {
		Object value = json.get(field);
		if (value == null) {
			return null;
		}
		if (value instanceof String || value instanceof Number) {
			// JSON bodies do not pass the filter that takes NUL characters out of form fields
			return Text.withoutNul(value.toString());
		}
		throw new InvalidInputException(field, "projects.error.format", "The " + field + " is text.");
	}
}
