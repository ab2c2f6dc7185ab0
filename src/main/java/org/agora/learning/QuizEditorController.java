package org.agora.learning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.agora.learning.edit.EditorForms;
import org.agora.learning.edit.EditorForms.QuestionForm;
import org.agora.learning.edit.EditorForms.QuizForm;
import org.agora.learning.edit.EditorPages;
import org.agora.learning.edit.EditorPages.QuestionPanel;
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

/** A quiz's pass mark, attempts and questions, each question saved with its options. */
@Controller
class QuizEditorController {

	/** Empty option rows under each question, for adding options. */
	private static final int BLANK_ROWS = 2;

	private static final int NEW_QUESTION_ROWS = 4;

	private final QuizEditor editor;

	private final EditorViews views;

	QuizEditorController(QuizEditor editor, EditorViews views) {
		this.editor = editor;
		this.views = views;
	}

	@GetMapping("/learning/edit/quizzes/{id}")
	String quiz(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, Model model) {
		var quiz = views.quiz(viewer, id);
		return page(quiz, settings(quiz), null, null, FormErrors.none(), model);
	}

	@PostMapping("/learning/edit/quizzes/{id}")
	String saveSettings(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@ModelAttribute QuizForm form, Model model, RedirectAttributes redirect) {
		try {
			editor.saveSettings(viewer, id, form);
		}
		catch (InvalidInputException e) {
			return page(views.quiz(viewer, id), form, null, null, FormErrors.of(e), model);
		}
		redirect.addFlashAttribute("saved", "editor.quizSaved");
		return "redirect:/learning/edit/quizzes/" + id;
	}

	@PostMapping("/learning/edit/quizzes/{id}/questions")
	String addQuestion(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@ModelAttribute QuestionForm form, Model model, RedirectAttributes redirect) {
		long questionId;
		try {
			questionId = editor.addQuestion(viewer, id, form);
		}
		catch (InvalidInputException e) {
			var quiz = views.quiz(viewer, id);
			return page(quiz, settings(quiz), 0L, form, FormErrors.of(e), model);
		}
		redirect.addFlashAttribute("saved", "editor.questionSaved");
		return "redirect:/learning/edit/quizzes/" + id + "#question-" + questionId;
	}

	@PostMapping("/learning/edit/questions/{id}")
	String updateQuestion(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@ModelAttribute QuestionForm form, Model model, RedirectAttributes redirect) {
		long quizId;
		try {
			quizId = editor.updateQuestion(viewer, id, form);
		}
		catch (InvalidInputException e) {
			var quiz = views.quizOfQuestion(viewer, id);
			return page(quiz, settings(quiz), id, form, FormErrors.of(e), model);
		}
		redirect.addFlashAttribute("saved", "editor.questionSaved");
		return "redirect:/learning/edit/quizzes/" + quizId + "#question-" + id;
	}

	@PostMapping("/learning/edit/questions/{id}/move")
	String move(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(required = false) String direction) {
		long quizId = editor.moveQuestion(viewer, id, direction);
		return "redirect:/learning/edit/quizzes/" + quizId + "#question-" + id;
	}

	@PostMapping("/learning/edit/questions/{id}/remove")
	String remove(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, RedirectAttributes redirect) {
		long quizId = editor.removeQuestion(viewer, id);
		redirect.addFlashAttribute("saved", "editor.questionRemoved");
		return "redirect:/learning/edit/quizzes/" + quizId;
	}

	private static QuizForm settings(EditorPages.Quiz quiz) {
		return new QuizForm(String.valueOf(quiz.passPercent()), String.valueOf(quiz.maxAttempts()));
	}

	/**
	 * @param typedFor the question whose typed form is shown again (0 for a new one), or null
	 */
	private static String page(EditorPages.Quiz quiz, QuizForm settings, Long typedFor, QuestionForm typed,
			FormErrors errors, Model model) {
		List<QuestionPanel> panels = new ArrayList<>();
		for (var question : quiz.questions()) {
			boolean refused = typedFor != null && typedFor == question.id();
			panels.add(new QuestionPanel(question.id(), question.position(), refused ? typed : question.form(BLANK_ROWS),
					refused ? errors : FormErrors.none()));
		}
		boolean newRefused = typedFor != null && typedFor == 0L;
		var blank = new QuestionForm("", "", false,
				Collections.nCopies(NEW_QUESTION_ROWS, EditorForms.OptionForm.blank()));
		model.addAttribute("quiz", quiz);
		model.addAttribute("settings", settings);
		model.addAttribute("settingsErrors", typedFor == null ? errors : FormErrors.none());
		model.addAttribute("questions", panels);
		model.addAttribute("newQuestion", new QuestionPanel(0, 0, newRefused ? typed : blank,
				newRefused ? errors : FormErrors.none()));
		return "learning/edit/quiz";
	}
}
