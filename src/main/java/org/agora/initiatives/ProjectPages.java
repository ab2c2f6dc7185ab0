package org.agora.initiatives;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.agora.platform.OrganizationClock;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/** What a project's page shows the viewer, and what they may do there. */
@Component
@Transactional(readOnly = true)
class ProjectPages {

	/** The project page's content for one viewer. */
	record View(Project project, String leadName, List<Projects.Member> members, Map<TaskStatus, List<Projects.Task>> columns,
			List<Projects.Update> updates, List<Projects.StoredFile> files, List<Projects.JoinRequest> requests,
			boolean member, boolean mayLead, boolean mayWork, boolean mayAskToJoin, boolean asked, long viewerId,
			boolean manager, LocalDate today) {

		boolean mayRemove(Projects.StoredFile file) {
			return mayLead || file.uploadedBy() == viewerId;
		}

		int overdue() {
			return (int) columns.values().stream().flatMap(List::stream).filter(t -> t.overdue(today)).count();
		}
	}

	private final Projects projects;

	private final InitiativesPolicy policy;

	private final OrganizationClock clock;

	ProjectPages(Projects projects, InitiativesPolicy policy, OrganizationClock clock) {
		this.projects = projects;
		this.policy = policy;
		this.clock = clock;
	}

	View view(AgoraPrincipal viewer, long id) {
		var project = projects.visible(viewer, id);
		var members = projects.members(id);
		boolean member = members.stream().anyMatch(m -> m.personId() == viewer.personId());
		boolean mayLead = policy.mayLeadProject(viewer, project.leadId());
		Map<TaskStatus, List<Projects.Task>> columns = new EnumMap<>(TaskStatus.class);
		for (var status : TaskStatus.values()) {
			columns.put(status, new java.util.ArrayList<>());
		}
		projects.tasks(id).forEach(t -> columns.get(t.status()).add(t));
		String leadName = members.stream().filter(m -> m.personId() == project.leadId()).map(Projects.Member::name)
			.findFirst().orElse("");
		return new View(project, leadName, members, columns, projects.updates(id), projects.files(id),
				mayLead ? projects.pendingRequests(id) : List.of(), member, mayLead,
				project.active() && policy.mayWorkOnProject(viewer, member),
				project.active() && policy.mayAskToJoin(viewer, member), projects.hasPendingRequest(id, viewer.personId()),
				viewer.personId(), viewer.isManager(), clock.today());
	}

	/**
	 * The project page, with the task form and the other forms' text (by field: member, body, message) as typed,
	 * and the error of the form that was sent.
	 */
	String show(AgoraPrincipal viewer, long id, TaskForm task, Map<String, String> typed, FormErrors errors,
			Model model) {
		model.addAttribute("view", view(viewer, id));
		model.addAttribute("task", task);
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		return "initiatives/project";
	}

	/**
	 * The project page with a message above it, for a change the project refused that belongs to no field of a form
	 * (a status it cannot move to, a task someone moved meanwhile, a request answered already).
	 */
	String refused(AgoraPrincipal viewer, long id, String messageKey, Model model) {
		model.addAttribute("failed", messageKey);
		return show(viewer, id, TaskForm.blank(), Map.of(), FormErrors.none(), model);
	}

	/** Only the task board, for an htmx swap. */
	String board(AgoraPrincipal viewer, long id, Model model) {
		model.addAttribute("view", view(viewer, id));
		return "initiatives/projectBoard";
	}

	/** The id of the control that an error summary's link to the field goes to. */
	static String control(String field) {
		return switch (field) {
			case "files" -> "files-input";
			case "join" -> "message";
			default -> field;
		};
	}
}
