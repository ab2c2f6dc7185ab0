package org.agora.knowledgemap;

import java.time.LocalDate;

import org.agora.discussions.SpaceFixtures.TestPerson;
import org.agora.platform.web.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Retention plans: actions planned by managers, done by their owner or a manager, lowering the risk only by what they
 * achieved and only once a manager confirmed it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class RetentionActionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HolderEditor editor;

	@Autowired
	RetentionActions actions;

	@Autowired
	RiskRegister register;

	@Autowired
	ApplicationEvents events;

	RetentionTestData data;

	TestPerson manager;

	TestPerson expert;

	TestPerson owner;

	long holder;

	@BeforeEach
	void setUp() {
		data = new RetentionTestData(jdbc);
		manager = data.manager("Plan manager");
		expert = data.employee("Leaving expert");
		owner = data.employee("Action owner");
		long area = data.area("Chlorine dosing", manager.id());
		holder = editor.record(manager.principal(),
				RetentionTestData.form(area, expert.id(), LocalDate.now().plusMonths(6), 5));
	}

	long action(TestPerson owner) {
		return actions.plan(manager.principal(), holder, new ActionForm("EXPERT_INTERVIEW", "Interview",
				String.valueOf(owner.id()), LocalDate.now().plusDays(10).toString()));
	}

	int score() {
		return register.lines(LocalDate.now()).stream().filter(l -> l.holder().id() == holder).findFirst().orElseThrow().score();
	}

	@Test
	void anOwnerWhoIsNoPersonIsAFieldErrorWithTheTypingKept() throws Exception {
		mvc.perform(post("/knowledge-map/risks/" + holder + "/actions").with(csrf()).with(manager.signedIn())
			.param("kind", "MENTORING").param("title", "Kept action title").param("ownerId", "987654321")
			.param("dueOn", LocalDate.now().plusDays(5).toString()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"ownerId-error\"")))
			.andExpect(content().string(containsString("Kept action title")));
		assertThat(data.count("knowledgemap_action", "holder_id = :id", holder)).isZero();
	}

	@Test
	void aCapturedResultAManagerRecordsLowersTheRecordedRiskAtOnceAndPublishesTheCompletion() {
		assertThat(score()).isEqualTo(25);
		long id = action(owner);
		actions.complete(manager.principal(), id,
				new ActionDoneForm("CAPTURED", "", "ARTICLE", "/knowledge/a/12-pumps", ""));
		assertThat(score()).isEqualTo(5);
		assertThat(data.count("knowledgemap_holder", "id = :id and captured", holder)).isOne();
		assertThat(data.count("knowledgemap_action", "id = :id and confirmed_by = " + manager.id(), id)).isOne();
		assertThat(events.stream(RetentionActionCompleted.class).filter(e -> e.actionId() == id))
			.singleElement()
			.satisfies(e -> assertThat(e.completedBy()).isEqualTo(manager.id()));
	}

	@Test
	void anOwnersCapturedResultWaitsForAManagerToConfirmIt() {
		long id = action(owner);
		actions.complete(owner.principal(), id,
				new ActionDoneForm("CAPTURED", "", "ARTICLE", "/knowledge/a/12-pumps", ""));
		// done and published, but the owner's word alone lowers nothing
		assertThat(data.count("knowledgemap_action", "id = :id and status = 'DONE' and confirmed_at is null", id))
			.isOne();
		assertThat(events.stream(RetentionActionCompleted.class).filter(e -> e.actionId() == id)).hasSize(1);
		assertThat(score()).isEqualTo(25);
		assertThat(data.count("knowledgemap_holder", "id = :id and captured", holder)).isZero();

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> actions.confirm(owner.principal(), id));
		assertThat(score()).isEqualTo(25);

		actions.confirm(manager.principal(), id);
		assertThat(score()).isEqualTo(5);
		assertThat(data.count("knowledgemap_action", "id = :id and confirmed_by = " + manager.id(), id)).isOne();
		assertThatExceptionOfType(RetentionConflict.class)
			.isThrownBy(() -> actions.confirm(manager.principal(), id));
	}

	@Test
	void aResultOfNoneChangesNothingAndHasNothingToConfirm() {
		long id = action(owner);
		actions.complete(manager.principal(), id, new ActionDoneForm("NONE", "", "", "", ""));
		assertThat(score()).isEqualTo(25);
		assertThat(data.count("knowledgemap_action", "id = :id and status = 'DONE'", id)).isOne();
		assertThatExceptionOfType(RetentionConflict.class)
			.isThrownBy(() -> actions.confirm(manager.principal(), id));
	}

	@Test
	void aSuccessorResultNeedsASuccessorAndOnceConfirmedTheyHoldTheKnowledge() throws Exception {
		long id = action(owner);
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> actions.complete(owner.principal(), id, new ActionDoneForm("SUCCESSOR", "", "", "", "")))
			.satisfies(e -> assertThat(e.field()).isEqualTo("successorId"));
		assertThat(data.count("knowledgemap_action", "id = :id and status = 'PLANNED'", id)).isOne();
		var successor = data.employee("Successor");
		actions.complete(owner.principal(), id,
				new ActionDoneForm("SUCCESSOR", String.valueOf(successor.id()), "", "", ""));
		assertThat(data.count("knowledgemap_holder", "id = :id and successor_id is null", holder)).isOne();
		assertThat(score()).isEqualTo(25);

		mvc.perform(post("/knowledge-map/actions/" + id + "/confirm").with(csrf()).with(manager.signedIn()))
			.andExpect(redirectedUrl("/knowledge-map/risks/" + holder));
		assertThat(data.count("knowledgemap_holder",
				"id = :id and successor_holds and successor_id = " + successor.id(), holder)).isOne();
		assertThat(score()).isEqualTo(5);
	}

	@Test
	void anOwnerCannotConfirmTheirOwnResultOnThePageEither() throws Exception {
		long id = action(owner);
		actions.complete(owner.principal(), id, new ActionDoneForm("CAPTURED", "", "", "", ""));
		mvc.perform(post("/knowledge-map/actions/" + id + "/confirm").with(csrf()).with(owner.signedIn()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/knowledge-map/me").with(owner.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"awaiting-" + id + "\"")));
		mvc.perform(get("/knowledge-map/risks/" + holder).with(manager.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"confirm-form-" + id + "\"")));
		assertThat(score()).isEqualTo(25);
	}

	@Test
	void aDoneFormWithAnErrorNamesItsFieldsOnceOnTheHoldersPage() throws Exception {
		long id = action(owner);
		var html = mvc.perform(post("/knowledge-map/actions/" + id + "/done").with(csrf()).with(manager.signedIn())
			.param("result", "SUCCESSOR").param("successorId", ""))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("href=\"#done-successorId\"", "id=\"done-successorId\"");
		var ids = java.util.regex.Pattern.compile("\\bid=\"([^\"]+)\"").matcher(html).results()
			.map(m -> m.group(1)).toList();
		assertThat(ids).doesNotHaveDuplicates();
		assertThat(html.split("id=\"successorId-error\"", -1)).hasSize(2);
	}

	@Test
	void aLinkElsewhereThanAgoraIsAFieldError() {
		long id = action(owner);
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> actions.complete(owner.principal(), id,
					new ActionDoneForm("CAPTURED", "", "RECORDING", "https://elsewhere.example/video", "")))
			.satisfies(e -> assertThat(e.field()).isEqualTo("linkPath"));
		assertThat(data.count("knowledgemap_holder", "id = :id and captured", holder)).isZero();
	}

	@Test
	void theOwnerDoesTheirActionFromTheirOwnPageAndNobodyElseBesidesManagers() throws Exception {
		long id = action(owner);
		var stranger = data.employee("Stranger");
		mvc.perform(post("/knowledge-map/actions/" + id + "/start").with(csrf()).with(stranger.signedIn()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/knowledge-map/actions/" + id + "/start").with(csrf()).with(owner.signedIn()))
			.andExpect(redirectedUrl("/knowledge-map/me"));
		mvc.perform(post("/knowledge-map/actions/" + id + "/done").with(csrf()).with(owner.signedIn())
			.param("result", "").param("linkLabel", "Kept label"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"result-error\"")))
			.andExpect(content().string(containsString("Kept label")));
		mvc.perform(post("/knowledge-map/actions/" + id + "/done").with(csrf()).with(owner.signedIn())
			.param("result", "NONE"))
			.andExpect(redirectedUrl("/knowledge-map/me"));
		mvc.perform(post("/knowledge-map/actions/" + id + "/cancel").with(csrf()).with(owner.signedIn()))
			.andExpect(status().isConflict());
	}

	@Test
	void anOverdueActionIsMarkedOnItsOwnersPage() throws Exception {
		long id = action(owner);
		jdbc.sql("update knowledgemap_action set due_on = :d where id = :id")
			.param("d", java.sql.Date.valueOf(LocalDate.now().minusDays(2)))
			.param("id", id)
			.update();
		mvc.perform(get("/knowledge-map/me").with(owner.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"action-" + id + "\"")))
			.andExpect(content().string(containsString("overdue")));
	}
}
