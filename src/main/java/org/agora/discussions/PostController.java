package org.agora.discussions;

import jakarta.servlet.http.HttpServletResponse;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One post: its place in the thread, editing it, its history, and liking it. */
@Controller
class PostController {

	private final PostEditor editor;

	private final ThreadService threads;

	private final Likes likes;

	PostController(PostEditor editor, ThreadService threads, Likes likes) {
		this.editor = editor;
		this.threads = threads;
		this.likes = likes;
	}

	@GetMapping("/discussions/posts/{id}")
	String show(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id) {
		return "redirect:" + where(editor.visible(viewer, id).thread(), id);
	}

	@GetMapping("/discussions/posts/{id}/edit")
	String edit(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, Model model) {
		var post = editor.editable(viewer, id);
		var form = new PostEditor.PostEdit(post.thread().title(), post.body(), String.join(", ", post.thread().tags()),
				post.version());
		return form(post, form, FormErrors.none(), model);
	}

	@PostMapping("/discussions/posts/{id}/edit")
	String save(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@ModelAttribute PostEditor.PostEdit form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			editor.edit(viewer, id, form);
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			var post = editor.editable(viewer, id);
			// after a conflict the next save is checked against the post as it is now
			var kept = "dthreads.error.changedMeanwhile".equals(e.messageKey())
					? new PostEditor.PostEdit(form.title(), form.body(), form.tags(), post.version()) : form;
			return form(post, kept, FormErrors.of(e), model);
		}
		redirect.addFlashAttribute("saved", "dthreads.flash.edited");
		return "redirect:" + where(editor.visible(viewer, id).thread(), id);
	}

	@GetMapping("/discussions/posts/{id}/history")
	String history(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, Model model) {
		var post = editor.visible(viewer, id);
		model.addAttribute("post", post);
		model.addAttribute("revisions", editor.history(viewer, id));
		return "discussions/history";
	}

	@PostMapping("/discussions/posts/{id}/like")
	String like(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model) {
		int count = likes.like(viewer, id);
		return liked(viewer, id, true, count, htmx, model);
	}

	@PostMapping("/discussions/posts/{id}/unlike")
	String unlike(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model) {
		int count = likes.unlike(viewer, id);
		return liked(viewer, id, false, count, htmx, model);
	}

	/** For htmx the like button alone, else back to the post. */
	private String liked(AgoraPrincipal viewer, long id, boolean liked, int count, boolean htmx, Model model) {
		if (htmx) {
			model.addAttribute("postId", id);
			model.addAttribute("liked", liked);
			model.addAttribute("count", count);
			model.addAttribute("mayLike", true);
			return "discussions/postLike";
		}
		return "redirect:" + where(editor.visible(viewer, id).thread(), id);
	}

	private String where(DiscussionThread thread, long postId) {
		int page = threads.pageOf(thread, postId);
		return ThreadController.encoded(thread.path()) + (page > 0 ? "?page=" + page : "") + "#post-" + postId;
	}

	private String form(PostEditor.Editable post, PostEditor.PostEdit form, FormErrors errors, Model model) {
		model.addAttribute("post", post);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "discussions/postEdit";
	}
}
