package org.agora.platform.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * What the HTML rendered from Markdown may contain: exactly the elements Markdown produces, no
 * styles, no scripts, and links and images only to places that cannot run code.
 */
final class MarkdownHtmlPolicy {

	// Browsers ignore these inside a URL, so "java\tscript:" is "javascript:" to them.
	private static final Pattern IGNORED_IN_URL = Pattern
		.compile("[\\p{Cntrl}\\p{Space}\\p{Z}\\u00AD\\u200B-\\u200F\\uFEFF]");

	private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");

	private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");

	static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "del", "code", "pre",
				"blockquote", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td")
		// A link whose target was refused falls back to its text; such an image would only show a
		// broken-image icon.
		.allowElements((element, attributes) -> attributes.contains("href") ? element : null, "a")
		.allowElements((element, attributes) -> attributes.contains("src") ? element : null, "img")
		// Relative URLs stay allowed: they point into Agora itself, for example at uploaded images.
		.allowUrlProtocols("http", "https", "mailto")
		// commonmark blanks the URLs it refuses.
		.allowAttributes("href")
		.matching((element, attribute, value) -> value.isBlank() ? null : value)
		.onElements("a")
		.allowAttributes("title").onElements("a")
		.requireRelsOnLinks("nofollow", "noopener", "noreferrer")
		.allowAttributes("src")
		.matching((element, attribute, value) -> isImageUrl(value) ? value : null)
		.onElements("img")
		.allowAttributes("alt", "title").onElements("img")
		.allowAttributes("align").matching(true, "left", "center", "right").onElements("th", "td")
		.allowAttributes("start").matching(Pattern.compile("\\d{1,9}")).onElements("ol")
		// Fenced code keeps its language for a highlighter; the name can carry nothing else.
		.allowAttributes("class").matching(Pattern.compile("language-[A-Za-z0-9_+#.\\-]{1,40}")).onElements("code")
		.toFactory();

	private MarkdownHtmlPolicy() {
	}

	// mailto: is fine for a link, but an image is fetched, so only the web's own schemes will do.
	private static boolean isImageUrl(String url) {
		if (url.isBlank()) {
			return false;
		}
		String compact = IGNORED_IN_URL.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
		Matcher scheme = SCHEME.matcher(compact);
		return !scheme.find() || IMAGE_SCHEMES.contains(scheme.group(1));
	}

}
