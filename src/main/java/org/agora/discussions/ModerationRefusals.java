package org.agora.discussions;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * For the Q&amp;A and moderation buttons that have no form of their own to show again (vote, accept, pin…): a
 * refused action answers 400 or 409 with a page that says why and links back to the thread.
 */
@ControllerAdvice(assignableTypes = { VoteController.class, AcceptController.class, ModerationController.class,
		ModerationPostController.class, FlagController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ModerationRefusals {

	private static final Pattern THREAD = Pattern.compile("^/discussions/t/(\\d+)");

	private static final Pattern POST = Pattern.compile("^/discussions/posts/(\\d+)");

	private final ThreadStore threads;

	ModerationRefusals(ThreadStore threads) {
		this.threads = threads;
	}

	@ExceptionHandler(InvalidInputException.class)
	ModelAndView invalid(InvalidInputException e, HttpServletRequest request) {
		return page(HttpStatus.BAD_REQUEST, e.messageKey(), request);
	}

	@ExceptionHandler(ModerationConflict.class)
	ModelAndView conflict(ModerationConflict e, HttpServletRequest request) {
		return page(HttpStatus.CONFLICT, e.messageKey(), request);
	}

	private ModelAndView page(HttpStatus status, String messageKey, HttpServletRequest request) {
		return new ModelAndView("discussions/moderationRefused", status).addObject("message", messageKey)
			.addObject("back", back(request.getRequestURI()));
	}

	/** The thread the action was about, if the viewer sees it, else the discussions' front page. */
	private String back(String uri) {
		var viewer = SecurityContextHolder.getContext().getAuthentication() == null ? null
				: SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof AgoraPrincipal p
						? p : null;
		if (viewer == null) {
			return "/discussions";
		}
		try {
			var thread = THREAD.matcher(uri);
			if (thread.find()) {
				return threads.visible(viewer, Long.parseLong(thread.group(1))).thread().path();
			}
			var post = POST.matcher(uri);
			if (post.find()) {
				return threads.visibleByPost(viewer, Long.parseLong(post.group(1))).thread().path() + "#post-"
						+ post.group(1);
			}
		}
		catch (NotFoundException | NumberFormatException e) {
			// fall through to the front page
		}
		return "/discussions";
	}
}
