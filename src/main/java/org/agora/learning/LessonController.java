package org.agora.learning;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agora.platform.markdown.MarkdownRenderer;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A lesson's page, and what a learner does there: mark it done, attempt its quiz, submit its exercise. */
@Controller
class LessonController {

	private static final String ANSWER = "answer.";

	private final LessonPages pages;

	private final Lessons lessons;

	private final Quizzes quizzes;

	private final Exercises exercises;

	private final MarkdownRenderer markdown;

	LessonController(LessonPages pages, Lessons lessons, Quizzes quizzes, Exercises exercises,
			MarkdownRenderer markdown) {
		this.pages = pages;
		this.lessons = lessons;
		this.quizzes = quizzes;
		this.exercises = exercises;
		this.markdown = markdown;
	}

	@GetMapping("/learning/lessons/{id}")
	String lesson(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, Model model) {
		var view = pages.view(viewer, id);
		lessons.visited(viewer, view.at());
		return page(view, FormErrors.none(), model);
	}

	@PostMapping("/learning/lessons/{id}/completion")
	String complete(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, Model model,
			RedirectAttributes redirect) {
		try {
			lessons.complete(viewer, id);
		}
		catch (InvalidInputException e) {
			return page(pages.view(viewer, id), FormErrors.of(e), model);
		}
		redirect.addFlashAttribute("saved", "learner.lesson.markedDone");
		return "redirect:/learning/lessons/" + id;
	}

	@PostMapping("/learning/quizzes/{id}/attempts")
	String attempt(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
		var quiz = quizzes.find(id).orElseThrow(() -> new NotFoundException("Quiz"));
		var answers = new LinkedHashMap<Long, List<Long>>();
		try {
			answers.putAll(answers(params));
			var result = quizzes.attempt(viewer, id, answers);
			redirect.addFlashAttribute("saved", result.grade().passed() ? "learner.quiz.passed" : "learner.quiz.graded");
		}
		catch (InvalidInputException e) {
			Map<Long, Set<Long>> chosen = new LinkedHashMap<>();
			answers.forEach((question, options) -> chosen.put(question, new LinkedHashSet<>(options)));
			model.addAttribute("chosen", chosen);
			return page(pages.view(viewer, quiz.lessonId()), FormErrors.of(e), model);
		}
		return "redirect:/learning/lessons/" + quiz.lessonId() + "#quiz-result";
	}

	@PostMapping("/learning/exercises/{id}/submissions")
	String submit(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(defaultValue = "") String text, @RequestParam(required = false) MultipartFile file,
			Model model, RedirectAttributes redirect) {
		var exercise = exercises.find(id).orElseThrow(() -> new NotFoundException("Exercise"));
		var upload = file == null ? null : new Exercises.Upload(file.getOriginalFilename(), file.getSize(), file);
		try {
			exercises.submit(viewer, id, text, upload);
		}
		catch (InvalidInputException e) {
			model.addAttribute("text", text);
			return page(pages.view(viewer, exercise.lessonId()), FormErrors.of(e), model);
		}
		redirect.addFlashAttribute("saved", "learner.exercise.submitted");
		return "redirect:/learning/lessons/" + exercise.lessonId() + "#exercise";
	}

	private String page(LessonPages.View view, FormErrors errors, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("errors", errors);
		model.addAttribute("markdown", markdown);
		return "learning/lesson";
	}

	/** The chosen option ids by question id, from the form's "answer.{questionId}" fields. */
	private static Map<Long, List<Long>> answers(MultiValueMap<String, String> params) {
		var answers = new LinkedHashMap<Long, List<Long>>();
		params.forEach((name, values) -> {
			if (name.startsWith(ANSWER)) {
				answers.put(number(name, name.substring(ANSWER.length())),
						values.stream().map(v -> number(name, v)).toList());
			}
		});
		return answers;
	}

	private static long number(String field, String text) {
		try {
			return Long.parseLong(text.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException("answers", "learner.quiz.error.format",
					"The answer " + field + " = " + text + " is not an option id.");
		}
	}
}
