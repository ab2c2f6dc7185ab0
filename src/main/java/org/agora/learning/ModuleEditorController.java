package org.agora.learning;

import org.agora.learning.edit.EditorForms.ModuleForm;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding, changing, ordering and archiving the modules of a course. */
@Controller
class ModuleEditorController {

	private final CourseEditor editor;

	private final EditorViews views;

	ModuleEditorController(CourseEditor editor, EditorViews views) {
		this.editor = editor;
		this.views = views;
	}

	@GetMapping("/learning/edit/courses/{id}/modules/new")
	String newModule(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, Model model) {
		return page(viewer, id, null, ModuleForm.empty(), FormErrors.none(), model);
	}

	@PostMapping("/learning/edit/courses/{id}/modules")
	String create(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, @ModelAttribute ModuleForm form,
			Model model, RedirectAttributes redirect) {
		long moduleId;
		try {
			moduleId = editor.addModule(viewer, id, form);
		}
		catch (InvalidInputException e) {
			return page(viewer, id, null, form, FormErrors.of(e), model);
		}
		redirect.addFlashAttribute("saved", "editor.moduleSaved");
		return "redirect:/learning/edit/courses/" + id + "#module-" + moduleId;
	}

	@GetMapping("/learning/edit/modules/{id}")
	String module(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, Model model) {
		var module = views.module(viewer, id);
		return page(viewer, module.courseId(), module.id(), views.moduleForm(module), FormErrors.none(), model);
	}

	@PostMapping("/learning/edit/modules/{id}")
	String update(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, @ModelAttribute ModuleForm form,
			Model model, RedirectAttributes redirect) {
		long courseId;
		try {
			courseId = editor.updateModule(viewer, id, form);
		}
		catch (InvalidInputException e) {
			return page(viewer, views.module(viewer, id).courseId(), id, form, FormErrors.of(e), model);
		}
		redirect.addFlashAttribute("saved", "editor.moduleSaved");
		return "redirect:/learning/edit/courses/" + courseId + "#module-" + id;
	}

	@PostMapping("/learning/edit/modules/{id}/move")
	String move(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(required = false) String direction) {
		return backTo(editor.moveModule(viewer, id, direction), id);
	}

	@PostMapping("/learning/edit/modules/{id}/archive")
	String archive(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, RedirectAttributes redirect) {
		long courseId = editor.archiveModule(viewer, id, true);
		redirect.addFlashAttribute("saved", "editor.moduleArchived");
		return backTo(courseId, id);
	}

	@PostMapping("/learning/edit/modules/{id}/restore")
	String restore(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, RedirectAttributes redirect) {
		long courseId = editor.archiveModule(viewer, id, false);
		redirect.addFlashAttribute("saved", "editor.moduleRestored");
		return backTo(courseId, id);
	}

	@PostMapping("/learning/edit/modules/{id}/delete")
	String delete(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, RedirectAttributes redirect) {
		long courseId = views.module(viewer, id).courseId();
		try {
			editor.deleteModule(viewer, id);
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("failed", e.messageKey());
			return backTo(courseId, id);
		}
		redirect.addFlashAttribute("saved", "editor.moduleDeleted");
		return "redirect:/learning/edit/courses/" + courseId;
	}

	private static String backTo(long courseId, long moduleId) {
		return "redirect:/learning/edit/courses/" + courseId + "#module-" + moduleId;
	}

	private String page(AgoraPrincipal viewer, long courseId, Long moduleId, ModuleForm form, FormErrors errors,
			Model model) {
		model.addAttribute("course", views.course(viewer, courseId));
		model.addAttribute("moduleId", moduleId);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "learning/edit/module";
	}
}
