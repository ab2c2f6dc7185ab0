package org.agora.platform.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every payload of the XSS corpus, rendered, must come out unable to run script: once through the
 * renderer as used, and once with raw HTML let through commonmark, so the sanitizer is proven to
 * hold on its own.
 */
class MarkdownXssTests {

	private static final Pattern ESCAPE = Pattern.compile("\\\\(?:u([0-9a-fA-F]{4})|([nrt\\\\]))");

	private final MarkdownRenderer markdown = new MarkdownRenderer();

	private final MarkdownRenderer rawHtmlMarkdown = new MarkdownRenderer(false);

	@ParameterizedTest(name = "{0}")
	@MethodSource("payloads")
	void payloadRendersHarmless(String payload) {
		String html = this.markdown.toHtml(unescape(payload));

		assertThat(SafeHtml.problemsIn(html)).as(html).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("payloads")
	void sanitizerAloneStopsPayload(String payload) {
		String html = this.rawHtmlMarkdown.toHtml(unescape(payload));

		assertThat(SafeHtml.problemsIn(html)).as(html).isEmpty();
	}

	@Test
	void corpusHoldsAtLeastHundredDistinctPayloads() throws IOException {
		List<String> payloads = payloads();

		assertThat(payloads).hasSizeGreaterThanOrEqualTo(100);
		assertThat(new HashSet<>(payloads)).hasSameSizeAs(payloads);
	}

	@Test
	void checkerSpotsWhatItMustReject() {
		assertThat(SafeHtml.problemsIn("<p>fine <a href=\"https://example.org\" rel=\"nofollow\">x</a></p>")).isEmpty();
		assertThat(SafeHtml.problemsIn("<ScRiPt>alert(1)</script>")).isNotEmpty();
		assertThat(SafeHtml.problemsIn("<img src=x oNeRrOr=alert(1)>")).isNotEmpty();
		assertThat(SafeHtml.problemsIn("<p style=\"color:red\">x</p>")).isNotEmpty();
		assertThat(SafeHtml.problemsIn("<a href=\"jav&#x09;ascript&colon;alert(1)\" rel=\"nofollow\">x</a>"))
			.isNotEmpty();
		assertThat(SafeHtml.problemsIn("<img src=\" &#100;ata:text/html,x\">")).isNotEmpty();
		assertThat(SafeHtml.problemsIn("<a href=\"https://example.org\">no rel</a>")).isNotEmpty();
		assertThat(SafeHtml.problemsIn("<p>x < y</p>")).isNotEmpty();
	}

	static List<String> payloads() throws IOException {
		try (InputStream in = MarkdownXssTests.class.getResourceAsStream("/markdown/xss-payloads.txt")) {
			assertThat(in).as("xss-payloads.txt on the test class path").isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.toList();
		}
	}

	// The corpus keeps one payload a line, so newlines, tabs and control characters are escaped.
	private static String unescape(String line) {
		return ESCAPE.matcher(line).replaceAll((escape) -> {
			if (escape.group(1) != null) {
				return Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(escape.group(1), 16)));
			}
			return switch (escape.group(2)) {
				case "n" -> "\n";
				case "r" -> "\r";
				case "t" -> "\t";
				default -> Matcher.quoteReplacement("\\");
			};
		});
	}

}
