package org.agora.platform.web;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The link to the page being shown, in the other language. Only a GET can be repeated by following a link, so a
 * page rendered for a form's POST links to the page the form was on, and an error page to the page that failed;
 * when neither is known, to the home page. The link is always a path on this site, never another host.
 */
final class LanguageSwitch {

	private static final Page HOME = new Page("/", null);

	private LanguageSwitch() {
	}

	static String href(HttpServletRequest request, String lang) {
		Page page = pageOf(request);
		return UriComponentsBuilder.fromPath(page.path())
			.query(page.query())
			.replaceQueryParam("lang", lang)
			.build()
			.toUriString();
	}

	private static Page pageOf(HttpServletRequest request) {
		Object failedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (failedUri != null) {
			Object failedMethod = request.getAttribute(RequestDispatcher.ERROR_METHOD);
			boolean repeatable = isGetOrHead(failedMethod != null ? failedMethod.toString() : request.getMethod());
			return repeatable ? Page.of(failedUri.toString(),
					(String) request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING)) : HOME;
		}
		if (isGetOrHead(request.getMethod())) {
			return Page.of(request.getRequestURI(), request.getQueryString());
		}
		return referringPage(request);
	}

	/** The page that sent the form, when it is a page of this site other than the form's own address. */
	private static Page referringPage(HttpServletRequest request) {
		String referer = request.getHeader(HttpHeaders.REFERER);
		if (referer == null) {
			return HOME;
		}
		try {
			URI uri = new URI(referer);
			boolean sameSite = uri.getHost() != null && uri.getHost().equalsIgnoreCase(request.getServerName())
					&& ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
			if (!sameSite || request.getRequestURI().equals(uri.getRawPath())) {
				return HOME;
			}
			return Page.of(uri.getRawPath(), uri.getRawQuery());
		}
		catch (URISyntaxException e) {
			return HOME;
		}
	}

	private static boolean isGetOrHead(String method) {
		return "GET".equalsIgnoreCase(method) || "HEAD".equalsIgnoreCase(method);
	}

	private record Page(String path, String query) {

		/** A path that a browser could read as another host ("//host", "/\host") is not used. */
		static Page of(String path, String query) {
			if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
				return HOME;
			}
			return new Page(path, query);
		}
	}
}
