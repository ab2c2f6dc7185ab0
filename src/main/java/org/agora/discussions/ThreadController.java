package org.agora.discussions;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/** Starting a thread, the thread page, replying, and following a thread. */
@Controller
class ThreadController {

	private final Spaces spaces;

	private final ThreadService service;

	private final ThreadPage pages;

	ThreadController(Spaces spaces, ThreadService service, ThreadPage pages) {
		this.spaces = spaces;
		this.service = service;
		this.pages = pages;
	}

	@GetMapping("/discussions/s/{slug}/new")
	String newThread(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String slug,
			@RequestParam(required = false) String kind, Model model) {
		return form(spaces.visible(viewer, slug), ThreadForm.blank(kind), FormErrors.none(), model);
	}

	@PostMapping("/discussions/s/{slug}/threads")
	String create(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String slug,
			@ModelAttribute ThreadForm form, @RequestParam(required = false) List<MultipartFile> attachments,
			Model model, HttpServletResponse response) {
		var space = spaces.visible(viewer, slug);
		try {
			long id = service.start(viewer, space, form, AttachmentFile.of(attachments));
			return "redirect:" + encoded(ThreadPaths.of(id, PostRules.title(form.title())));
		}
		catch (InvalidInputException e) {
			response.setStatus(status(e));
			return form(space, form, FormErrors.of(e), model);
		}
	}

	@GetMapping("/discussions/t/{segment}")
	String show(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String segment,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Long quote, Model model,
			HttpServletRequest request) {
		long id = ThreadPaths.idOf(segment);
		if (id < 0) {
			throw new NotFoundException("Thread");
		}
		var view = pages.view(viewer, id, page);
		String canonical = view.thread().path();
		if (!canonical.equals("/discussions/t/" + segment)) {
			model.asMap().clear();
			request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY);
			return "redirect:" + encoded(canonical) + (page > 0 ? "?page=" + page : "");
		}
		return thread(view, "", quote, FormErrors.none(), model);
	}

	@PostMapping("/discussions/t/{id}/posts")
	String reply(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(defaultValue = "") String body, @RequestParam(required = false) Long quoteOf,
			@RequestParam(required = false) List<MultipartFile> attachments, Model model,
			HttpServletResponse response) {
		try {
			long postId = service.reply(viewer, id, body, quoteOf, AttachmentFile.of(attachments));
			var thread = pages.view(viewer, id, 0).thread();
			int page = service.pageOf(thread, postId);
			return "redirect:" + encoded(thread.path()) + (page > 0 ? "?page=" + page : "") + "#post-" + postId;
		}
		catch (InvalidInputException e) {
			response.setStatus(status(e));
			return thread(pages.view(viewer, id, Integer.MAX_VALUE), body, quoteOf, FormErrors.of(e), model);
		}
	}

	@PostMapping("/discussions/t/{id}/follow")
	String follow(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, RedirectAttributes redirect) {
		service.follow(viewer, id);
		redirect.addFlashAttribute("saved", "dthreads.flash.following");
		return "redirect:/discussions/t/" + id;
	}

	@PostMapping("/discussions/t/{id}/unfollow")
	String unfollow(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			RedirectAttributes redirect) {
		service.unfollow(viewer, id);
		redirect.addFlashAttribute("saved", "dthreads.flash.unfollowed");
		return "redirect:/discussions/t/" + id;
	}

	static int status(InvalidInputException e) {
		return e instanceof PostLimiter.TooManyPostsException ? HttpStatus.TOO_MANY_REQUESTS.value()
				: HttpStatus.BAD_REQUEST.value();
	}

	/** A path with its non-ASCII slug percent-encoded, fit for a Location header. */
	static String encoded(String path) {
		return UriUtils.encodePath(path, StandardCharsets.UTF_8);
	}

	private String form(Space space, ThreadForm form, FormErrors errors, Model model) {
		model.addAttribute("space", space);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "discussions/newThread";
	}

	private String thread(ThreadPage.View view, String body, Long quoteOf, FormErrors errors, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("body", body);
		model.addAttribute("quoteOf", quoteOf);
		model.addAttribute("errors", errors);
		return "discussions/thread";
	}
}
