package org.agora.browser;

import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A person thanks a colleague from the Achievements tab and sees the kudos on the timeline; the colleague reacts to
 * it; a private kudos stays between the two of them, out of a third person's timeline and the colleague's profile. In
 * English and in Hebrew, with each page checked by axe-core.
 */
class KudosJourneyIntegrationTests extends BrowserTestSupport {

	private static final Map<String, Map<String, String>> TEXT = Map.of("en",
			Map.of("public", "Thank you for walking the new team through the incident archive.", "private",
					"Thanks for covering my shift while I was at the clinic."),
			"he",
			Map.of("public", "תודה שהדרכת את הצוות החדש בארכיון התקלות.", "private",
					"תודה שהחלפת אותי במשמרת כשהייתי במרפאה."));

	@ParameterizedTest
	@ValueSource(strings = { "en", "he" })
	void aPersonThanksAColleagueWhoReactsAndAPrivateKudosStaysBetweenThem(String lang) {
		var text = TEXT.get(lang);
		String run = UUID.randomUUID().toString().substring(0, 8);
		String publicThanks = text.get("public") + " " + run;
		String privateThanks = text.get("private") + " " + run;
		String giver = personWithPassword("Kudos Giver " + run, "EMPLOYEE");
		String colleague = personWithPassword("Kudos Colleague " + run, "EMPLOYEE", "KNOWLEDGE_LEADER");
		String third = personWithPassword("Kudos Third " + run, "EMPLOYEE");
		long colleagueId = idOf(colleague);

		openAs(giver, lang, "/recognition");
		Axe.assertNoSeriousViolations(page);
		// no colleague chosen: the field is named and the thanks typed are kept
		page.locator("#message").fill(publicThanks);
		page.locator("#kudos-submit").click();
		assertThat(page.locator("#toId-error")).isVisible();
		assertThat(page.locator("#message")).hasValue(publicThanks);
		Axe.assertNoSeriousViolations(page);
		page.locator("#toId").selectOption(String.valueOf(colleagueId));
		page.locator("#message").fill(publicThanks);
		assertThat(page.locator("#public")).isChecked();
		page.locator("#kudos-submit").click();
		assertThat(page.locator("[role=status]")).isVisible();
		Locator kudos = page.locator("article.achievement").filter(new Locator.FilterOptions()
			.setHasText(publicThanks));
		assertThat(kudos).hasCount(1);
		assertThat(kudos.locator(".achievement-text")).containsText("Kudos Giver " + run);
		assertThat(kudos.locator(".achievement-text")).containsText("Kudos Colleague " + run);
		Axe.assertNoSeriousViolations(page);

		page.locator("#toId").selectOption(String.valueOf(colleagueId));
		page.locator("#message").fill(privateThanks);
		page.locator("#public").uncheck();
		page.locator("#kudos-submit").click();
		assertThat(page.locator("#my-kudos")).containsText(privateThanks);
		assertThat(page.locator("#timeline")).not().containsText(privateThanks);

		openAs(colleague, lang, "/recognition");
		kudos = page.locator("article.achievement").filter(new Locator.FilterOptions().setHasText(publicThanks));
		Locator clap = kudos.locator("button[id$=-CLAP]");
		assertThat(clap).hasAttribute("aria-pressed", "false");
		clap.click();
		clap = page.locator("article.achievement").filter(new Locator.FilterOptions().setHasText(publicThanks))
			.locator("button[id$=-CLAP]");
		assertThat(clap).hasAttribute("aria-pressed", "true");
		assertThat(clap).hasAttribute("data-count", "1");
		// the reaction is kept; and axe looks at the page at rest, not while the button's colours change
		page.reload();
		clap = page.locator("article.achievement").filter(new Locator.FilterOptions().setHasText(publicThanks))
			.locator("button[id$=-CLAP]");
		assertThat(clap).hasAttribute("aria-pressed", "true");
		assertThat(clap).hasAttribute("data-count", "1");
		assertThat(page.locator("#my-kudos")).containsText(privateThanks);
		Axe.assertNoSeriousViolations(page);

		openAs(third, lang, "/recognition");
		assertThat(page.locator("#timeline")).containsText(publicThanks);
		assertThat(page.locator("main")).not().containsText(privateThanks);
		Axe.assertNoSeriousViolations(page);
		page.navigate("/people/" + colleagueId);
		assertThat(page.locator("#profile-kudos")).containsText(publicThanks);
		assertThat(page.locator("main")).not().containsText(privateThanks);
		Axe.assertNoSeriousViolations(page);
	}

	private long idOf(String email) {
		return jdbc.sql("select id from people_person where email = :email").param("email", email).query(Long.class)
			.single();
	}
}
