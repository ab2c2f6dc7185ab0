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

import org.agora.platform.security.AgoraPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every payload of the platform's XSS corpus, as a radar item's title and summary, renders inert on the radar and
 * in the queue; as a tag it is refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RadarXssIntegrationTests {

	private static final Pattern ESCAPE = Pattern.compile("\\\\(?:u([0-9a-fA-F]{4})|([nrt\\\\]))");

	private static final Pattern FORBIDDEN_TAG = Pattern
		.compile("(?i)<\\s*/?\\s*(script|iframe|object|embed|svg|math|style|meta|base|link)(?![a-z0-9-])");

	private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][^\\s/>]*)((?:\"[^\"]*\"|'[^']*'|[^'\">])*)>");

	private static final Pattern EVENT_HANDLER = Pattern.compile("(?i)(?:^|[\\s/\"'])on[a-z]+\\s*=");

	private static final Pattern URL_ATTRIBUTE = Pattern.compile("(?i)\\s(href|src|action|formaction)\\s*=\\s*\"([^\"]*)\"");

	private static final Set<String> ARTICLE_TAGS = Set.of("article", "div", "h3", "a", "p", "span", "br", "hr", "em",
			"strong", "del", "code", "pre", "blockquote", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td",
			"img", "h1", "h2", "h4", "h5", "h6");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Radar radar;

	@Test
	void everyPayloadAsTitleAndSummaryRendersInert() throws Exception {
		var people = new DiscussionsTestData(jdbc);
		var manager = people.manager("Mira Manager");
		var employee = people.employee("Eden Employee");
		String tag = "xss-" + DiscussionsTestData.unique();
		List<String> payloads = payloads();
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < payloads.size(); i++) {
			String payload = payloads.get(i);
			String title = payload.length() > 200 ? payload.substring(0, 200) : payload;
			ids.add(radar.submit(manager.user(), new RadarForm("https://xss.example/" + tag + "/" + i, title,
					payload.length() > 2000 ? payload.substring(0, 2000) : payload, tag, "ARTICLE")).id());
		}
		int pages = (payloads.size() + RadarItems.PAGE_SIZE - 1) / RadarItems.PAGE_SIZE;
		List<String> problems = new ArrayList<>();
		int seen = 0;
		for (int page = 0; page < pages; page++) {
			String html = mvc.perform(get("/radar").param("tag", tag).param("page", String.valueOf(page))
				.with(employee.signedIn())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			for (String article : articles(html)) {
				seen++;
				problems.addAll(problemsIn(article));
			}
		}
		assertThat(seen).isEqualTo(payloads.size());
		assertThat(problems).isEmpty();
		assertThat(ids).hasSize(payloads.size());
	}

	@Test
	void payloadsInThePendingQueueRenderInertToo() throws Exception {
		var people = new DiscussionsTestData(jdbc);
		var employee = people.employee("Eden Employee");
		var manager = people.manager("Mira Manager");
		String tag = "xsq-" + DiscussionsTestData.unique();
		var payloads = payloads().subList(0, 10);
		AgoraPrincipal sharer = employee.user();
		for (int i = 0; i < payloads.size(); i++) {
			radar.submit(sharer, new RadarForm("https://xss-queue.example/" + tag + "/" + i, payloads.get(i),
					payloads.get(i), tag, "NEWS"));
		}
		String html = mvc.perform(get("/radar/queue").with(manager.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (String article : articles(html)) {
			// the managers' forms are ours; only the item's own text is checked
			assertThat(problemsIn(article.replaceAll("(?s)<div class=\"d-flex flex-wrap gap-2 mt-2\">.*", "")))
				.isEmpty();
		}
	}

	@Test
	void aPayloadAsATagIsRefused() throws Exception {
		var employee = new DiscussionsTestData(jdbc).employee("Eden Employee");

		mvc.perform(post("/radar").with(csrf())
			.with(employee.signedIn())
			.param("url", "https://xss-tag.example/" + DiscussionsTestData.unique())
			.param("title", "t")
			.param("tags", "<img src=x onerror=alert(1)>")
			.param("kind", "NEWS")).andExpect(status().isBadRequest());
	}

	private static List<String> articles(String html) {
		List<String> found = new ArrayList<>();
		Matcher m = Pattern.compile("(?s)<article class=\"card mb-3[^\"]*\" id=\"radar-item-.*?</article>").matcher(html);
		while (m.find()) {
			found.add(m.group());
		}
		return found;
	}

	/** What in an item's HTML could run script. */
	static List<String> problemsIn(String html) {
		List<String> problems = new ArrayList<>();
		Matcher forbidden = FORBIDDEN_TAG.matcher(html);
		while (forbidden.find()) {
			problems.add("forbidden tag " + forbidden.group() + " in " + html);
		}
		Matcher tag = TAG.matcher(html);
		while (tag.find()) {
			String name = tag.group(2).toLowerCase(Locale.ROOT);
			if (!ARTICLE_TAGS.contains(name)) {
				problems.add("unexpected tag " + tag.group());
			}
			if (EVENT_HANDLER.matcher(tag.group(3)).find() || tag.group(3).toLowerCase(Locale.ROOT).contains("style=")) {
				problems.add("handler or style in " + tag.group());
			}
			Matcher url = URL_ATTRIBUTE.matcher(tag.group(3));
			while (url.find()) {
				String value = url.group(2).replaceAll("&#[xX]?[0-9a-fA-F]+;?|&[a-z]+;|[\\s\\p{Cntrl}]", "")
					.toLowerCase(Locale.ROOT);
				if (value.matches("^[a-z][a-z0-9+.-]*:.*") && !value.startsWith("http:") && !value.startsWith("https:")
						&& !value.startsWith("mailto:")) {
					problems.add("unsafe URL in " + tag.group());
				}
			}
		}
		return problems;
	}

	static List<String> payloads() throws IOException {
		try (InputStream in = RadarXssIntegrationTests.class.getResourceAsStream("/markdown/xss-payloads.txt")) {
			assertThat(in).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(RadarXssIntegrationTests::unescape)
				.filter(payload -> !payload.isBlank())
				.toList();
		}
	}

	private static String unescape(String line) {
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
