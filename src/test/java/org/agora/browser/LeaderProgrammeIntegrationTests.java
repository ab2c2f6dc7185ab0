package org.agora.browser;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import org.agora.Personas;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Nominate → review → appoint, as the employee and the community manager do it in the browser. */
class LeaderProgrammeIntegrationTests extends BrowserTestSupport {

	/** Appoints a leader, so it changes the demo community: no other test may count on that unit being uncovered. */
	@Test
	void theCommunityManagerAppointsALeaderToAUnitThatHadNone() {
		signIn(Personas.MANAGER);
		page.navigate("/leaders/coverage");
		Axe.assertNoSeriousViolations(page);
		Map<String, String> uncovered = uncoveredUnitCodesByName();
		assertThat(uncovered).isNotEmpty();

		page.navigate("/nominations?status=PENDING");
		Locator nomination = pendingNominationIn(uncovered);
		String unitCode = uncovered.get(nomination.locator("td").nth(1).textContent().strip());
		String nominee = nomination.locator("td").first().textContent().strip();
		nomination.getByRole(AriaRole.LINK).click();
		assertThat(page).hasURL(Pattern.compile(".*/nominations/\\d+"));
		String nominationUrl = page.url();
		Axe.assertNoSeriousViolations(page);

		for (Locator criterion : page.locator("input[type=checkbox][name^='criterion.']").all()) {
			criterion.check();
		}
		page.locator("#startDate").fill(LocalDate.now().toString());
		page.locator("#termMonths").fill("24");
		page.locator("#cohortLabel").fill("Cohort 2027 A");
		page.locator("#hoursPerMonth").fill("8");
		page.locator("#note").fill("Welcome to the community.");
		page.locator("#accept").click();

		assertThat(page.locator("#nomination-status")).hasText("Accepted");
		assertThat(page).hasURL(nominationUrl);
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The nomination is accepted and the leader appointed.");
		assertThat(page.locator("#accept")).hasCount(0);

		page.navigate("/leaders/coverage");
		Locator row = page.locator("#coverage-table tr[data-unit='" + unitCode + "']");
		assertThat(row).not().hasClass(Pattern.compile(".*\\bcoverage-none\\b.*"));
		assertThat(row).not().containsText("No leader");
		assertThat(row.locator("td").last()).containsText(nominee);
		assertThat(page.locator("#coverage-table tr.coverage-none")).hasCount(uncovered.size() - 1);
	}

	@Test
	void anEmployeeNominatesAColleagueFromTheirPageAndABlankReasonIsSentBack() {
		signIn(Personas.EMPLOYEE);
		page.navigate("/people?q=Noa+Goldberg");
		page.locator("#people-list").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Noa Goldberg"))
			.click();
		assertThat(page).hasURL(Pattern.compile(".*/people/\\d+"));
		String nomineeId = page.url().replaceAll(".*/people/", "");

		page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Nominate as knowledge leader")).click();
		assertThat(page).hasURL(baseUrl() + "/nominations/new?nominee=" + nomineeId);
		assertThat(page.locator("main h1")).hasText("Nominate Noa Goldberg as a knowledge leader");
		Axe.assertNoSeriousViolations(page);

		page.locator("#reason").fill("   ");
		sendNomination();

		assertThat(page).hasURL(baseUrl() + "/nominations");
		assertThat(page.locator("#reason-error")).hasText("Say why this colleague should be a knowledge leader.");
		assertThat(page.locator("#reason")).hasClass(Pattern.compile(".*\\bis-invalid\\b.*"));
		assertThat(page.locator("main h1")).hasText("Nominate Noa Goldberg as a knowledge leader");
		assertThat(page.locator("input[name=nomineeId]")).hasValue(nomineeId);
		Axe.assertNoSeriousViolations(page);

		page.locator("#reason").fill("Noa documents every data pipeline she builds and teaches the team to do the same.");
		sendNomination();

		assertThat(page).hasURL(Pattern.compile(".*/nominations/\\d+"));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The community manager will review your nomination.");
		assertThat(page.locator("#nomination-status")).hasText("Waiting for review");
	}

	private Map<String, String> uncoveredUnitCodesByName() {
		var codes = new LinkedHashMap<String, String>();
		for (Locator row : page.locator("#coverage-table tr.coverage-none").all()) {
			assertThat(row).containsText("No leader");
			codes.put(row.locator("th").textContent().strip(), row.getAttribute("data-unit"));
		}
		return codes;
	}

	/** The first pending nomination whose nominee works in one of the units. */
	private Locator pendingNominationIn(Map<String, String> units) {
		for (Locator row : page.locator("main table tbody tr").all()) {
			if (units.containsKey(row.locator("td").nth(1).textContent().strip())) {
				return row;
			}
		}
		throw new AssertionError("no pending nomination for anyone in " + units.keySet());
	}

	private void sendNomination() {
		page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Send nomination")).click();
	}
}
