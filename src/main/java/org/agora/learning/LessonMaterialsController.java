package org.agora.learning;

import java.io.IOException;

import org.agora.learning.edit.EditorForms.LinkForm;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The links and files of a lesson, edited on the lesson's page. */
@Controller
class LessonMaterialsController {

	private final LessonMaterials materials;

	private final EditorViews views;

	LessonMaterialsController(LessonMaterials materials, EditorViews views) {
		this.materials = materials;
		this.views = views;
	}

	@PostMapping("/learning/edit/lessons/{id}/links")
	String addLink(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, @ModelAttribute LinkForm link,
			Model model, RedirectAttributes redirect) {
		try {
			materials.addLink(viewer, id, link);
		}
		catch (InvalidInputException e) {
			return failed(viewer, id, link, e, model);
		}
		redirect.addFlashAttribute("saved", "editor.linkAdded");
		return "redirect:/learning/edit/lessons/" + id + "#links";
	}

	@PostMapping("/learning/edit/links/{id}/remove")
	String removeLink(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, RedirectAttributes redirect) {
		long lessonId = materials.removeLink(viewer, id);
		redirect.addFlashAttribute("saved", "editor.linkRemoved");
		return "redirect:/learning/edit/lessons/" + lessonId + "#links";
	}

	/** The file part is optional here so that a missing file gets the form's message, not a bare error page. */
	@PostMapping("/learning/edit/lessons/{id}/attachments")
	String addAttachment(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		try {
			materials.addAttachment(viewer, id, file == null ? null : file.getOriginalFilename(),
					file == null ? null : file.getContentType(), file == null ? null : file.getBytes());
		}
		catch (InvalidInputException e) {
			return failed(viewer, id, LinkForm.empty(), e, model);
		}
		redirect.addFlashAttribute("saved", "editor.fileAdded");
		return "redirect:/learning/edit/lessons/" + id + "#files";
	}

	@PostMapping("/learning/edit/attachments/{id}/remove")
	String removeAttachment(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			RedirectAttributes redirect) {
		long lessonId = materials.removeAttachment(viewer, id);
		redirect.addFlashAttribute("saved", "editor.fileRemoved");
		return "redirect:/learning/edit/lessons/" + lessonId + "#files";
	}

	private String failed(AgoraPrincipal viewer, long lessonId, LinkForm link, InvalidInputException e, Model model) {
		var lesson = views.lesson(viewer, lessonId);
		return LessonEditorController.page(lesson, lesson.saved(), link, FormErrors.of(e), model);
	}
}
