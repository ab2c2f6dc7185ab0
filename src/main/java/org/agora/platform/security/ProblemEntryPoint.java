package org.agora.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** Answers API clients that are not signed in or not allowed with an RFC 9457 problem document. */
class ProblemEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final HttpStatus status;

	ProblemEntryPoint(HttpStatus status) {
		this.status = status;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		write(request, response);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		write(request, response);
	}

	static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":" + status.value()
					+ ",\"detail\":\"" + detail + "\",\"instance\":\"" + jsonSafe(request.getRequestURI()) + "\"}");
	}

	private void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
		write(request, response, status,
				status == HttpStatus.UNAUTHORIZED ? "Sign in or present a valid access token."
						: "You are not allowed to do this.");
	}

	private static String jsonSafe(String text) {
		return text.replaceAll("[^A-Za-z0-9/_.~%-]", "");
	}
}
