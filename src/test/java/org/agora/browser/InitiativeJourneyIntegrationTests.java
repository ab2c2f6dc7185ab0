package org.agora.browser;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A knowledge leader registers an initiative for a unit, plans and launches it, logs the resistance it meets and the
 * outcome it produced, and asks her coach for help; the coach, who was assigned to her, answers; and she sees the
 * answer and that her coach read her plan. In English and in Hebrew, with each page checked by axe-core.
 */
class InitiativeJourneyIntegrationTests extends BrowserTestSupport {

	private static final Map<String, Map<String, String>> TEXT = Map.of("en",
			Map.of("title", "After-action reviews for the night shift", "goal",
					"Every incident on the night shift gets a short review within a week.", "obstacle",
					"The night crew sees reviews as looking for someone to blame.", "handling",
					"Opened with the no-blame rule; the shift manager came to the first one.", "outcome",
					"Two lessons changed the start-up checklist.", "measure", "Repeat call-outs", "help",
					"How do I bring the sceptical senior operator along?", "answer",
					"Ask him to lead the next review, on the incident he knows best."),
			"he",
			Map.of("title", "תחקירים אחרי אירוע במשמרת הלילה", "goal",
					"כל תקלה במשמרת הלילה מקבלת תחקיר קצר בתוך שבוע.", "obstacle",
					"צוות הלילה רואה בתחקירים חיפוש אשמים.", "handling",
					"פתחנו בכלל של 'בלי האשמות'; מנהל המשמרת הגיע לראשון.", "outcome",
					"שני לקחים שינו את רשימת התיוג להפעלה.", "measure", "קריאות חוזרות", "help",
					"איך אני מצרפת את המפעיל הוותיק הספקן?", "answer",
					"בקשי ממנו להוביל את התחקיר הבא, על התקלה שהוא מכיר הכי טוב."));

	@ParameterizedTest
	@ValueSource(strings = { "en", "he" })
	void aLeaderLaunchesAnInitiativeLogsWhatHappenedAndHerCoachAnswersHerRequestForHelp(String lang) {
		var text = TEXT.get(lang);
		String run = UUID.randomUUID().toString().substring(0, 8);
		String title = text.get("title") + " " + run;
		String leader = personWithPassword("Journey Leader " + run, "EMPLOYEE", "KNOWLEDGE_LEADER");
		String coach = personWithPassword("Journey Coach " + run, "EMPLOYEE", "COMMUNITY_MANAGER");
		long leaderId = idOf(leader);
		long coachId = idOf(coach);

		openAs(coach, lang, "/initiatives/support/" + leaderId);
		Axe.assertNoSeriousViolations(page);
		page.locator("#coach").selectOption(String.valueOf(coachId));
		page.locator("#coach-form button[type=submit]").click();
		assertThat(page.locator("#coach-name")).hasText("Journey Coach " + run);

		openAs(leader, lang, "/initiatives/new");
		Axe.assertNoSeriousViolations(page);
		page.locator("#unitId").selectOption(new SelectOption().setIndex(1));
		page.locator("#kind").selectOption("LESSONS_LEARNED");
		page.locator("#title").fill(title);
		page.locator("#goal").fill(text.get("goal"));
		page.locator("#plannedStart").fill(LocalDate.now().toString());
		page.locator("#plannedEnd").fill(LocalDate.now().plusMonths(6).toString());
		page.locator("#initiative-submit").click();
		assertThat(page.locator("h1")).hasText(title);
		for (String status : new String[] { "PLANNED", "ACTIVE" }) {
			page.locator("#status").selectOption(status);
			page.locator("#move-submit").click();
		}
		assertThat(page.locator("#status option[value=COMPLETED]")).hasCount(1);
		Axe.assertNoSeriousViolations(page);

		page.locator("#obstacle-add-summary").click();
		page.locator("#obstacle-form #category").selectOption("RESISTANCE");
		page.locator("#obstacle-description").fill(text.get("obstacle"));
		page.locator("#obstacle-handling").fill(text.get("handling"));
		page.locator("#obstacle-form button[type=submit]").click();
		assertThat(page.locator("#obstacles")).containsText(text.get("obstacle"));

		page.locator("#outcome-add-summary").click();
		page.locator("#outcome-description").fill(text.get("outcome"));
		page.locator("#measure").fill(text.get("measure"));
		page.locator("#valueBefore").fill("12");
		page.locator("#valueAfter").fill("7");
		page.locator("#value-APPLIED").check();
		page.locator("#outcome-submit").click();
		Locator outcomes = page.locator("#outcomes");
		assertThat(outcomes).containsText(text.get("outcome"));
		assertThat(outcomes.locator(".outcome-measure")).containsText(text.get("measure"));
		Axe.assertNoSeriousViolations(page);

		openAs(leader, lang, "/initiatives/support");
		page.locator("#help-form #category").selectOption("RESISTANCE");
		page.locator("#help-form #body").fill(text.get("help"));
		page.locator("#help-form button[type=submit]").click();
		assertThat(page.locator("#help-requests")).containsText(text.get("help"));
		Axe.assertNoSeriousViolations(page);

		openAs(coach, lang, "/initiatives/support/" + leaderId);
		Locator request = page.locator("#help-requests article").filter(new Locator.FilterOptions()
			.setHasText(text.get("help")));
		request.locator("textarea[name=answer]").fill(text.get("answer"));
		request.locator("button[type=submit]").click();
		assertThat(page.locator("#help-requests")).containsText(text.get("answer"));
		Axe.assertNoSeriousViolations(page);

		openAs(leader, lang, "/initiatives/support/" + leaderId);
		assertThat(page.locator("#help-requests")).containsText(text.get("answer"));
		assertThat(page.locator("#read-log")).containsText("Journey Coach " + run);
		Axe.assertNoSeriousViolations(page);
	}

	private long idOf(String email) {
		return jdbc.sql("select id from people_person where email = :email").param("email", email).query(Long.class)
			.single();
	}
}
