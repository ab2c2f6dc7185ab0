package org.agora.platform.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/** Answers HTTP 429 once an address or an account has used up its sign-in or reset attempts. */
class AttemptLimitFilter extends OncePerRequestFilter {

	private static final Set<String> LIMITED = Set.of("/login", "/password/forgot", "/password/reset", "/me/password");

	private final AttemptLimiter limiter;

	AttemptLimitFilter(AttemptLimiter limiter) {
		this.limiter = limiter;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"POST".equals(request.getMethod()) || !LIMITED.contains(path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var signedIn = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
		String account = request.getParameter("username") != null ? request.getParameter("username")
				: request.getParameter("email") != null ? request.getParameter("email")
						: signedIn != null ? signedIn.getName() : null;
		if (!limiter.tryAttempt(request.getRemoteAddr(), account)) {
			response.setHeader("Retry-After", "300");
			response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
			return;
		}
		chain.doFilter(request, response);
	}
}
