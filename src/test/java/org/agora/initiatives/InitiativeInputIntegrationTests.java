package org.agora.initiatives;

import java.math.BigDecimal;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.agora.discussions.SpaceFixtures.TestPerson;
import org.agora.initiatives.InitiativeIntegrationTests.Data;
import org.agora.platform.web.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the databases would refuse is refused first, as a field error: measures too large once rounded, NUL characters
 * (dropped), far-off dates; and a milestone never lands after a planned end edited at the same time.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InitiativeInputIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InitiativeEditor editor;

	@Autowired
	InitiativeJournal journal;

	@Autowired
	PlatformTransactionManager transactions;

	Data data;

	TestPerson leader;

	long unit;

	@BeforeEach
	void setUp() {
		data = new Data(jdbc, editor);
		leader = data.leader("Input leader");
		unit = data.unit("Reservoir");
	}

	@ParameterizedTest
	@CsvSource({ "999999999999.994, 999999999999.99", "999999999999.995, ", "1E+13, " })
	void aMeasureIsCheckedAsItIsStoredRoundedToTwoDecimals(String typed, BigDecimal stored) throws Exception {
		long id = data.initiative(leader, unit, "Measured " + Data.unique());
		var sent = mvc.perform(post("/initiatives/" + id + "/outcomes").with(leader.signedIn()).with(csrf())
			.param("description", "Fewer call-outs").param("measure", "Litres saved").param("valueBefore", typed)
			.param("valueAfter", "1"));
		if (stored == null) {
			sent.andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"valueBefore-error\"")));
			assertThat(data.count("initiatives_outcome", id)).isZero();
		}
		else {
			sent.andExpect(status().is3xxRedirection());
			assertThat(jdbc.sql("select value_before from initiatives_outcome where initiative_id = :id")
				.param("id", id).query(BigDecimal.class).single()).isEqualByComparingTo(stored);
		}
	}

	@Test
	void nulCharactersInJsonAreDroppedFromEveryText() throws Exception {
		String nul = "\\u0000";
		var created = json(post("/api/v1/initiatives"), """
				{"unitId": %d, "title": "Pump%s lessons", "goal": "Learn%s", "kind": "OTHER", "audience": "Crews%s",
				 "plannedStart": "2026-01-01", "plannedEnd": "2026-12-31"}""".formatted(unit, nul, nul, nul))
			.andExpect(status().isCreated())
			.andReturn();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.id"))
			.longValue();
		json(post("/api/v1/initiatives/" + id + "/updates"), "{\"body\": \"Met%s\"}".formatted(nul))
			.andExpect(status().isCreated());
		json(post("/api/v1/initiatives/" + id + "/milestones"),
				"{\"title\": \"Review%s\", \"dueOn\": \"2026-06-01\"}".formatted(nul))
			.andExpect(status().isCreated());
		json(post("/api/v1/initiatives/" + id + "/obstacles"), """
				{"category": "RESISTANCE", "description": "Doubt%s", "handling": "Pilot%s"}""".formatted(nul, nul))
			.andExpect(status().isCreated());
		json(post("/api/v1/initiatives/" + id + "/outcomes"), """
				{"description": "Faster%s", "measure": "Hours%s", "measureUnit": "h%s", "valueBefore": "4",
				 "valueAfter": "2", "links": [{"kind": "ARTICLE", "path": "/knowledge/a/7-pumps", "label": "Pumps%s"}]}"""
			.formatted(nul, nul, nul, nul))
			.andExpect(status().isCreated());
		json(patch("/api/v1/initiatives/" + id), """
				{"version": 1, "status": "STOPPED", "stopReason": "Budget%s"}""".formatted(nul))
			.andExpect(status().isOk());

		var stored = jdbc.sql("""
				select title || goal || audience || stop_reason from initiatives_initiative where id = :id
				union all select body from initiatives_update where initiative_id = :id
				union all select title from initiatives_milestone where initiative_id = :id
				union all select description || handling from initiatives_obstacle where initiative_id = :id
				union all select description || measure || measure_unit from initiatives_outcome where initiative_id = :id
				union all select l.label from initiatives_outcome_link l join initiatives_outcome o on o.id = l.outcome_id
				  where o.initiative_id = :id""")
			.param("id", id)
			.query(String.class)
			.list();
		assertThat(stored).hasSize(6).noneMatch(text -> text.indexOf('\0') >= 0);
		assertThat(stored.get(0)).isEqualTo("Pump lessonsLearnCrewsBudget");
	}

	@ParameterizedTest
	@CsvSource({ "0001-01-01, 2026-12-31, plannedStart", "2026-01-01, 9999-12-31, plannedEnd" })
	void farOffPlannedDatesAreFieldErrors(String start, String end, String field) throws Exception {
		String title = "Far off " + Data.unique();
		mvc.perform(post("/initiatives").with(leader.signedIn()).with(csrf()).param("unitId", String.valueOf(unit))
			.param("title", title).param("goal", "G").param("kind", "OTHER").param("plannedStart", start)
			.param("plannedEnd", end))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"" + field + "-error\"")))
			.andExpect(content().string(containsString("Choose a date between 1900 and 2199.")));
		assertThat(jdbc.sql("select count(*) from initiatives_initiative where title = :t").param("t", title)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void aFarOffMilestoneIsAFieldErrorOnDueOn() throws Exception {
		long id = data.initiative(leader, unit, "Ancient milestone " + Data.unique());
		mvc.perform(post("/initiatives/" + id + "/milestones").with(leader.signedIn()).with(csrf())
			.param("title", "Long ago").param("dueOn", "0999-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"dueOn-error\"")));
		assertThat(data.count("initiatives_milestone", id)).isZero();
	}

	@Test
	void anEditOfTheEndWaitsForAMilestoneBeingAddedAndThenRefusesToEndBeforeIt() throws Exception {
		long id = data.initiative(leader, unit, "Raced end " + Data.unique());
		var earlierEnd = Data.form(unit, "Raced end", "2026-01-01", "2026-10-31").withVersion(1);
		var outcome = whileOpen(() -> journal.addMilestone(leader.principal(), id, new MilestoneForm("Late", "2026-12-15")),
				() -> editor.edit(leader.principal(), id, earlierEnd));
		assertThatThrownBy(() -> outcome.get(15, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
			.cause()
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("plannedEnd"));
		assertThat(data.count("initiatives_milestone", id)).isOne();
		assertThat(plannedEnd(id)).isEqualTo("2026-12-31");
	}

	@Test
	void aMilestoneAddedWhileTheEndIsEditedIsCheckedAgainstTheNewEnd() throws Exception {
		long id = data.initiative(leader, unit, "Raced milestone " + Data.unique());
		var earlierEnd = Data.form(unit, "Raced milestone", "2026-01-01", "2026-10-31").withVersion(1);
		var outcome = whileOpen(() -> editor.edit(leader.principal(), id, earlierEnd),
				() -> journal.addMilestone(leader.principal(), id, new MilestoneForm("Late", "2026-12-15")));
		assertThatThrownBy(() -> outcome.get(15, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
			.cause()
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("dueOn"));
		assertThat(data.count("initiatives_milestone", id)).isZero();
		assertThat(plannedEnd(id)).isEqualTo("2026-10-31");
	}

	/**
	 * Runs the first change in a transaction left open while the second starts on another thread, gives the second
	 * time to check (which it must not do before the first ends), then commits the first; the second's outcome.
	 */
	private Future<?> whileOpen(Runnable first, Runnable second) {
		var other = Executors.newSingleThreadExecutor();
		try {
			return new TransactionTemplate(transactions).execute(status -> {
				first.run();
				Future<?> started = other.submit(second);
				pause();
				return started;
			});
		}
		finally {
			other.shutdown();
		}
	}

	private static void pause() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private String plannedEnd(long id) {
		return jdbc.sql("select planned_end from initiatives_initiative where id = :id").param("id", id)
			.query(java.sql.Date.class).single().toLocalDate().toString();
	}

	private org.springframework.test.web.servlet.ResultActions json(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body)
			throws Exception {
		return mvc.perform(request.with(leader.signedIn()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}
}
