package org.agora.browser;

import java.util.ArrayList;
import java.util.List;

import org.agora.Personas;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The browsable API description works under a Content Security Policy that stays strict on scripts. */
class ApiDocsIntegrationTests extends BrowserTestSupport {

	@Test
	void theApiPageListsAgorasOperations() {
		List<String> blocked = new ArrayList<>();
		page.onConsoleMessage(message -> {
			if (message.text().contains("Content Security Policy")) {
				blocked.add(message.text());
			}
		});
		signIn(Personas.MANAGER);

		page.navigate("/swagger-ui.html");

		assertThat(page.getByText("Agora API").first()).isVisible();
		assertThat(page.getByText("/api/v1/people/{id}").first()).isVisible();
		assertThat(blocked).isEmpty();
	}
}
