package org.agora.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;

/** A friendly error page for requests a page cannot use, instead of a server error. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

	private final UiAdvice ui;

	PageErrors(UiAdvice ui) {
		this.ui = ui;
	}

	/** Two people changed the same thing at once; the second is asked to look again. */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	String conflict(HttpServletRequest request, HttpServletResponse response, Model model) {
		return page(HttpStatus.CONFLICT, request, response, model);
	}

	@ExceptionHandler({ MultipartException.class, InvalidInputException.class })
	String badRequest(HttpServletRequest request, HttpServletResponse response, Model model) {
		return page(HttpStatus.BAD_REQUEST, request, response, model);
	}

	/** Exception handlers get a model of their own, so the page's {@link Ui} is added here. */
	private String page(HttpStatus status, HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setStatus(status.value());
		model.addAttribute("ui", ui.ui(request));
		model.addAttribute("status", status.value());
		return "error";
	}
}
