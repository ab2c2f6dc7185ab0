package org.agora.discussions;

import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * For the Q&amp;A and moderation buttons that have no form of their own to show again (vote, accept, pin…): a
 * refused action answers 400 or 409 with a page that says why and links back to the thread. The controllers run
 * their action through {@link #attempt}, so the page gets the request's model like any other.
 */
@Component
class ModerationRefusals {

	private static final Pattern THREAD = Pattern.compile("^/discussions/t/(\\d+)");

	private static final Pattern POST = Pattern.compile("^/discussions/posts/(\\d+)");

	private final ThreadStore threads;

	ModerationRefusals(ThreadStore threads) {
		this.threads = threads;
	}

	ModelAndView attempt(AgoraPrincipal viewer, HttpServletRequest request, Supplier<ModelAndView> action) {
		try {
			return action.get();
		}
		catch (InvalidInputException e) {
			return page(viewer, HttpStatus.BAD_REQUEST, e.messageKey(), request);
		}
		catch (ModerationConflict e) {
			return page(viewer, HttpStatus.CONFLICT, e.messageKey(), request);
		}
	}

	private ModelAndView page(AgoraPrincipal viewer, HttpStatus status, String messageKey, HttpServletRequest request) {
		return new ModelAndView("discussions/moderationRefused", status).addObject("message", messageKey)
			.addObject("back", back(viewer, request.getRequestURI()));
	}

	/** The thread the action was about, if the viewer sees it, else the discussions' front page. */
	private String back(AgoraPrincipal viewer, String uri) {
		try {
			var thread = THREAD.matcher(uri);
			if (thread.find()) {
				return threads.visible(viewer, Long.parseLong(thread.group(1))).thread().path();
			}
			var post = POST.matcher(uri);
			if (post.find()) {
				return ThreadController.encoded(threads.visibleByPost(viewer, Long.parseLong(post.group(1))).thread().path()) + "#post-"
						+ post.group(1);
			}
		}
		catch (NotFoundException | NumberFormatException e) {
			// fall through to the front page
		}
		return "/discussions";
	}
}
