package org.agora.knowledgemap;

import java.time.LocalDate;

import org.agora.discussions.SpaceFixtures.TestPerson;
import org.agora.platform.web.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Recording holders: bad input saves nothing, one person per area, a rise into high is announced once; a designated
 * successor lowers nothing; a closed holder counts nowhere and keeps their record; a mistaken one is deleted.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class HolderIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HolderEditor editor;

	@Autowired
	RetentionJobs jobs;

	@Autowired
	RiskRegister register;

	@Autowired
	Holders holders;

	@Autowired
	RetentionActions actions;

	@Autowired
	ApplicationEvents events;

	RetentionTestData data;

	TestPerson manager;

	TestPerson expert;

	long area;

	@BeforeEach
	void setUp() {
		data = new RetentionTestData(jdbc);
		manager = data.manager("Retention manager");
		expert = data.employee("Retiring expert");
		area = data.area("Pump station hydraulics", manager.id());
	}

	@Test
	void aPastDepartureIsAFieldErrorWithTheTypingKeptAndNothingSaved() throws Exception {
		mvc.perform(post("/knowledge-map/risks").with(csrf()).with(manager.signedIn())
			.param("areaId", String.valueOf(area)).param("personId", String.valueOf(expert.id()))
			.param("level", "EXPERT").param("departureReason", "RETIREMENT")
			.param("expectedDeparture", LocalDate.now().minusDays(3).toString()).param("positionRisk", "4"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"expectedDeparture-error\"")))
			.andExpect(content().string(containsString("value=\"" + LocalDate.now().minusDays(3) + "\"")));
		assertThat(data.count("knowledgemap_holder", "area_id = :id", area)).isZero();
	}

	@ParameterizedTest(name = "position risk {0} is a field error")
	@ValueSource(strings = { "0", "6", "x", "" })
	void aPositionRiskOutsideOneToFiveIsAFieldError(String position) throws Exception {
		mvc.perform(post("/knowledge-map/risks").with(csrf()).with(manager.signedIn())
			.param("areaId", String.valueOf(area)).param("personId", String.valueOf(expert.id()))
			.param("level", "EXPERT").param("positionRisk", position))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"positionRisk-error\"")));
		assertThat(data.count("knowledgemap_holder", "area_id = :id", area)).isZero();
	}

	@Test
	void aSecondRecordOfThePersonInTheAreaIsAFieldErrorOnPersonId() throws Exception {
		editor.record(manager.principal(), RetentionTestData.form(area, expert.id(), null, 3));
		mvc.perform(post("/knowledge-map/risks").with(csrf()).with(manager.signedIn())
			.param("areaId", String.valueOf(area)).param("personId", String.valueOf(expert.id()))
			.param("level", "AWARE").param("positionRisk", "2"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"personId-error\"")));
		assertThat(data.count("knowledgemap_holder", "area_id = :id", area)).isOne();
	}

	@Test
	void aPersonWhoDoesNotExistIsAFieldError() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> editor.record(manager.principal(), RetentionTestData.form(area, 987654321L, null, 3)))
			.satisfies(e -> assertThat(e.field()).isEqualTo("personId"));
	}

	@Test
	void onlyManagersRecordHolders() throws Exception {
		var employee = data.employee("Not a manager");
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(
				() -> editor.record(employee.principal(), RetentionTestData.form(area, expert.id(), null, 3)));
		mvc.perform(post("/knowledge-map/risks").with(csrf()).with(employee.signedIn())
			.param("areaId", String.valueOf(area)).param("personId", String.valueOf(expert.id()))
			.param("level", "EXPERT").param("positionRisk", "3"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/knowledge-map/risks").with(employee.signedIn())).andExpect(status().isForbidden());
		assertThat(data.count("knowledgemap_holder", "area_id = :id", area)).isZero();
	}

	@Test
	void recordingAHighRiskAnnouncesItOnceWithTheAreaOnly() throws Exception {
		long id = editor.record(manager.principal(),
				RetentionTestData.form(area, expert.id(), LocalDate.now().plusMonths(6), 5));
		var holder = register.lines(LocalDate.now()).stream().filter(l -> l.holder().id() == id).findFirst().orElseThrow();
		assertThat(holder.score()).isEqualTo(25);
		assertThat(holder.level()).isEqualTo(RiskLevel.HIGH);
		assertThat(holder.singlePoint()).isTrue();
		assertThat(events.stream(RetentionRiskRaised.class).filter(e -> e.holderId() == id))
			.singleElement()
			.satisfies(e -> assertThat(e.areaId()).isEqualTo(area));
		jobs.announce(LocalDate.now());
		assertThat(events.stream(RetentionRiskRaised.class).filter(e -> e.holderId() == id)).hasSize(1);
	}

	@Test
	void anEditThatRaisesTheRiskToHighAnnouncesIt() {
		long id = editor.record(manager.principal(), RetentionTestData.form(area, expert.id(), null, 5));
		assertThat(events.stream(RetentionRiskRaised.class).filter(e -> e.holderId() == id)).isEmpty();
		var form = RetentionTestData.form(area, expert.id(), LocalDate.now().plusMonths(20), 4);
		editor.change(manager.principal(), id, new HolderForm(form.areaId(), form.personId(), form.level(),
				form.departureReason(), form.expectedDeparture(), form.positionRisk(), "", "1"));
		assertThat(events.stream(RetentionRiskRaised.class).filter(e -> e.holderId() == id)).hasSize(1);
	}

	@Test
	void aChangeFromAStaleFormIsRefusedAndChangesNothing() {
		long id = editor.record(manager.principal(), RetentionTestData.form(area, expert.id(), null, 2));
		var form = RetentionTestData.form(area, expert.id(), null, 5);
		assertThatExceptionOfType(RetentionConflict.class).isThrownBy(() -> editor.change(manager.principal(), id,
				new HolderForm(form.areaId(), form.personId(), form.level(), "", "", "5", "", "7")));
		assertThat(data.count("knowledgemap_holder", "id = :id and position_risk = 2", id)).isOne();
	}

	@Test
	void theDailyJobAnnouncesAHolderWhomTimeMovedIntoHighOnce() {
		// 4 × 4 from 24 months on: high once the departure is under two years away
		long id = editor.record(manager.principal(),
				RetentionTestData.form(area, expert.id(), LocalDate.now().plusMonths(26), 4));
		assertThat(events.stream(RetentionRiskRaised.class).filter(e -> e.holderId() == id)).isEmpty();
		var later = LocalDate.now().plusMonths(3);
		jobs.announce(later);
		jobs.announce(later.plusDays(1));
		assertThat(events.stream(RetentionRiskRaised.class).filter(e -> e.holderId() == id)).hasSize(1);
	}

	@Test
	void anAreaWithTwoHoldersIsNoSinglePoint() {
		var second = data.employee("Second holder");
		long first = editor.record(manager.principal(), RetentionTestData.form(area, expert.id(), null, 3));
		editor.record(manager.principal(), RetentionTestData.form(area, second.id(), null, 3));
		assertThat(register.lines(LocalDate.now()).stream().filter(l -> l.holder().id() == first))
			.singleElement()
			.satisfies(l -> assertThat(l.singlePoint()).isFalse());
	}
	private HolderForm edited(long id, String departure, String successor) {
		var h = jdbc.sql("select person_id, version from knowledgemap_holder where id = :id").param("id", id)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
		return new HolderForm(String.valueOf(area), String.valueOf(h[0]), "EXPERT",
				departure.isEmpty() ? "" : "RETIREMENT", departure, "5", successor, String.valueOf(h[1]));
	}

	private int score(long id) {
		return register.line(holders.find(id).orElseThrow(), LocalDate.now()).score();
	}

	@Test
	void aSuccessorDesignatedOnTheFormLowersNothing() {
		var successor = data.employee("Designated successor");
		long id = editor.record(manager.principal(), RetentionTestData.form(area, expert.id(),
				LocalDate.now().plusMonths(3), 5));
		editor.change(manager.principal(), id, edited(id, LocalDate.now().plusMonths(3).toString(),
				String.valueOf(successor.id())));
		assertThat(data.count("knowledgemap_holder", "id = :id and successor_id = " + successor.id()
				+ " and not successor_holds and not captured", id)).isOne();
		assertThat(score(id)).isEqualTo(25);
	}

	@Test
	void changingTheSuccessorDropsTheFormerSuccessorsHolding() {
		var first = data.employee("First successor");
		var second = data.employee("Second successor");
		long id = editor.record(manager.principal(), RetentionTestData.form(area, expert.id(),
				LocalDate.now().plusMonths(3), 5));
		holders.successorHolds(id, first.id(), java.time.Instant.now());
		assertThat(score(id)).isEqualTo(5);
		// an edit that keeps the successor keeps their holding
		editor.change(manager.principal(), id, edited(id, LocalDate.now().plusMonths(3).toString(),
				String.valueOf(first.id())));
		assertThat(score(id)).isEqualTo(5);
		editor.change(manager.principal(), id, edited(id, LocalDate.now().plusMonths(3).toString(),
				String.valueOf(second.id())));
		assertThat(data.count("knowledgemap_holder", "id = :id and not successor_holds", id)).isOne();
		assertThat(score(id)).isEqualTo(25);
	}

	@Test
	void aDepartureThatHasPassedIsKeptOnAnEditButCannotBeTypedAnew() {
		long id = editor.record(manager.principal(), RetentionTestData.form(area, expert.id(),
				LocalDate.now().plusMonths(3), 5));
		var passed = LocalDate.now().minusDays(10);
		jdbc.sql("update knowledgemap_holder set expected_departure = :d where id = :id").param("d", passed)
			.param("id", id).update();
		// the person has left the organization meanwhile, and stays on the holder they were on
		jdbc.sql("update people_person set active = false where id = :id").param("id", expert.id()).update();
		editor.change(manager.principal(), id, edited(id, passed.toString(), ""));
		assertThat(data.count("knowledgemap_holder", "id = :id and version = 2", id)).isOne();

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> editor.change(manager.principal(), id, edited(id, passed.minusDays(1).toString(), "")))
			.satisfies(e -> assertThat(e.field()).isEqualTo("expectedDeparture"));
		// an inactive person cannot be newly recorded
		long other = data.area("Reservoir telemetry", manager.id());
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> editor.record(manager.principal(), RetentionTestData.form(other, expert.id(), null, 2)))
			.satisfies(e -> assertThat(e.field()).isEqualTo("personId"));
	}

	@Test
	void aClosedHolderLeavesTheRegisterKeepsTheirRecordAndCannotBeChanged() throws Exception {
		var owner = data.employee("Closed plan owner");
		long id = editor.record(manager.principal(), RetentionTestData.form(area, expert.id(),
				LocalDate.now().plusMonths(3), 5));
		long action = actions.plan(manager.principal(), id, new ActionForm("MENTORING", "Shadow the expert",
				String.valueOf(owner.id()), LocalDate.now().plusDays(9).toString()));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> editor.close(owner.principal(), id, "1"));
		assertThatExceptionOfType(RetentionConflict.class)
			.isThrownBy(() -> editor.close(manager.principal(), id, "7"));

		mvc.perform(post("/knowledge-map/risks/" + id + "/close").with(csrf()).with(manager.signedIn())
			.param("version", "1"))
			.andExpect(status().is3xxRedirection());

		assertThat(data.count("knowledgemap_holder", "id = :id and closed_on is not null and closed_by = "
				+ manager.id(), id)).isOne();
		assertThat(data.count("knowledgemap_action", "id = :id and status = 'CANCELLED'", action)).isOne();
		assertThat(register.lines(LocalDate.now())).noneMatch(l -> l.holder().id() == id);
		assertThat(holders.countsByArea()).doesNotContainKey(area);
		mvc.perform(get("/knowledge-map/risks").with(manager.signedIn()))
			.andExpect(content().string(containsString("id=\"closed-" + id + "\"")));
		mvc.perform(get("/knowledge-map/risks/" + id).with(manager.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"closed-note\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"holder-form\""))));
		assertThatExceptionOfType(RetentionConflict.class)
			.isThrownBy(() -> editor.change(manager.principal(), id, edited(id, "", "")));
		assertThatExceptionOfType(RetentionConflict.class).isThrownBy(() -> actions.plan(manager.principal(), id,
				new ActionForm("MENTORING", "Too late", String.valueOf(owner.id()),
						LocalDate.now().plusDays(9).toString())));
	}

	@Test
	void aHolderRecordedByMistakeIsDeletedWithTheirPlanButNotOnceAnActionIsDone() throws Exception {
		var owner = data.employee("Deleted plan owner");
		long id = editor.record(manager.principal(), RetentionTestData.form(area, expert.id(), null, 3));
		actions.plan(manager.principal(), id, new ActionForm("MENTORING", "Shadow the expert",
				String.valueOf(owner.id()), LocalDate.now().plusDays(9).toString()));
		mvc.perform(post("/knowledge-map/risks/" + id + "/delete").with(csrf()).with(manager.signedIn())
			.param("version", "1"))
			.andExpect(status().is3xxRedirection());
		assertThat(data.count("knowledgemap_holder", "id = :id", id)).isZero();
		assertThat(data.count("knowledgemap_action", "holder_id = :id", id)).isZero();

		long kept = editor.record(manager.principal(), RetentionTestData.form(area, expert.id(), null, 3));
		long done = actions.plan(manager.principal(), kept, new ActionForm("EXPERT_INTERVIEW", "Interview",
				String.valueOf(owner.id()), LocalDate.now().plusDays(9).toString()));
		actions.complete(manager.principal(), done, new ActionDoneForm("NONE", "", "", "", ""));
		mvc.perform(post("/knowledge-map/risks/" + kept + "/delete").with(csrf()).with(manager.signedIn())
			.param("version", "1"))
			.andExpect(status().isConflict());
		assertThat(data.count("knowledgemap_holder", "id = :id", kept)).isOne();
		assertThat(data.count("knowledgemap_action", "id = :id", done)).isOne();
	}
}
