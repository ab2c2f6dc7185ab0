package org.agora.discussions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every payload of the XSS corpus, posted as a thread's title, body and tag and as a reply quoting the opening post,
 * leaves the thread page (and the form shown again after a refusal) unable to run script.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ThreadXssIntegrationTests {

	private static final Pattern ESCAPE = Pattern.compile("\\\\(?:u([0-9a-fA-F]{4})|([nrt\\\\]))");

	private static final Pattern TAG = Pattern.compile("<([A-Za-z][^\\s/>]*)((?:\"[^\"]*\"|'[^']*'|[^'\">])*)>");

	private static final Pattern ATTRIBUTE = Pattern
		.compile("([^\\s=/>\"']+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?");

	private static final Set<String> FORBIDDEN_TAGS = Set.of("iframe", "object", "embed", "svg", "math", "base",
			"style", "frame", "frameset", "applet", "template", "portal");

	private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
			"hx-get", "hx-post", "poster", "background", "srcset");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyPayloadStaysInertOnTheThreadPage() throws Exception {
		var data = new DiscussionsTestData(jdbc);
		var space = data.space(SpaceKind.TOPIC);
		var reader = data.employee("Xss Reader");
		List<String> problems = new ArrayList<>();
		for (String line : payloads()) {
			String payload = unescape(line);
			var writer = data.leader("Xss Writer");
			String title = payload.strip().isEmpty() ? "blank" : payload.length() > 200 ? payload.substring(0, 200) : payload;
			MvcResult created = mvc.perform(post(space.path() + "/threads").with(writer.signedIn()).with(csrf())
				.param("kind", "DISCUSSION").param("title", title).param("body", payload).param("tags", payload)).andReturn();
			check(line + " [form]", created.getResponse().getContentAsString(), problems);
			if (created.getResponse().getStatus() != 302) {
				// the tag was refused, as most payloads are not tags: start the thread without it
				created = mvc.perform(post(space.path() + "/threads").with(writer.signedIn()).with(csrf())
					.param("kind", "QUESTION").param("title", title).param("body", payload).param("tags", "")).andReturn();
			}
			assertThat(created.getResponse().getStatus()).as(line).isEqualTo(302);
			long thread = jdbc.sql("select max(id) from discussions_thread where author_id = :a").param("a", writer.id())
				.query(Long.class).single();
			mvc.perform(post("/discussions/t/" + thread + "/posts").with(reader.signedIn()).with(csrf())
				.param("body", payload).param("quoteOf", Long.toString(data.openingPost(thread)))).andReturn();
			String page = mvc.perform(get("/discussions/t/" + thread).with(reader.signedIn())).andReturn()
				.getResponse().getRedirectedUrl();
			String html = mvc.perform(get(java.net.URI.create(page)).with(reader.signedIn())).andReturn()
				.getResponse().getContentAsString();
			assertThat(html).as(line).contains("id=\"thread-title\"");
			check(line, html, problems);
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void theCheckerSpotsWhatItMustReject() {
		List<String> problems = new ArrayList<>();
		check("fine", "<p>fine <a href=\"https://example.org\">x</a></p><script src=\"/js/agora.js\" defer></script>", problems);
		assertThat(problems).isEmpty();
		for (String bad : List.of("<ScRiPt>alert(1)</script>", "<img src=x oNeRrOr=alert(1)>", "<p style=\"color:red\">x</p>",
				"<a href=\"jav&#x09;ascript&colon;alert(1)\">x</a>", "<iframe src=\"https://e.example\">",
				"<svg><a xlink:href=\"javascript:alert(1)\">")) {
			List<String> found = new ArrayList<>();
			check(bad, bad, found);
			assertThat(found).as(bad).isNotEmpty();
		}
	}

	/** Adds what in the page could run script: a forbidden tag, a handler or style attribute, a script URL. */
	static void check(String payload, String html, List<String> problems) {
		Matcher tag = TAG.matcher(html);
		while (tag.find()) {
			String name = tag.group(1).toLowerCase(Locale.ROOT);
			if (FORBIDDEN_TAGS.contains(name)) {
				problems.add(payload + ": <" + name + ">");
			}
			Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
			while (attribute.find()) {
				String attr = attribute.group(1).toLowerCase(Locale.ROOT);
				String value = attribute.group(2) == null ? "" : attribute.group(2).replaceAll("^[\"']|[\"']$", "");
				if (attr.startsWith("on") || attr.equals("style") || attr.equals("http-equiv")) {
					problems.add(payload + ": " + attr + " on <" + name + ">");
				}
				if (name.equals("script") && attr.equals("src") && !value.startsWith("/")) {
					problems.add(payload + ": script from " + value);
				}
				if (URL_ATTRIBUTES.contains(attr) && unsafeUrl(value)) {
					problems.add(payload + ": " + attr + "=" + value);
				}
			}
			if (name.equals("script") && !tag.group(2).contains("src=\"/")) {
				problems.add(payload + ": inline script");
			}
		}
	}

	private static boolean unsafeUrl(String value) {
		String decoded = org.springframework.web.util.HtmlUtils.htmlUnescape(value.replaceAll("(?i)&colon;?", ":"))
			.replaceAll("[\\x00-\\x20]", "")
			.toLowerCase(Locale.ROOT);
		return decoded.startsWith("javascript:") || decoded.startsWith("vbscript:") || decoded.startsWith("data:")
				|| decoded.startsWith("livescript:");
	}

	static List<String> payloads() throws IOException {
		try (InputStream in = ThreadXssIntegrationTests.class.getResourceAsStream("/markdown/xss-payloads.txt")) {
			assertThat(in).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.toList();
		}
	}

	static String unescape(String line) {
		return ESCAPE.matcher(line).replaceAll(escape -> {
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
