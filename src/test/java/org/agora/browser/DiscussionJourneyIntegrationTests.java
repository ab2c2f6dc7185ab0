package org.agora.browser;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * One leader asks a question in a topic space, a colleague who watches the thread follows it, an employee answers,
 * the asker accepts the answer, and the watcher finds the answer among their notifications; in English and in
 * Hebrew, with the thread pages checked by axe-core.
 */
class DiscussionJourneyIntegrationTests extends BrowserTestSupport {

	private static final Map<String, Map<String, String>> TEXT = Map.of("en",
			Map.of("title", "How do we keep the know-how of retiring plant engineers?", "body",
					"Three of our senior engineers retire next year. **Where do we start?**", "answer",
					"Start with expert interviews and a walkthrough recording of each start-up procedure."),
			"he", Map.of("title", "איך שומרים את הידע של מהנדסי המתקן שפורשים?", "body",
					"שלושה מהנדסים בכירים פורשים בשנה הבאה. **מאיפה מתחילים?**", "answer",
					"מתחילים בראיונות מומחים ובהקלטה של כל נוהל הפעלה."));

	@ParameterizedTest
	@ValueSource(strings = { "en", "he" })
	void aQuestionIsAskedAnsweredAcceptedAndTheWatcherIsTold(String lang) {
		var text = TEXT.get(lang);
		String run = UUID.randomUUID().toString().substring(0, 8);
		String asker = personWithPassword("Asking Leader " + run, "KNOWLEDGE_LEADER");
		String watcher = personWithPassword("Watching Leader " + run, "KNOWLEDGE_LEADER");
		String answerer = personWithPassword("Answering Employee " + run, "EMPLOYEE");
		String space = space("Knowledge retention " + run);

		openAs(asker, lang, "/discussions/s/" + space);
		page.locator("#ask-question").click();
		page.locator("#title").fill(text.get("title"));
		page.locator("#body").fill(text.get("body"));
		page.locator("#thread-submit").click();
		assertThat(page.locator("#thread-title")).hasText(text.get("title"));
		assertThat(page.locator("#thread-kind")).isVisible();
		String thread = page.url().substring(baseUrl().length());
		Axe.assertNoSeriousViolations(page);

		openAs(watcher, lang, thread);
		String follow = page.locator("#follow-button").textContent();
		page.locator("#follow-button").click();
		assertThat(page.locator("#follow-button")).not().hasText(follow);

		openAs(answerer, lang, thread);
		page.locator("#reply-body").fill(text.get("answer"));
		page.locator("#reply-submit").click();
		assertThat(page.locator("#replies")).containsText(text.get("answer"));
		Axe.assertNoSeriousViolations(page);

		openAs(asker, lang, thread);
		page.locator("#replies [id^=accept-]").first().click();
		assertThat(page.locator("#replies [id^=accepted-]")).isVisible();
		Axe.assertNoSeriousViolations(page);

		openAs(watcher, lang, "/notifications");
		var list = page.locator("#notification-list");
		for (int attempt = 0; attempt < 20 && !(list.isVisible() && list.textContent().contains(text.get("title"))); attempt++) {
			page.waitForTimeout(250);
			page.reload();
		}
		assertThat(list).containsText("Answering Employee " + run);
		assertThat(list).containsText(text.get("title"));
		Axe.assertNoSeriousViolations(page);
	}

	private String space(String name) {
		String slug = "journey-" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.sql("""
				insert into discussions_space (slug, name, description, kind, created_at)
				values (:slug, :name, 'Keeping critical know-how when people leave.', 'TOPIC', :now)""")
			.param("slug", slug)
			.param("name", name)
			.param("now", Timestamp.from(Instant.now()))
			.update();
		return slug;
	}
}
