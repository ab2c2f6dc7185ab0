package org.agora.discussions;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.agora.platform.web.InvalidInputException;

/**
 * The rules of radar links: absolute http or https URLs of at most 1000 characters, and the key two spellings of
 * one link share (scheme, "www.", default port, trailing slash, fragment and utm_ tracking parameters ignored).
 */
final class RadarUrls {

	static final int MAX_LENGTH = 1000;

	private RadarUrls() {
	}

	/** The URL stripped of surrounding blanks; refuses anything but an absolute http or https URL. */
	static String check(String typed, String field) {
		String url = typed == null ? "" : typed.strip();
		if (url.isEmpty()) {
			throw new InvalidInputException(field, "dradar.error.urlRequired", "Give the link's URL");
		}
		if (url.length() > MAX_LENGTH) {
			throw new InvalidInputException(field, "dradar.error.urlTooLong", "A URL has at most 1000 characters");
		}
		URI uri = parse(url, field);
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new InvalidInputException(field, "dradar.error.urlScheme", "Only http and https links are shared");
		}
		if (uri.getHost() == null || uri.getHost().isBlank() || uri.getRawUserInfo() != null) {
			throw new InvalidInputException(field, "dradar.error.urlInvalid", "This is not a valid web address");
		}
		return url;
	}

	/** The key of a checked URL, equal for two spellings of the same link. */
	static String key(String url) {
		URI uri = parse(url, "url");
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		if (host.startsWith("www.")) {
			host = host.substring(4);
		}
		boolean defaultPort = uri.getPort() < 0 || uri.getPort() == 80 || uri.getPort() == 443;
		String path = uri.getRawPath() == null ? "" : uri.getRawPath();
		while (path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		String query = uri.getRawQuery() == null ? ""
				: Arrays.stream(uri.getRawQuery().split("&"))
					.filter(p -> !p.isEmpty() && !p.toLowerCase(Locale.ROOT).startsWith("utm_"))
					.sorted()
					.collect(Collectors.joining("&"));
		return host + (defaultPort ? "" : ":" + uri.getPort()) + path + (query.isEmpty() ? "" : "?" + query);
	}

	private static URI parse(String url, String field) {
		try {
			return new URI(url);
		}
		catch (URISyntaxException e) {
			throw new InvalidInputException(field, "dradar.error.urlInvalid", "This is not a valid web address");
		}
	}
}
