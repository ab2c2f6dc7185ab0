package org.agora.learning;

import java.util.Arrays;
import java.util.List;

import org.agora.learning.edit.EditorForms.LessonForm;
import org.agora.learning.edit.EditorForms.LinkForm;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding, changing, ordering, archiving and deleting the lessons of a module. */
@Controller
class LessonEditorController {

	private final LessonEditor editor;

	private final EditorViews views;

	LessonEditorController(LessonEditor editor, EditorViews views) {
		this.editor = editor;
		this.views = views;
	}

	@GetMapping("/learning/edit/modules/{id}/lessons/new")
	String newLesson(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, Model model) {
		return newPage(viewer, id, LessonForm.empty(), FormErrors.none(), model);
	}

	@PostMapping("/learning/edit/modules/{id}/lessons")
	String create(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, @ModelAttribute LessonForm form,
			Model model, RedirectAttributes redirect) {
		long lessonId;
		try {
			lessonId = editor.add(viewer, id, form);
		}
		catch (InvalidInputException e) {
			return newPage(viewer, id, form, FormErrors.of(e), model);
		}
		redirect.addFlashAttribute("saved", "editor.lessonCreated");
		return "redirect:/learning/edit/lessons/" + lessonId;
	}

	@GetMapping("/learning/edit/lessons/{id}")
	String lesson(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, Model model) {
		var lesson = views.lesson(viewer, id);
		return page(lesson, lesson.saved(), LinkForm.empty(), FormErrors.none(), model);
	}

	@PostMapping("/learning/edit/lessons/{id}")
	String update(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, @ModelAttribute LessonForm form,
			Model model, RedirectAttributes redirect) {
		try {
			editor.update(viewer, id, form);
		}
		catch (InvalidInputException e) {
			return page(views.lesson(viewer, id), form, LinkForm.empty(), FormErrors.of(e), model);
		}
		redirect.addFlashAttribute("saved", "editor.lessonSaved");
		return "redirect:/learning/edit/lessons/" + id;
	}

	@PostMapping("/learning/edit/lessons/{id}/move")
	String move(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(required = false) String direction) {
		return backTo(editor.move(viewer, id, direction), id);
	}

	@PostMapping("/learning/edit/lessons/{id}/archive")
	String archive(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, RedirectAttributes redirect) {
		long courseId = editor.archive(viewer, id, true);
		redirect.addFlashAttribute("saved", "editor.lessonArchived");
		return backTo(courseId, id);
	}

	@PostMapping("/learning/edit/lessons/{id}/restore")
	String restore(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, RedirectAttributes redirect) {
		long courseId = editor.archive(viewer, id, false);
		redirect.addFlashAttribute("saved", "editor.lessonRestored");
		return backTo(courseId, id);
	}

	@PostMapping("/learning/edit/lessons/{id}/delete")
	String delete(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, RedirectAttributes redirect) {
		long courseId = views.lesson(viewer, id).courseId();
		try {
			editor.delete(viewer, id);
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("failed", e.messageKey());
			return backTo(courseId, id);
		}
		redirect.addFlashAttribute("saved", "editor.lessonDeleted");
		return "redirect:/learning/edit/courses/" + courseId;
	}

	/** The lesson page, with the lesson form and the add-link form; used by the links and files too. */
	static String page(EditorPages.Lesson lesson, LessonForm form, LinkForm link, FormErrors errors, Model model) {
		model.addAttribute("lesson", lesson);
		model.addAttribute("form", form);
		model.addAttribute("link", link);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", kinds());
		return "learning/edit/lesson";
	}

	private String newPage(AgoraPrincipal viewer, long moduleId, LessonForm form, FormErrors errors, Model model) {
		model.addAttribute("module", views.moduleRef(viewer, moduleId));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", kinds());
		return "learning/edit/newLesson";
	}

	private static List<String> kinds() {
		return Arrays.stream(LessonKind.values()).map(Enum::name).toList();
	}

	private static String backTo(long courseId, long lessonId) {
		return "redirect:/learning/edit/courses/" + courseId + "#lesson-" + lessonId;
	}
}
