package org.agora.learning;

import org.agora.learning.edit.EditorForms.CourseForm;
import org.agora.learning.edit.EditorPages;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The course editor's list of courses, and each course's own page with its modules and lessons. */
@Controller
class CourseEditorController {

	private final CourseEditor editor;

	private final EditorViews views;

	CourseEditorController(CourseEditor editor, EditorViews views) {
		this.editor = editor;
		this.views = views;
	}

	@GetMapping("/learning/edit")
	String courses(@AuthenticationPrincipal AgoraPrincipal viewer, Model model) {
		return courses(viewer, CourseForm.empty(), FormErrors.none(), model);
	}

	@PostMapping("/learning/edit/courses")
	String create(@AuthenticationPrincipal AgoraPrincipal viewer, @ModelAttribute CourseForm form, Model model,
			RedirectAttributes redirect) {
		long courseId;
		try {
			courseId = editor.create(viewer, form);
		}
		catch (InvalidInputException e) {
			return courses(viewer, form, FormErrors.of(e), model);
		}
		redirect.addFlashAttribute("saved", "editor.courseCreated");
		return "redirect:/learning/edit/courses/" + courseId;
	}

	@GetMapping("/learning/edit/courses/{id}")
	String course(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, Model model) {
		var course = views.course(viewer, id);
		return course(course, views.courseForm(course), FormErrors.none(), model);
	}

	@PostMapping("/learning/edit/courses/{id}")
	String update(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, @ModelAttribute CourseForm form,
			Model model, RedirectAttributes redirect) {
		try {
			editor.update(viewer, id, form);
		}
		catch (InvalidInputException e) {
			return course(views.course(viewer, id), form, FormErrors.of(e), model);
		}
		redirect.addFlashAttribute("saved", "editor.courseSaved");
		return "redirect:/learning/edit/courses/" + id;
	}

	private String courses(AgoraPrincipal viewer, CourseForm form, FormErrors errors, Model model) {
		model.addAttribute("courses", views.courses(viewer));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "learning/edit/courses";
	}

	private String course(EditorPages.Course course, CourseForm form, FormErrors errors, Model model) {
		model.addAttribute("course", course);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "learning/edit/course";
	}
}
