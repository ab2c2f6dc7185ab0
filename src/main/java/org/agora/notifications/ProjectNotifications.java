package org.agora.notifications;

import java.util.List;

import org.agora.initiatives.ProjectJoinRequested;
import org.agora.initiatives.ProjectMemberJoined;
import org.agora.initiatives.ProjectTaskAssigned;
import org.agora.initiatives.ProjectTasks;
import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a project's lead that someone asks to join, a new member that they joined (unless they added themselves),
 * and a member that a task was given to them (unless they took it themselves).
 */
@Component
class ProjectNotifications {

	private final People people;

	private final ProjectTasks tasks;

	private final Notifier notifier;

	ProjectNotifications(People people, ProjectTasks tasks, Notifier notifier) {
		this.people = people;
		this.tasks = tasks;
		this.notifier = notifier;
	}

	@ApplicationModuleListener
	void on(ProjectJoinRequested event) {
		if (event.leadId() == event.personId()) {
			return;
		}
		String asker = people.find(event.personId()).map(PersonSummary::fullName).orElse("");
		people.find(event.leadId())
			.ifPresent(lead -> notifier.tell(lead, NotificationKind.PROJECT_JOIN_REQUESTED,
					List.of(asker, event.projectTitle()), path(event.projectId())));
	}

	@ApplicationModuleListener
	void on(ProjectMemberJoined event) {
		if (event.addedBy() == event.personId()) {
			return;
		}
		people.find(event.personId())
			.ifPresent(member -> notifier.tell(member, NotificationKind.PROJECT_JOINED, List.of(event.projectTitle()),
					path(event.projectId())));
	}

	@ApplicationModuleListener
	void on(ProjectTaskAssigned event) {
		if (event.assignedBy() == event.assigneeId()) {
			return;
		}
		String task = tasks.title(event.projectId(), event.taskId()).orElse(null);
		if (task == null) {
			return;
		}
		String assigner = people.find(event.assignedBy()).map(PersonSummary::fullName).orElse("");
		people.find(event.assigneeId())
			.ifPresent(assignee -> notifier.tell(assignee, NotificationKind.PROJECT_TASK_ASSIGNED,
					List.of(assigner, task, event.projectTitle()), path(event.projectId()) + "#task-" + event.taskId()));
	}

	private static String path(long projectId) {
		return "/initiatives/projects/" + projectId;
	}
}
