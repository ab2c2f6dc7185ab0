package org.agora.initiatives;

import jakarta.servlet.http.HttpServletResponse;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of joint projects, a project's page, starting one, and its charter and status. */
@Controller
class ProjectController {

	private final Projects projects;

	private final ProjectPages pages;

	private final ProjectEditor editor;

	private final ProjectPeople people;

	private final InitiativesPolicy policy;

	ProjectController(Projects projects, ProjectPages pages, ProjectEditor editor, ProjectPeople people,
			InitiativesPolicy policy) {
		this.projects = projects;
		this.pages = pages;
		this.editor = editor;
		this.people = people;
		this.policy = policy;
	}

	@GetMapping("/initiatives/projects")
	String list(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(defaultValue = "all") String show,
			@RequestParam(required = false) String status, Model model) {
		boolean mine = "mine".equals(show);
		ProjectStatus chosen = status == null || status.isBlank() ? null : ProjectStatus.parse(status);
		model.addAttribute("projects", projects.list(viewer, mine, chosen));
		model.addAttribute("mine", mine);
		model.addAttribute("status", chosen);
		model.addAttribute("mayStart", policy.mayStartProject(viewer));
		return "initiatives/projects";
	}

	@GetMapping("/initiatives/projects/new")
	String newProject(@AuthenticationPrincipal AgoraPrincipal viewer, Model model) {
		if (!policy.mayStartProject(viewer)) {
			throw new AccessDeniedException("Knowledge leaders and community managers start joint projects");
		}
		return form(viewer, null, ProjectForm.blank(), FormErrors.none(), model);
	}

	@PostMapping("/initiatives/projects")
	String create(@AuthenticationPrincipal AgoraPrincipal viewer, @ModelAttribute ProjectForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			long id = editor.create(viewer, form);
			redirect.addFlashAttribute("saved", "projects.flash.created");
			return "redirect:/initiatives/projects/" + id;
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(viewer, null, form, FormErrors.of(e), model);
		}
	}

	@GetMapping("/initiatives/projects/{id}")
	String show(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, Model model) {
		return pages.show(viewer, id, TaskForm.blank(), java.util.Map.of(), FormErrors.none(), model);
	}

	@GetMapping("/initiatives/projects/{id}/edit")
	String edit(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, Model model) {
		var project = editor.editable(viewer, id);
		String lead = people.find(project.leadId()).map(p -> p.email()).orElse("");
		return form(viewer, project, ProjectForm.of(project, lead), FormErrors.none(), model);
	}

	@PostMapping("/initiatives/projects/{id}/edit")
	String save(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, @ModelAttribute ProjectForm form,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			editor.edit(viewer, id, form);
		}
		catch (InvalidInputException e) {
			var project = editor.editable(viewer, id);
			boolean conflict = e instanceof ProjectConflict;
			response.setStatus(conflict ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
			// after a conflict the form carries the stored version, so that saving again is a choice made on it
			return form(viewer, project, conflict ? form.withVersion(project.version()) : form, FormErrors.of(e), model);
		}
		redirect.addFlashAttribute("saved", "projects.flash.saved");
		return "redirect:/initiatives/projects/" + id;
	}

	@PostMapping("/initiatives/projects/{id}/status")
	String move(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, @RequestParam(required = false) String status,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			editor.move(viewer, id, status);
		}
		catch (InvalidInputException e) {
			response.setStatus(e instanceof ProjectConflict ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
			return pages.refused(viewer, id, e.messageKey(), model);
		}
		redirect.addFlashAttribute("saved", "projects.flash.status");
		return "redirect:/initiatives/projects/" + id;
	}

	private String form(AgoraPrincipal viewer, Project project, ProjectForm form, FormErrors errors, Model model) {
		model.addAttribute("project", project);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("mayNameLead", policy.mayNameProjectLead(viewer));
		return "initiatives/projectForm";
	}
}
