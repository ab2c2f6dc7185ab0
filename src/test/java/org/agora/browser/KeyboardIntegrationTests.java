package org.agora.browser;

import org.agora.Personas;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Keyboard users skip the navigation: the first Tab reaches the skip link, which moves focus to the content. */
class KeyboardIntegrationTests extends BrowserTestSupport {

	@ParameterizedTest
	@ValueSource(strings = { "/", "/people", "/nominations" })
	void theFirstTabFocusesTheSkipLinkWhichMovesFocusToTheMainContent(String path) {
		signIn(Personas.LEADER);
		page.navigate(path);

		page.keyboard().press("Tab");

		var skipLink = page.locator("a.skip-link");
		assertThat(skipLink).isFocused();
		assertThat(skipLink).hasText("Skip to main content");
		assertThat(skipLink).isInViewport();

		page.keyboard().press("Enter");

		assertThat(page.locator("#main")).isFocused();
		page.keyboard().press("Tab");
		assertThat(page.locator("#main :focus")).hasCount(1);
	}
}
