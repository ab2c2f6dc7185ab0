package org.agora.platform.web;

import java.util.List;
import java.util.Map;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem details for the JSON API, naming the fields that are wrong. Pages keep their friendly error
 * page; this advice answers only for {@code @RestController}s.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException e) {
		return withErrors(List.of(error(e.field(), e.getMessage())));
	}

	@ExceptionHandler(MultipartException.class)
	ProblemDetail multipart(MultipartException e) {
		return withErrors(List.of(error("file", "send the file as multipart/form-data")));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail conflict(OptimisticLockingFailureException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Someone else changed this at the same moment. Load it again and retry.");
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(withErrors(e.getBindingResult()
				.getFieldErrors()
				.stream()
				.map(f -> error(f.getField(), f.getDefaultMessage() == null ? "is not valid" : f.getDefaultMessage()))
				.toList()));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
				: e.getPropertyName();
		return ResponseEntity.badRequest().body(withErrors(List.of(error(field, "has the wrong format"))));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(withErrors(List.of(error(e.getParameterName(), "is required"))));
	}

	private static Map<String, String> error(@Nullable String field, String message) {
		return Map.of("field", field == null ? "" : field, "message", message);
	}

	private static ProblemDetail withErrors(List<Map<String, String>> errors) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Invalid " + String.join(", ", errors.stream().map(m -> m.get("field")).toList()));
		problem.setTitle("Invalid input");
		problem.setProperty("errors", errors);
		return problem;
	}
}
