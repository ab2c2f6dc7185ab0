package org.agora.platform.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Drops NUL characters from every form and query parameter before anything reads them. Nobody types one, PostgreSQL
 * refuses to store one in text, and they are a classic way to split a value in two; without this a form holding one
 * would fail on PostgreSQL and pass on the embedded database.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class NulCharacterFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new WithoutNul(request), response);
	}

	static String clean(String value) {
		return org.agora.platform.Text.withoutNul(value);
	}

	private static final class WithoutNul extends HttpServletRequestWrapper {

		WithoutNul(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return clean(super.getParameter(name));
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = super.getParameterValues(name);
			return values == null ? null : Arrays.stream(values).map(NulCharacterFilter::clean).toArray(String[]::new);
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			Map<String, String[]> cleaned = new LinkedHashMap<>();
			super.getParameterMap()
				.forEach((name, values) -> cleaned.put(name,
						Arrays.stream(values).map(NulCharacterFilter::clean).toArray(String[]::new)));
			return Collections.unmodifiableMap(cleaned);
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return super.getParameterNames();
		}
	}
}
