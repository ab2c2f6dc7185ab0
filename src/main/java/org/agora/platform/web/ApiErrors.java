package org.agora.platform.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/** RFC 9457 problem details for the JSON API, naming the fields that are wrong. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException e) {
		return withErrors(List.of(Map.of("field", e.field(), "message", e.getMessage())));
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException e) {
		return withErrors(e.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(f -> Map.of("field", f.getField(), "message",
					f.getDefaultMessage() == null ? "is not valid" : f.getDefaultMessage()))
			.toList());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
		return withErrors(List.of(Map.of("field", e.getName(), "message", "has the wrong format")));
	}

	@ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
	ProblemDetail multipart(org.springframework.web.multipart.MultipartException e) {
		return withErrors(List.of(Map.of("field", "file", "message", "send the file as multipart/form-data")));
	}

	@ExceptionHandler(ResponseStatusException.class)
	ProblemDetail status(ResponseStatusException e) {
		return ProblemDetail.forStatusAndDetail(e.getStatusCode(), e.getReason());
	}

	private static ProblemDetail withErrors(List<Map<String, String>> errors) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Invalid " + String.join(", ", errors.stream().map(m -> m.get("field")).toList()));
		problem.setTitle("Invalid input");
		problem.setProperty("errors", errors);
		return problem;
	}
}
