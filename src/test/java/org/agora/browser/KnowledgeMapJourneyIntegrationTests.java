package org.agora.browser;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A knowledge leader maps an area and a need of her unit; a community manager records a holder of the area whose
 * departure is near, the risk turns high, and he plans how to keep the knowledge; the holder sees her own date and
 * the action she owns, and a colleague reaches neither the holder's page nor the date. And the map's pages, walked by
 * a manager. In English and in Hebrew, with each page checked by axe-core.
 */
class KnowledgeMapJourneyIntegrationTests extends BrowserTestSupport {

	private static final Map<String, Map<String, String>> TEXT = Map.of("en",
			Map.of("area", "Chlorination dosing", "need", "Tuning the chlorine dosing after a main burst", "description",
					"After a burst the dosing is set by hand; only two operators know how far to go.", "neededBy",
					"Night shift operators", "interview", "Interview on the dosing after the 2019 burst", "successor",
					"Name and mentor a successor on the dosing console"),
			"he",
			Map.of("area", "מינון כלור", "need", "כיול מינון הכלור אחרי פיצוץ צנרת", "description",
					"אחרי פיצוץ המינון נקבע ידנית; רק שני מפעילים יודעים עד כמה להרחיק.", "neededBy",
					"מפעילי משמרת הלילה", "interview", "ראיון על המינון אחרי הפיצוץ של 2019", "successor",
					"מינוי ממשיך וחניכתו על עמדת המינון"));

	@Autowired
	MessageSource messages;

	@Value("${agora.time-zone:UTC}")
	ZoneId zone;

	@ParameterizedTest
	@ValueSource(strings = { "en", "he" })
	void aLeaderMapsANeedAManagerRecordsAHolderLeavingSoonAndPlansToKeepTheKnowledge(String lang) {
		var text = TEXT.get(lang);
		var locale = Locale.forLanguageTag(lang);
		String run = UUID.randomUUID().toString().substring(0, 8);
		String leader = personWithPassword("Map Leader " + run, "EMPLOYEE", "KNOWLEDGE_LEADER");
		String manager = personWithPassword("Map Manager " + run, "EMPLOYEE", "COMMUNITY_MANAGER");
		String holder = personWithPassword("Map Holder " + run, "EMPLOYEE");
		String colleague = personWithPassword("Map Colleague " + run, "EMPLOYEE");
		String employee = personWithPassword("Map Employee " + run, "EMPLOYEE");
		long holderPerson = idOf(holder);
		long colleaguePerson = idOf(colleague);
		String unitName = "Map Unit " + run;
		long unit = unit(unitName);
		// a need of the unit raised earlier, of lower priority, that the new one must rank above
		seedNeed(unit, idOf(leader), "Reading the old meters " + run);

		// the leader maps the area for her unit
		String areaName = text.get("area") + " " + run;
		openAs(leader, lang, "/knowledge-map/areas/new");
		Axe.assertNoSeriousViolations(page);
		page.locator("#name").fill(areaName);
		page.locator("#unitIds").selectOption(String.valueOf(unit));
		page.locator("#area-submit").click();
		assertThat(page).hasURL(baseUrl() + "/knowledge-map");
		long area = jdbc.sql("select id from knowledgemap_area where name = :name")
			.param("name", areaName)
			.query(Long.class)
			.single();
		assertThat(page.locator("#area-" + area)).containsText(unitName);
		Axe.assertNoSeriousViolations(page);

		// and the need, first without its unit: the error names the field and what she typed is kept
		String needTitle = text.get("need") + " " + run;
		page.navigate("/knowledge-map/needs/new");
		page.locator("#areaId").selectOption(String.valueOf(area));
		page.locator("#title").fill(needTitle);
		page.locator("#description").fill(text.get("description"));
		page.locator("#neededBy").fill(text.get("neededBy"));
		page.locator("#peopleCount").fill("6");
		page.locator("#availability-IN_HEADS").check();
		for (String score : List.of("importance", "scarcity", "frequency")) {
			page.locator("#" + score + "-3").check();
		}
		page.locator("#need-submit").click();
		assertThat(page.locator("#unitId-error")).hasText(message("map.needs.error.unitId", locale));
		assertThat(page.locator("#unitId")).hasAttribute("aria-invalid", "true");
		assertThat(page.locator("#form-errors")).isVisible();
		assertThat(page.locator("#title")).hasValue(needTitle);
		assertThat(page.locator("#description")).hasValue(text.get("description"));
		assertThat(page.locator("#neededBy")).hasValue(text.get("neededBy"));
		assertThat(page.locator("#peopleCount")).hasValue("6");
		assertThat(page.locator("#areaId")).hasValue(String.valueOf(area));
		assertThat(page.locator("#availability-IN_HEADS")).isChecked();
		assertThat(page.locator("#frequency-3")).isChecked();
		Axe.assertNoSeriousViolations(page);
		page.locator("#unitId").selectOption(String.valueOf(unit));
		page.locator("#need-submit").click();
		assertThat(page.locator("h1")).hasText(needTitle);
		assertThat(page.locator("#need-priority strong")).hasText("9");
		assertThat(page.locator("#need-status")).hasText(message("map.needs.status.OPEN", locale));
		long need = Long.parseLong(page.url().replaceAll(".*/knowledge-map/needs/(\\d+).*", "$1"));
		Axe.assertNoSeriousViolations(page);

		// she finds it at the top of her unit's backlog
		page.navigate("/knowledge-map/needs");
		page.locator("#filter-unit").selectOption(String.valueOf(unit));
		page.locator("#need-filters button[type=submit]").click();
		Locator rows = page.locator("#backlog tbody tr");
		assertThat(rows).hasCount(2);
		assertThat(rows.first()).hasId("need-" + need);
		assertThat(rows.first().locator(".need-priority")).hasText("9");
		assertThat(rows.first()).containsText(needTitle);
		Axe.assertNoSeriousViolations(page);

		// the manager records a holder of the area who leaves in about three months
		LocalDate departure = LocalDate.now(zone).plusMonths(3).plusDays(1);
		openAs(manager, lang, "/knowledge-map/risks/new");
		Axe.assertNoSeriousViolations(page);
		page.locator("#areaId").selectOption(String.valueOf(area));
		page.locator("#personId").selectOption(String.valueOf(holderPerson));
		page.locator("#level").selectOption("EXPERT");
		page.locator("#departureReason").selectOption("RETIREMENT");
		page.locator("#expectedDeparture").fill(departure.toString());
		page.locator("#positionRisk").fill("5");
		page.locator("#holder-form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(".*/knowledge-map/risks/\\d+$"));
		long holderId = Long.parseLong(page.url().replaceAll(".*/knowledge-map/risks/(\\d+)$", "$1"));
		assertThat(page.locator("#risk-score")).hasText(message("map.retention.holder.score", locale, 25, 5, 5));
		assertThat(page.locator("#risk-level")).hasText(message("map.retention.risk.HIGH", locale));
		assertThat(page.locator("#risk-level")).hasClass(Pattern.compile("\\btext-bg-danger\\b"));
		Locator leaves = page.locator("#holder-risk time[datetime='" + departure + "']");
		assertThat(leaves).hasCount(1);
		String shownDate = leaves.textContent().strip();
		Axe.assertNoSeriousViolations(page);

		// a manager sees the area's level on the map and in the views, one holder or more
		page.navigate("/knowledge-map");
		assertThat(page.locator("#area-" + area + " .area-risk")).hasClass(Pattern.compile("\\brisk-high\\b"));
		Axe.assertNoSeriousViolations(page);
		page.navigate("/knowledge-map/views?unit=" + unit);
		assertThat(page.locator("#risk-level-" + area)).hasText(message("map.views.level.HIGH", locale));
		Axe.assertNoSeriousViolations(page);

		// the register lists the holder, high
		page.navigate("/knowledge-map/risks");
		Locator line = page.locator("#risk-" + holderId);
		assertThat(line).containsText("Map Holder " + run);
		assertThat(line.locator(".badge.text-bg-danger")).hasText(message("map.retention.risk.HIGH", locale));
		assertThat(line.locator("td").nth(2)).hasText("25");
		Axe.assertNoSeriousViolations(page);

		// and plans two actions: an interview the holder gives, and a successor a colleague names and mentors
		line.locator("a[href='/knowledge-map/risks/" + holderId + "']").click();
		assertThat(page.locator("#no-actions")).isVisible();
		planAction("EXPERT_INTERVIEW", text.get("interview"), holderPerson, LocalDate.now(zone).plusDays(30));
		planAction("SUCCESSOR_NAMED", text.get("successor"), colleaguePerson, LocalDate.now(zone).plusDays(45));
		Locator plan = page.locator("#plan tbody tr");
		assertThat(plan).hasCount(2);
		Locator interview = plan.filter(new Locator.FilterOptions().setHasText(text.get("interview")));
		assertThat(interview).containsText(message("map.retention.kind.EXPERT_INTERVIEW", locale));
		assertThat(interview).containsText("Map Holder " + run);
		assertThat(interview.locator("time[datetime='" + LocalDate.now(zone).plusDays(30) + "']")).hasCount(1);
		Locator successor = plan.filter(new Locator.FilterOptions().setHasText(text.get("successor")));
		assertThat(successor).containsText(message("map.retention.kind.SUCCESSOR_NAMED", locale));
		assertThat(successor).containsText("Map Colleague " + run);
		assertThat(successor.locator("time[datetime='" + LocalDate.now(zone).plusDays(45) + "']")).hasCount(1);
		// planning is not yet doing: the risk stays as it was
		assertThat(page.locator("#risk-level")).hasText(message("map.retention.risk.HIGH", locale));
		Axe.assertNoSeriousViolations(page);

		// the holder sees her own date and score, and the action she owns, not the colleague's
		openAs(holder, lang, "/knowledge-map/me");
		Locator entry = page.locator("#entry-" + holderId);
		assertThat(entry).containsText(areaName);
		assertThat(entry.locator("time[datetime='" + departure + "']")).hasText(shownDate);
		assertThat(entry).containsText("25");
		Locator mine = page.locator("#my-actions");
		assertThat(mine).containsText(text.get("interview"));
		assertThat(mine).not().containsText(text.get("successor"));
		Axe.assertNoSeriousViolations(page);

		// she gives the interview and marks it done, the knowledge captured: that waits for a manager's word
		Locator given = mine.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(text.get("interview")));
		given.locator("summary").click();
		given.locator("select[name=result]").selectOption("CAPTURED");
		given.locator("form[id^=done-form] button[type=submit]").click();
		assertThat(page.locator("#my-awaiting")).containsText(text.get("interview"));
		assertThat(page.locator("#entry-" + holderId)).containsText("25");
		Axe.assertNoSeriousViolations(page);

		// a colleague who is neither manager nor holder reaches neither the holder's page nor the date
		openAs(employee, lang, "/knowledge-map");
		assertThat(page.locator("#area-" + area)).containsText(areaName);
		// one holder: the area's level would be hers, so the colleague is not told it
		assertThat(page.locator("#area-" + area + " .area-risk")).hasCount(0);
		assertNoDeparture(departure, shownDate);
		Axe.assertNoSeriousViolations(page);
		for (String path : List.of("/knowledge-map/risks/" + holderId, "/knowledge-map/risks")) {
			Response denied = page.navigate(path);
			assertThat(denied.status()).isEqualTo(403);
			assertNoDeparture(departure, shownDate);
			Axe.assertNoSeriousViolations(page);
		}
		for (String path : List.of("/knowledge-map/views", "/knowledge-map/views?unit=" + unit, "/knowledge-map/me",
				"/knowledge-map/needs?unit=" + unit, "/knowledge-map/needs/" + need)) {
			Response shown = page.navigate(path);
			assertThat(shown.status()).isEqualTo(200);
			assertNoDeparture(departure, shownDate);
			Axe.assertNoSeriousViolations(page);
		}
		var levels = context.request().get("/api/v1/knowledge-areas/risk-levels?unit=" + unit);
		assertThat(levels.status()).isEqualTo(200);
		List<Map<String, Object>> areaRows = JsonPath.read(levels.text(), "$.areas[?(@.areaId == " + area + ")]");
		assertThat(areaRows).hasSize(1);
		assertThat(areaRows.get(0).get("level")).isNull();
		for (String api : List.of("/api/v1/knowledge-areas", "/api/v1/knowledge-areas/risk-levels")) {
			var body = context.request().get(api);
			assertThat(body.status()).isEqualTo(200);
			assertThat(body.text()).doesNotContain(departure.toString());
		}
		assertThat(context.request().get("/api/v1/retention-risks").status()).isEqualTo(403);
		page.navigate("/knowledge-map/views?unit=" + unit);
		assertThat(page.locator("#risk-level-" + area)).hasText(message("map.views.risks.withheld", locale));

		// the manager confirms what the interview achieved, and the risk falls: 5 × 1
		openAs(manager, lang, "/knowledge-map/risks/" + holderId);
		assertThat(page.locator("#plan .awaiting")).hasCount(1);
		Axe.assertNoSeriousViolations(page);
		page.locator("#plan form[id^=confirm-form-] button[type=submit]").click();
		assertThat(page.locator("#plan .awaiting")).hasCount(0);
		assertThat(page.locator("#risk-score")).hasText(message("map.retention.holder.score", locale, 5, 5, 1));
		assertThat(page.locator("#risk-level")).hasText(message("map.retention.risk.LOW", locale));
		assertThat(page.locator("#mitigated")).isVisible();
		Axe.assertNoSeriousViolations(page);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "he" })
	void theMapsPagesAManagerWalksAreAccessible(String lang) {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String manager = personWithPassword("Map Walker " + run, "EMPLOYEE", "COMMUNITY_MANAGER");
		long area = firstId("knowledgemap_area");
		long need = firstId("knowledgemap_need");
		long holder = firstId("knowledgemap_holder");
		long unit = jdbc.sql("select min(unit_id) from knowledgemap_area_unit").query(Long.class).single();

		openAs(manager, lang, "/knowledge-map");
		for (String path : List.of("/knowledge-map", "/knowledge-map/areas/new", "/knowledge-map/areas/" + area + "/edit",
				"/knowledge-map/needs", "/knowledge-map/needs?status=ALL", "/knowledge-map/needs/new",
				"/knowledge-map/needs/" + need, "/knowledge-map/needs/" + need + "/edit", "/knowledge-map/views",
				"/knowledge-map/views?unit=" + unit, "/knowledge-map/risks", "/knowledge-map/risks?level=HIGH",
				"/knowledge-map/risks/new", "/knowledge-map/risks/" + holder, "/knowledge-map/scales",
				"/knowledge-map/me")) {
			Response response = page.navigate(path);
			assertThat(response.status()).as(path).isEqualTo(200);
			assertThat(page.locator("html")).hasAttribute("lang", lang);
			assertThat(page.locator("#map-tabs")).isVisible();
			Axe.assertNoSeriousViolations(page);
		}
	}

	private void planAction(String kind, String title, long owner, LocalDate due) {
		page.locator("#action-form #kind").selectOption(kind);
		page.locator("#action-form #title").fill(title);
		page.locator("#action-form #ownerId").selectOption(String.valueOf(owner));
		page.locator("#action-form #dueOn").fill(due.toString());
		page.locator("#action-form button[type=submit]").click();
		assertThat(page.locator("#plan tbody")).containsText(title);
	}

	/** Neither the ISO date nor the date as the pages write it is on the page. */
	private void assertNoDeparture(LocalDate departure, String shownDate) {
		String html = page.content();
		assertThat(html).as(page.url()).doesNotContain(departure.toString()).doesNotContain(shownDate);
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private long idOf(String email) {
		return jdbc.sql("select id from people_person where email = :email").param("email", email).query(Long.class)
			.single();
	}

	private long firstId(String table) {
		return jdbc.sql("select min(id) from " + table).query(Long.class).single();
	}

	private long unit(String name) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("insert into people_unit (code, name, kind, created_at) values (:code, :name, 'TEAM', :now)")
			.param("code", "MAP-" + UUID.randomUUID().toString().substring(0, 8))
			.param("name", name)
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	private void seedNeed(long unit, long raisedBy, String title) {
		var earlier = Timestamp.from(Instant.now().minusSeconds(3600));
		jdbc.sql("""
				insert into knowledgemap_need (unit_id, title, availability, importance, scarcity, frequency, status,
				  version, raised_by, created_at, updated_at)
				values (:unit, :title, 'DOCUMENTED', 2, 1, 2, 'OPEN', 1, :by, :at, :at)""")
			.param("unit", unit)
			.param("title", title)
			.param("by", raisedBy)
			.param("at", earlier)
			.update();
	}
}
