package org.agora.browser;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A leader starts an article from the toolkit's after-action review, publishes it, and a colleague finds it with the
 * search box in the header, by its suggestions and by the results page; in English and in Hebrew, with each page
 * checked by axe-core.
 */
class KnowledgeJourneyIntegrationTests extends BrowserTestSupport {

	private static final Map<String, Map<String, String>> TEXT = Map.of("en",
			Map.of("template", "After-action review", "title", "After-action review of the Kerem storm night",
					"search", "kerem storm"),
			"he", Map.of("template", "תחקיר אחרי פעילות (AAR)", "title", "תחקיר אחרי ליל הסערה בכרם",
					"search", "בסערה"));

	@ParameterizedTest
	@ValueSource(strings = { "en", "he" })
	void aLeaderWritesFromATemplatePublishesAndAColleagueFindsIt(String lang) {
		var text = TEXT.get(lang);
		String run = UUID.randomUUID().toString().substring(0, 8);
		String title = text.get("title") + " " + run;
		String leader = personWithPassword("Writing Leader " + run, "EMPLOYEE", "KNOWLEDGE_LEADER");
		String reader = personWithPassword("Reading Employee " + run, "EMPLOYEE");

		openAs(leader, lang, "/knowledge/toolkit");
		Axe.assertNoSeriousViolations(page);
		Locator template = page.locator("#templates [id^=template-]").filter(new Locator.FilterOptions()
			.setHasText(text.get("template")));
		template.locator("[id^=use-]").click();
		assertThat(page.locator("#title")).not().hasValue("");
		assertThat(page.locator("#body")).not().hasValue("");
		Axe.assertNoSeriousViolations(page);
		page.locator("#type").selectOption("LESSON_LEARNED");
		page.locator("#title").fill(title);
		page.locator("#article-submit").click();
		assertThat(page.locator("#article-title")).hasText(title);
		assertThat(page.locator("#article-status")).isVisible();
		page.locator("#publish-button").click();
		assertThat(page.locator("#publish-button")).hasCount(0);
		assertThat(page.locator("#article-review-by")).isVisible();
		Axe.assertNoSeriousViolations(page);
		String article = page.url().substring(baseUrl().length());

		openAs(reader, lang, "/");
		Locator box = page.locator("#site-search");
		Locator suggestions = page.locator("#site-search-suggestions a").filter(new Locator.FilterOptions()
			.setHasText(title));
		// the index follows the commit within moments; typing again asks again
		for (int attempt = 0; attempt < 20 && suggestions.count() == 0; attempt++) {
			box.fill("");
			box.pressSequentially(run, new Locator.PressSequentiallyOptions().setDelay(20));
			page.waitForTimeout(400);
		}
		assertThat(suggestions).hasCount(1);
		Axe.assertNoSeriousViolations(page);

		box.fill(text.get("search") + " " + run);
		box.press("Enter");
		assertThat(page).hasURL(Pattern.compile("/search\\?q="));
		Locator hit = page.locator(".search-hits a").filter(new Locator.FilterOptions().setHasText(title));
		assertThat(hit).hasCount(1);
		assertThat(page.locator(".search-hits mark").first()).isVisible();
		Axe.assertNoSeriousViolations(page);
		hit.click();
		assertThat(page).hasURL(baseUrl() + article);
		assertThat(page.locator("#article-title")).hasText(title);
	}
}
