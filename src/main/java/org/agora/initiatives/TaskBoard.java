package org.agora.initiatives;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;

import org.agora.platform.OrganizationClock;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's task board: members and managers add tasks, assign them to members and move them between the
 * columns. Every move into Done publishes {@link ProjectTaskCompleted}: a task moved back out of Done and finished
 * again is completed again.
 */
@Service
@Transactional
class TaskBoard {

	private final Projects projects;

	private final InitiativesPolicy policy;

	private final OrganizationClock clock;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	TaskBoard(Projects projects, InitiativesPolicy policy, OrganizationClock clock, ApplicationEventPublisher events,
			JdbcClient jdbc) {
		this.projects = projects;
		this.policy = policy;
		this.clock = clock;
		this.events = events;
		this.jdbc = jdbc;
	}

	/** The project, when the viewer may work on it now: a member or a manager, on an active project. */
	@Transactional(readOnly = true)
	Project workable(AgoraPrincipal viewer, long projectId) {
		var project = projects.visible(viewer, projectId);
		if (!policy.mayWorkOnProject(viewer, projects.isMember(projectId, viewer.personId()))) {
			throw new AccessDeniedException("Members and community managers work on a project");
		}
		if (!project.active()) {
			throw JoinRequests.notActive();
		}
		return project;
	}

	/** Adds a task to To do; returns its id. */
	long add(AgoraPrincipal viewer, long projectId, TaskForm form) {
		var project = workable(viewer, projectId);
		String title = ProjectRules.required("title", form.title(), ProjectRules.MAX_TITLE);
		String description = ProjectRules.optional("description", form.description(),
				ProjectRules.MAX_TASK_DESCRIPTION);
		Long assignee = assignee(projectId, form.assigneeId());
		var due = ProjectRules.date("dueOn", form.dueOn());
		Instant now = clock.now();
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into initiatives_task (project_id, title, description, status, assignee_id, due_on, created_by,
				  created_at, updated_at) values (:project, :title, :description, 'TODO', :assignee, :due, :by, :now, :now)""")
			.param("project", projectId)
			.param("title", title)
			.param("description", description)
			.param("assignee", assignee)
			.param("due", due == null ? null : Date.valueOf(due))
			.param("by", viewer.personId())
			.param("now", Timestamp.from(now))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		if (assignee != null) {
			events.publishEvent(new ProjectTaskAssigned(projectId, id, assignee, viewer.personId(), project.title()));
		}
		return id;
	}

	/**
	 * What a change to a task asks for: a new assignee ({@code assign}, blank or null for nobody) and/or a new column
	 * ({@code move}), each as typed.
	 */
	record TaskChange(boolean assign, String assigneeId, boolean move, String status) {

		static TaskChange moveTo(String status) {
			return new TaskChange(false, null, true, status);
		}

		static TaskChange assignTo(String assigneeId) {
			return new TaskChange(true, assigneeId, false, null);
		}
	}

	/** Moves the task to the column; a move into Done completes it, a move out of Done opens it again. */
	void move(AgoraPrincipal viewer, long projectId, long taskId, String typedStatus) {
		change(viewer, projectId, taskId, TaskChange.moveTo(typedStatus));
	}

	/** Gives the task to a member, or to nobody for a blank id. */
	void assign(AgoraPrincipal viewer, long projectId, long taskId, String typedAssignee) {
		change(viewer, projectId, taskId, TaskChange.assignTo(typedAssignee));
	}

	/**
	 * Gives the task to someone and/or moves it, all or nothing: everything asked is checked before anything is saved,
	 * and both happen in this one transaction.
	 */
	void change(AgoraPrincipal viewer, long projectId, long taskId, TaskChange change) {
		var task = projects.task(projectId, taskId).orElseThrow(() -> new NotFoundException("Task"));
		change(viewer, task, change);
	}

	/**
	 * The change, made on the task as the viewer's request found it: each update holds only while the task is still
	 * in that state, so that of two people changing it at once the second is refused (a {@link ProjectConflict})
	 * rather than, say, completing it a second time.
	 */
	void change(AgoraPrincipal viewer, Projects.Task seen, TaskChange change) {
		long projectId = seen.projectId();
		var project = workable(viewer, projectId);
		Long assignee = change.assign() ? assignee(projectId, change.assigneeId()) : null;
		TaskStatus target = change.move() ? TaskStatus.parse("status", change.status()) : null;
		Instant now = clock.now();
		if (change.assign() && !Objects.equals(assignee, seen.assigneeId())) {
			reassign(viewer, project, seen, assignee, now);
		}
		if (change.move() && target != seen.status()) {
			move(viewer, seen, target, change.assign() ? assignee : seen.assigneeId(), now);
		}
	}

	private void reassign(AgoraPrincipal viewer, Project project, Projects.Task seen, Long assignee, Instant now) {
		int changed = jdbc.sql("""
				update initiatives_task set assignee_id = :assignee, updated_at = :now
				where id = :id and project_id = :project and\s""" + (seen.assigneeId() == null ? "assignee_id is null"
				: "assignee_id = :seen"))
			.param("assignee", assignee)
			.param("now", Timestamp.from(now))
			.param("id", seen.id())
			.param("project", seen.projectId())
			.param("seen", seen.assigneeId())
			.update();
		if (changed == 0) {
			throw new ProjectConflict("assigneeId", "projects.error.taskAssignedMeanwhile",
					"Someone gave the task to another person meanwhile; nothing was changed.");
		}
		if (assignee != null) {
			events.publishEvent(
					new ProjectTaskAssigned(project.id(), seen.id(), assignee, viewer.personId(), project.title()));
		}
	}

	private void move(AgoraPrincipal viewer, Projects.Task seen, TaskStatus target, Long assignee, Instant now) {
		boolean completes = target == TaskStatus.DONE;
		int changed = jdbc.sql("""
				update initiatives_task set status = :status, updated_at = :now, completed_at = :completedAt,
				  completed_by = :completedBy where id = :id and project_id = :project and status = :from""")
			.param("status", target.name())
			.param("now", Timestamp.from(now))
			.param("completedAt", completes ? Timestamp.from(now) : null)
			.param("completedBy", completes ? viewer.personId() : null)
			.param("id", seen.id())
			.param("project", seen.projectId())
			.param("from", seen.status().name())
			.update();
		if (changed == 0) {
			throw new ProjectConflict("status", "projects.error.taskMovedMeanwhile",
					"Someone moved the task meanwhile; nothing was changed. The board shows where it is now.");
		}
		if (completes) {
			events.publishEvent(new ProjectTaskCompleted(seen.projectId(), seen.id(), assignee,
					viewer.personId(), now));
		}
	}

	private Long assignee(long projectId, String typed) {
		Long id = ProjectRules.id("assigneeId", typed);
		if (id != null && !projects.isMember(projectId, id)) {
			throw new InvalidInputException("assigneeId", "projects.error.assigneeId",
					"Assign the task to a member of the project.");
		}
		return id;
	}
}
