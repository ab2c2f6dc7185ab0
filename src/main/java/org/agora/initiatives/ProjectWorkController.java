package org.agora.initiatives;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.Downloads;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The work on a project's page: members and join requests, the task board, updates and files. Bad input shows the
 * page again with status 400, the field's error and the typing kept.
 */
@Controller
class ProjectWorkController {

	private final ProjectPages pages;

	private final ProjectEditor editor;

	private final JoinRequests joins;

	private final TaskBoard board;

	private final ProjectUpdates updates;

	private final ProjectFiles files;

	ProjectWorkController(ProjectPages pages, ProjectEditor editor, JoinRequests joins, TaskBoard board,
			ProjectUpdates updates, ProjectFiles files) {
		this.pages = pages;
		this.editor = editor;
		this.joins = joins;
		this.board = board;
		this.updates = updates;
		this.files = files;
	}

	@PostMapping("/initiatives/projects/{id}/members")
	String addMember(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(required = false) String member, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return done(() -> editor.addMember(viewer, id, member), viewer, id, "projects.flash.memberAdded",
				TaskForm.blank(), Map.of("member", text(member)), model, response, redirect);
	}

	@PostMapping("/initiatives/projects/{id}/members/{personId}/remove")
	String removeMember(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@PathVariable long personId, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return done(() -> editor.removeMember(viewer, id, personId), viewer, id, "projects.flash.memberRemoved",
				TaskForm.blank(), Map.of(), model, response, redirect);
	}

	@PostMapping("/initiatives/projects/{id}/join")
	String join(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(required = false) String message, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return done(() -> joins.ask(viewer, id, message), viewer, id, "projects.flash.asked", TaskForm.blank(),
				Map.of("message", text(message)), model, response, redirect);
	}

	@PostMapping("/initiatives/projects/{id}/requests/{requestId}/accept")
	String accept(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, @PathVariable long requestId,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return decided(viewer, id, requestId, true, model, response, redirect);
	}

	@PostMapping("/initiatives/projects/{id}/requests/{requestId}/decline")
	String decline(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, @PathVariable long requestId,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return decided(viewer, id, requestId, false, model, response, redirect);
	}

	private String decided(AgoraPrincipal viewer, long id, long requestId, boolean accept, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			joins.decide(viewer, id, requestId, accept);
		}
		catch (ProjectConflict e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return pages.refused(viewer, id, e.messageKey(), model);
		}
		redirect.addFlashAttribute("saved", accept ? "projects.flash.accepted" : "projects.flash.declined");
		return "redirect:/initiatives/projects/" + id + "#members";
	}

	@PostMapping("/initiatives/projects/{id}/tasks")
	String addTask(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, @ModelAttribute TaskForm task,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return done(() -> board.add(viewer, id, task), viewer, id, "projects.flash.taskAdded", task, Map.of(), model,
				response, redirect);
	}

	/**
	 * Moves a card; an htmx request gets the board back, a plain form the page. A move the board refuses (an unknown
	 * column, a card someone moved meanwhile) shows the page again with the reason and status 400 or 409; under htmx
	 * the board comes back as it is now with the reason on it, as htmx swaps in only successful answers.
	 */
	@PostMapping("/initiatives/projects/{id}/tasks/{taskId}/move")
	String moveTask(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, @PathVariable long taskId,
			@RequestParam(required = false) String status,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			board.move(viewer, id, taskId, status);
		}
		catch (InvalidInputException e) {
			if (htmx) {
				model.addAttribute("failed", e.messageKey());
				return pages.board(viewer, id, model);
			}
			response.setStatus(e instanceof ProjectConflict ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
			return pages.refused(viewer, id, e.messageKey(), model);
		}
		if (htmx) {
			return pages.board(viewer, id, model);
		}
		return "redirect:/initiatives/projects/" + id + "#board";
	}

	@PostMapping("/initiatives/projects/{id}/updates")
	String postUpdate(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(required = false) String body, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return done(() -> updates.post(viewer, id, body), viewer, id, "projects.flash.updated", TaskForm.blank(),
				Map.of("body", text(body)), model, response, redirect);
	}

	@PostMapping("/initiatives/projects/{id}/files")
	String upload(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(required = false) List<MultipartFile> files, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return done(() -> this.files.upload(viewer, id, ProjectFiles.Upload.of(files)), viewer, id,
				"projects.flash.uploaded", TaskForm.blank(), Map.of(), model, response, redirect);
	}

	@GetMapping("/initiatives/projects/{id}/files/{fileId}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@PathVariable long fileId) {
		var file = files.download(viewer, id, fileId);
		return Downloads.of(file.name(), file.contentType(), file.data());
	}

	@PostMapping("/initiatives/projects/{id}/files/{fileId}/remove")
	String remove(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, @PathVariable long fileId,
			RedirectAttributes redirect) {
		files.remove(viewer, id, fileId);
		redirect.addFlashAttribute("saved", "projects.flash.removed");
		return "redirect:/initiatives/projects/" + id + "#files";
	}

	/** Runs the change and goes back to the page, or shows the page again with the error and the typing. */
	private String done(Runnable change, AgoraPrincipal viewer, long id, String flash, TaskForm task,
			Map<String, String> typed, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			change.run();
		}
		catch (ProjectConflict e) {
			// the project's state refused it, not a field: said above the page
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("failed", e.messageKey());
			return pages.show(viewer, id, task, typed, FormErrors.none(), model);
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return pages.show(viewer, id, task, typed, FormErrors.of(e), model);
		}
		redirect.addFlashAttribute("saved", flash);
		return "redirect:/initiatives/projects/" + id;
	}

	private static String text(String typed) {
		return typed == null ? "" : typed;
	}
}
