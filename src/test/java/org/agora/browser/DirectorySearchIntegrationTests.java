package org.agora.browser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.SelectOption;
import org.agora.Personas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The people directory's live search: htmx swaps the results in place as the person types or filters. */
class DirectorySearchIntegrationTests extends BrowserTestSupport {

	private static final Pattern COUNT = Pattern.compile("id=\"result-count\">([^<]*)<");

	@BeforeEach
	void openTheDirectoryAsAnEmployee() {
		signIn(Personas.EMPLOYEE);
		page.navigate("/people");
	}

	@Test
	void typingPartOfANameShowsTheMatchingPeople() {
		Axe.assertNoSeriousViolations(page);
		String everyone = page.locator("#result-count").textContent();

		Response results = page.waitForResponse(this::isLiveSearch, () -> page.locator("#q").fill("Noa"));

		String matching = countIn(results);
		assertThat(matching).isNotEqualTo(everyone);
		assertThat(page.locator("#result-count")).hasText(matching);
		assertThat(page.locator("#people-list")).containsText("Noa Levi");
		assertThat(page.locator("#people-list > li").allTextContents()).allSatisfy(card -> assertThat(card).containsIgnoringCase("noa"));
		assertThat(page).hasURL(Pattern.compile(".*/people\\?q=Noa.*"));
	}

	@Test
	void filteringByRoleShowsOnlyKnowledgeLeaders() {
		int everyone = number(page.locator("#result-count").textContent());

		Response results = page.waitForResponse(this::isLiveSearch,
				() -> page.locator("#role").selectOption(new SelectOption().setLabel("Knowledge leader")));

		assertThat(page.locator("#result-count")).hasText(countIn(results));
		assertThat(number(countIn(results))).isPositive().isLessThan(everyone);
		assertThat(page.locator("#people-list > li").first()).containsText("Knowledge leader");
		assertThat(page).hasURL(Pattern.compile(".*role=KNOWLEDGE_LEADER.*"));
		Axe.assertNoSeriousViolations(page);
	}

	private boolean isLiveSearch(Response response) {
		return response.url().startsWith(baseUrl() + "/people?") && "true".equals(response.request().headers().get("hx-request"));
	}

	private static String countIn(Response fragment) {
		Matcher count = COUNT.matcher(fragment.text());
		assertThat(count.find()).as("the fragment holds the result count").isTrue();
		return count.group(1).strip();
	}

	private static int number(String count) {
		return Integer.parseInt(count.replaceAll("\\D", ""));
	}
}
