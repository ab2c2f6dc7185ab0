package org.agora.browser;

import java.util.List;
import java.util.regex.Pattern;

import org.agora.Personas;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The pages not walked by the other browser tests, and the error page, pass axe too. */
class PageAccessibilityIntegrationTests extends BrowserTestSupport {

	@Test
	void thePagesAnAdminReachesAreAccessible() {
		signIn(Personas.ADMIN);
		for (String path : List.of("/me", "/notifications", "/units", "/admin/users", "/admin/mail", "/nominations")) {
			page.navigate(path);
			assertThat(page).hasURL(baseUrl() + path);
			Axe.assertNoSeriousViolations(page);
		}

		page.navigate("/people");
		page.locator("#people-list a").first().click();
		assertThat(page).hasURL(Pattern.compile(".*/people/\\d+"));
		assertThat(page.locator("#admin-heading")).isVisible();
		Axe.assertNoSeriousViolations(page);
	}

	@Test
	void aPageThePersonMayNotSeeAnswersWithTheErrorPage() {
		signIn(Personas.GUEST);

		var response = page.navigate("/people");

		assertThat(response.status()).isEqualTo(403);
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("main")).containsText("You are not allowed to see this page.");
		assertThat(page.getByText("Back to the home page")).isVisible();
		Axe.assertNoSeriousViolations(page);
	}
}
