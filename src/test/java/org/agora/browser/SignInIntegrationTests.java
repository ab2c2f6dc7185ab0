package org.agora.browser;

import com.microsoft.playwright.BrowserContext.ClearCookiesOptions;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import org.agora.Personas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Signing in through the form with each role's demo account, a wrong password, and signing out. */
class SignInIntegrationTests extends BrowserTestSupport {

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "admin@agora.example, Avi Mizrahi", "manager@agora.example, Noa Levi",
			"leader@agora.example, Rania Haddad", "employee@agora.example, Daniel Cohen",
			"guest@partner.example, Claire Dubois" })
	void eachRoleSignsInToTheirHomePageAndSignsOut(String email, String name) {
		signIn(email);

		assertThat(page.locator("main h1")).hasText("Welcome, " + name);
		assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setName("What is next for you")))
			.isVisible();
		assertThat(page.locator("#account-menu")).hasText(name);
		Axe.assertNoSeriousViolations(page);

		page.locator("#account-menu").click();
		page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Sign out")).click();
		assertThat(page).hasURL(baseUrl() + "/login?signedOut");
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("You have signed out.");
		page.navigate("/");
		assertThat(page).hasURL(baseUrl() + "/login");
	}

	@Test
	void aWrongPasswordShowsTheErrorAndStaysOnTheSignInPage() {
		page.navigate("/login");
		Axe.assertNoSeriousViolations(page);

		submitSignIn(Personas.LEADER, "not-the-password");

		assertThat(page).hasURL(baseUrl() + "/login?error");
		assertThat(page.getByRole(AriaRole.ALERT)).hasText("The email or password is not right.");
		assertThat(page.locator("#username")).isVisible();
		assertThat(page.locator("header a[href='/me']")).hasCount(0);
		Axe.assertNoSeriousViolations(page);
	}

	@Test
	void keepMeSignedInOutlivesTheSession() {
		page.navigate("/login");
		page.locator("#remember-me").check();
		submitSignIn(Personas.ADMIN, Personas.PASSWORD);
		assertThat(page).hasURL(baseUrl() + "/");

		context.clearCookies(new ClearCookiesOptions().setName("JSESSIONID"));
		page.navigate("/");

		assertThat(page).hasURL(baseUrl() + "/");
		assertThat(page.locator("main h1")).hasText("Welcome, Avi Mizrahi");
	}
}
