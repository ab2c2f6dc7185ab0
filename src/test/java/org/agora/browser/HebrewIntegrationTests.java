package org.agora.browser;

import com.microsoft.playwright.options.LoadState;
import org.agora.Personas;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Hebrew, right to left: the language switch, the RTL stylesheet, and pages that stay accessible. */
class HebrewIntegrationTests extends BrowserTestSupport {

	@Test
	void theLanguageSwitchTurnsThePagesToHebrewRightToLeft() {
		signIn(Personas.EMPLOYEE);

		page.locator("#language-switch").click();

		assertThat(page.locator("html")).hasAttribute("lang", "he");
		assertThat(page.locator("html")).hasAttribute("dir", "rtl");
		assertThat(page.locator("link[rel=stylesheet][href$='/bootstrap.rtl.min.css']")).hasCount(1);
		assertThat(page.locator("link[rel=stylesheet][href$='/bootstrap.min.css']")).hasCount(0);
		page.waitForLoadState(LoadState.LOAD);
		assertThat(rtlStylesheetLoaded()).isTrue();
		assertThat(page.locator("#main-nav a[href='/people']")).hasText("אנשים");
		assertThat(page.locator("#main-nav a[href='/nominations']")).hasText("מועמדויות");
		assertThat(page.locator("#language-switch")).hasText("English");
		assertThat(page.locator("main h1")).hasText("ברוכים הבאים, Daniel Cohen");
		Axe.assertNoSeriousViolations(page);

		page.navigate("/people");
		assertThat(page.locator("html")).hasAttribute("dir", "rtl");
		assertThat(page.locator("main h1")).hasText("אנשים");
		Axe.assertNoSeriousViolations(page);

		page.locator("#language-switch").click();
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("html")).hasAttribute("dir", "ltr");
		assertThat(page.locator("main h1")).hasText("People");
	}

	@Test
	void theSignInPageIsAccessibleInHebrew() {
		page.navigate("/login");

		page.locator("#language-switch").click();

		assertThat(page.locator("html")).hasAttribute("dir", "rtl");
		assertThat(page.locator("main h1")).hasText("כניסה");
		Axe.assertNoSeriousViolations(page);
	}

	/** Parsed and applied, not merely linked: the browser can read its rules. */
	private boolean rtlStylesheetLoaded() {
		return (Boolean) page.evaluate("""
				() => [...document.styleSheets].some(sheet => sheet.href
				    && sheet.href.endsWith('/bootstrap.rtl.min.css') && sheet.cssRules.length > 0)""");
	}
}
