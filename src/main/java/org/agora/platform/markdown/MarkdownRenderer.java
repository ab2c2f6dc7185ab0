package org.agora.platform.markdown;

import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * The one way user-written Markdown (CommonMark with GFM tables and autolinks) becomes HTML or
 * plain text. The HTML is safe to embed in a page unescaped; the plain text is text, not HTML, and
 * must be escaped like any other string.
 */
@Component
public class MarkdownRenderer {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private static final String ELLIPSIS = "\u2026";

	// Parser, renderers and policy are immutable and thread-safe, so one set serves every request.
	private final Parser parser = Parser.builder().extensions(EXTENSIONS).postProcessor(new TaskListMarks()).build();

	private final HtmlRenderer htmlRenderer;

	private final TextContentRenderer textRenderer = TextContentRenderer.builder()
		.extensions(EXTENSIONS)
		.nodeRendererFactory(PlainTextInlines::new)
		.lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS)
		.build();

	private final PolicyFactory policy = MarkdownHtmlPolicy.POLICY;

	// Rendered HTML by its Markdown: the same text always renders the same, so pages showing the same posts again
	// need no parsing and sanitizing; two generations keep what was used lately within a bounded size.
	private final RenderCache cache = new RenderCache(1000, 4000);

	public MarkdownRenderer() {
		this(true);
	}

	/**
	 * Lets the tests switch off the first line of defence (escaping raw HTML) to prove the
	 * sanitizer alone still stops every payload.
	 */
	MarkdownRenderer(boolean escapeHtml) {
		this.htmlRenderer = HtmlRenderer.builder()
			.extensions(EXTENSIONS)
			.escapeHtml(escapeHtml)
			.sanitizeUrls(true)
			.urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
			.build();
	}

	/** Safe HTML for the given Markdown; empty for {@code null} or blank input. */
	public String toHtml(String markdown) {
		if (isBlank(markdown)) {
			return "";
		}
		return this.cache.get(markdown, text -> this.policy.sanitize(this.htmlRenderer.render(parse(text))));
	}

	/**
	 * The text of the given Markdown without its markup, blocks separated by a blank line; links
	 * keep their text and images their alt text. Empty for {@code null} or blank input.
	 */
	public String toPlainText(String markdown) {
		if (isBlank(markdown)) {
			return "";
		}
		return this.textRenderer.render(parse(markdown)).strip();
	}

	/**
	 * The plain text on one line, at most {@code maxChars} characters long: cut at the last word
	 * boundary that fits, followed by an ellipsis when anything was cut.
	 */
	public String excerpt(String markdown, int maxChars) {
		if (maxChars < 1) {
			throw new IllegalArgumentException("maxChars must be positive, was " + maxChars);
		}
		String text = WHITESPACE.matcher(toPlainText(markdown)).replaceAll(" ");
		if (text.length() <= maxChars) {
			return text;
		}
		int limit = maxChars - ELLIPSIS.length();
		int cut = (text.charAt(limit) == ' ') ? limit : text.lastIndexOf(' ', limit);
		if (cut <= 0) {
			// One word longer than the room: cut inside it rather than return nothing.
			cut = Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
		}
		return stripTrailingSeparators(text.substring(0, cut)) + ELLIPSIS;
	}

	private Node parse(String markdown) {
		return this.parser.parse(markdown);
	}

	private static boolean isBlank(String markdown) {
		return markdown == null || markdown.isBlank();
	}

	// "word, …" reads worse than "word…".
	private static String stripTrailingSeparators(String text) {
		int end = text.length();
		while (end > 0 && " ,;:-\u2013\u2014".indexOf(text.charAt(end - 1)) >= 0) {
			end--;
		}
		return text.substring(0, end);
	}

}
