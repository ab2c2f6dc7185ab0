package org.agora.initiatives;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.agora.discussions.SpaceFixtures.TestPerson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Coaches, meetings, actions and help requests: bad input saves nothing, requests flow, reads are logged, reminders go once. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class SupportPlanIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SupportEditor editor;

	@Autowired
	SupportJobs jobs;

	@Autowired
	ApplicationEvents events;

	@Autowired
	PlatformTransactionManager transactions;

	SupportTestData data;

	TestPerson leader;

	TestPerson coach;

	long plan;

	@BeforeEach
	void setUp() {
		data = new SupportTestData(jdbc, editor);
		leader = data.leader("Plan leader");
		coach = data.manager("Plan coach");
		plan = data.plan(leader, coach);
	}

	@Test
	void aCoachWhoIsNoCommunityManagerIsAFieldErrorAndChangesNothing() throws Exception {
		var employee = data.employee("Not a coach");
		mvc.perform(post("/initiatives/support/" + leader.id() + "/coach").with(csrf()).with(coach.signedIn())
			.param("coach", String.valueOf(employee.id())).param("focus", "Kept focus"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"coach-error\"")))
			.andExpect(content().string(containsString("Kept focus")));
		assertThat(data.count("initiatives_support_plan", "id = :id and coach_id = " + coach.id(), plan)).isOne();
	}

	@Test
	void assigningACoachPublishesCoachAssignedWithIdsOnly() {
		var leader2 = data.leader("Second leader");
		long id = data.plan(leader2, coach);
		assertThat(events.stream(CoachAssigned.class).filter(e -> e.planId() == id))
			.singleElement()
			.satisfies(e -> assertThat(e.leaderId()).isEqualTo(leader2.id()));
	}

	@Test
	void aMeetingInTheFutureOrWithoutNotesIsAFieldErrorWithTheTypingKept() throws Exception {
		String path = "/initiatives/support/" + leader.id() + "/meetings";
		mvc.perform(post(path).with(csrf()).with(coach.signedIn())
			.param("metOn", LocalDate.now().plusDays(3).toString()).param("notes", "Typed notes stay"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"metOn-error\"")))
			.andExpect(content().string(containsString("Typed notes stay")));
		mvc.perform(post(path).with(csrf()).with(coach.signedIn())
			.param("metOn", LocalDate.now().minusDays(1).toString()).param("notes", "  "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"notes-error\"")));
		assertThat(data.count("initiatives_support_meeting", "plan_id = :id", plan)).isZero();
	}

	@Test
	void anActionOwnedBySomeoneElseIsAFieldError() throws Exception {
		var stranger = data.leader("Stranger");
		mvc.perform(post("/initiatives/support/" + leader.id() + "/actions").with(csrf()).with(leader.signedIn())
			.param("title", "Kept title").param("owner", String.valueOf(stranger.id()))
			.param("dueOn", LocalDate.now().plusDays(7).toString()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"owner-error\"")))
			.andExpect(content().string(containsString("Kept title")));
		assertThat(data.count("initiatives_support_action", "plan_id = :id", plan)).isZero();
	}

	@Test
	void aHelpRequestIsAskedAnsweredAndClosedWithEventsOfIdsOnly() throws Exception {
		mvc.perform(post("/api/v1/support-plans/" + leader.id() + "/help-requests").with(csrf()).with(leader.signedIn())
			.contentType(MediaType.APPLICATION_JSON).content("{\"category\":\"WHATEVER\",\"body\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("category"));
		String created = mvc.perform(post("/api/v1/support-plans/" + leader.id() + "/help-requests").with(csrf())
			.with(leader.signedIn()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"category\":\"RESISTANCE\",\"body\":\"My unit ignores the reviews\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
		assertThat(events.stream(HelpRequested.class).filter(e -> e.helpRequestId() == id)).singleElement()
			.satisfies(e -> assertThat(e.coachId()).isEqualTo(coach.id()));

		mvc.perform(post("/initiatives/support/" + leader.id() + "/help-requests/" + id + "/answer").with(csrf())
			.with(coach.signedIn()).param("answer", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"answer-error\"")));
		mvc.perform(post("/initiatives/support/" + leader.id() + "/help-requests/" + id + "/answer").with(csrf())
			.with(coach.signedIn()).param("answer", "Start with the willing crew"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/initiatives/support/" + leader.id()));
		assertThat(jdbc.sql("select status from initiatives_help_request where id = :id").param("id", id)
			.query(String.class).single()).isEqualTo("RESOLVED");
		assertThat(events.stream(HelpRequestResolved.class).filter(e -> e.helpRequestId() == id)).singleElement()
			.satisfies(e -> assertThat(e.resolvedBy()).isEqualTo(coach.id()));
		mvc.perform(post("/api/v1/support-plans/" + leader.id() + "/help-requests/" + id + "/answer").with(csrf())
			.with(coach.signedIn()).contentType(MediaType.APPLICATION_JSON).content("{\"answer\":\"Again\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("Conflict"))
			.andExpect(jsonPath("$.errors[0].field").value("request"));
		assertThat(events.stream(HelpRequestResolved.class).filter(e -> e.helpRequestId() == id)).hasSize(1);
		assertThat(jdbc.sql("select answer from initiatives_help_request where id = :id").param("id", id)
			.query(String.class).single()).isEqualTo("Start with the willing crew");
	}

	@Test
	void aSecondAnswerOnThePageSaysTheRequestWasAnsweredMeanwhileAndChangesNothing() throws Exception {
		var manager = data.manager("Late manager");
		long id = data.help(leader, "Who answers first?");
		data.answer(leader, coach, id, "The coach did");
		mvc.perform(post("/initiatives/support/" + leader.id() + "/help-requests/" + id + "/answer").with(csrf())
			.with(manager.signedIn()).param("answer", "The manager too"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("answered meanwhile, so your answer was not saved")))
			.andExpect(content().string(containsString("The coach did")));
		assertThat(jdbc.sql("select answer from initiatives_help_request where id = :id").param("id", id)
			.query(String.class).single()).isEqualTo("The coach did");
		assertThat(events.stream(HelpRequestResolved.class).filter(e -> e.helpRequestId() == id)).hasSize(1);
	}

	@Test
	void theApiAnswerShowsTheRequestToTheCoachAndLogsThatReadOnce() throws Exception {
		mvc.perform(post("/api/v1/support-plans/" + leader.id() + "/help-requests").with(csrf()).with(leader.signedIn())
			.contentType(MediaType.APPLICATION_JSON).content("{\"category\":\"OTHER\",\"body\":\"Asked by the leader\"}"))
			.andExpect(status().isCreated());
		assertThat(data.count("initiatives_support_read", "plan_id = :id", plan)).as("the leader's own reads").isZero();
		long id = jdbc.sql("select id from initiatives_help_request where plan_id = :plan").param("plan", plan)
			.query(Long.class).single();
		mvc.perform(post("/api/v1/support-plans/" + leader.id() + "/help-requests/" + id + "/answer").with(csrf())
			.with(coach.signedIn()).contentType(MediaType.APPLICATION_JSON).content("{\"answer\":\"Answered\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.body").value("Asked by the leader"));
		assertThat(data.count("initiatives_support_read", "plan_id = :id and reader_id = " + coach.id()
				+ " and channel = 'API'", plan)).isOne();
		assertThat(data.count("initiatives_support_read", "plan_id = :id", plan)).isOne();
	}

	@Test
	void aPlanShownAgainWithAFieldErrorIsOneLoggedRead() throws Exception {
		mvc.perform(post("/initiatives/support/" + leader.id() + "/meetings").with(csrf()).with(coach.signedIn())
			.param("metOn", LocalDate.now().toString()).param("notes", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"notes-error\"")));
		assertThat(data.count("initiatives_support_read", "plan_id = :id and reader_id = " + coach.id()
				+ " and channel = 'PAGE'", plan)).isOne();
		// a change that goes through sends the coach back to the plan, whose GET is the read
		mvc.perform(post("/initiatives/support/" + leader.id() + "/meetings").with(csrf()).with(coach.signedIn())
			.param("metOn", LocalDate.now().toString()).param("notes", "Fine"))
			.andExpect(status().isFound());
		assertThat(data.count("initiatives_support_read", "plan_id = :id", plan)).isOne();
	}

	/**
	 * The first assignment is made and held uncommitted while the second one starts; the second must wait for it
	 * and then change the plan it made, rather than insert a second plan for the same leader.
	 */
	@Test
	void twoFirstCoachAssignmentsAtOnceMakeOnePlan() throws Exception {
		var alone = data.leader("Contested leader");
		var other = data.manager("Other coach");
		var firstMade = new java.util.concurrent.CountDownLatch(1);
		var commit = new java.util.concurrent.CountDownLatch(1);
		var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			var first = pool.submit(() -> new TransactionTemplate(transactions).execute(tx -> {
				long id = editor.assignCoach(coach.principal(), alone.id(),
						new SupportForms.Coach(String.valueOf(coach.id()), "A"));
				firstMade.countDown();
				try {
					commit.await(30, java.util.concurrent.TimeUnit.SECONDS);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				return id;
			}));
			assertThat(firstMade.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
			var second = pool.submit(() -> editor.assignCoach(other.principal(), alone.id(),
					new SupportForms.Coach(String.valueOf(other.id()), "B")));
			Thread.sleep(500);
			commit.countDown();
			long firstId = first.get(30, java.util.concurrent.TimeUnit.SECONDS);
			assertThat(second.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(firstId);
		}
		finally {
			commit.countDown();
			pool.shutdownNow();
		}
		assertThat(data.count("initiatives_support_plan", "leader_id = :id", alone.id())).isOne();
		assertThat(data.count("initiatives_support_plan", "leader_id = :id and coach_id = " + other.id(), alone.id()))
			.isOne();
	}

	@Test
	void nulCharactersInJsonAreDroppedAndFarOffDatesAreFieldErrors() throws Exception {
		String created = mvc.perform(post("/api/v1/support-plans/" + leader.id() + "/help-requests").with(csrf())
			.with(leader.signedIn()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"category\":\"OTHER\\u0000\",\"body\":\"Nul\\u0000 inside\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.body").value("Nul inside"))
			.andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
		String answer = "/api/v1/support-plans/" + leader.id() + "/help-requests/" + id + "/answer";
		mvc.perform(post(answer).with(csrf()).with(coach.signedIn()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"answer\":\"\\u0000 \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("answer"));
		mvc.perform(post(answer).with(csrf()).with(coach.signedIn()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"answer\":\"Clean\\u0000 answer\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.answer").value("Clean answer"));

		mvc.perform(post("/initiatives/support/" + leader.id() + "/meetings").with(csrf()).with(coach.signedIn())
			.param("metOn", "0001-01-01").param("notes", "Long ago"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"metOn-error\"")))
			.andExpect(content().string(containsString("Long ago")));
		mvc.perform(post("/initiatives/support/" + leader.id() + "/actions").with(csrf()).with(coach.signedIn())
			.param("title", "Far away").param("owner", String.valueOf(leader.id())).param("dueOn", "9999-12-31"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"dueOn-error\"")))
			.andExpect(content().string(containsString("Far away")));
		assertThat(data.count("initiatives_support_meeting", "plan_id = :id", plan)).isZero();
		assertThat(data.count("initiatives_support_action", "plan_id = :id", plan)).isZero();
	}

	@Test
	void theReadLogShowsTheNewestReads() {
		var reads = new SupportReads(jdbc);
		var start = java.time.Instant.parse("2024-01-01T10:00:00Z");
		for (int i = 0; i < 5; i++) {
			reads.write(plan, coach.id(), SupportPlan.Read.PAGE, start.plusSeconds(i));
		}
		assertThat(reads.of(plan, 2)).extracting(SupportPlan.Read::readAt)
			.containsExactly(start.plusSeconds(4), start.plusSeconds(3));
	}

	@Test
	void supportEmailsNameNobodyWhileTheNotificationsInAgoraDo() throws Exception {
		long id = data.help(leader, "Private trouble");
		data.answer(leader, coach, id, "Private advice");
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
		List<Map<String, Object>> mail = List.of();
		while (System.nanoTime() < deadline) {
			mail = jdbc.sql("""
					select subject, body_text, body_html, unsubscribe_url from platform_mail
					where recipient in (:leader, :coach)""")
				.param("leader", leader.email())
				.param("coach", coach.email())
				.query()
				.listOfRows();
			if (mail.size() >= 3) {
				break;
			}
			Thread.sleep(200);
		}
		// the coach assigned (to the leader), the help requested (to the coach), the answer (to the leader)
		assertThat(mail).hasSize(3);
		for (var row : mail) {
			String all = String.valueOf(row.values());
			assertThat(all).doesNotContain(leader.name(), coach.name(), "/initiatives/support/", "Private");
			assertThat(row.get("subject")).isEqualTo("News in Agora");
			assertThat(String.valueOf(row.get("body_text"))).contains("personal support", "/initiatives/support");
			// the unsubscribe link names the group of discreet kinds, not what happened
			String payload = new String(java.util.Base64.getUrlDecoder().decode(String.valueOf(row.get("unsubscribe_url"))
				.replaceAll(".*token=([^.&]*).*", "$1")), java.nio.charset.StandardCharsets.UTF_8);
			assertThat(payload).endsWith(":discreet").doesNotContain("support.");
		}
		assertThat(jdbc.sql("""
				select args from notifications_notification where person_id = :coach and kind = 'support.helpRequested'""")
			.param("coach", coach.id()).query(String.class).single()).contains(leader.name());
		assertThat(jdbc.sql("""
				select args from notifications_notification where person_id = :leader and kind = 'support.helpAnswered'""")
			.param("leader", leader.id()).query(String.class).single()).contains(coach.name());
	}

	@Test
	void readsByOthersAreLoggedAndTheLeadersOwnAreNot() throws Exception {
		var manager = data.manager("Reading manager");
		mvc.perform(get("/initiatives/support/" + leader.id()).with(leader.signedIn())).andExpect(status().isOk());
		mvc.perform(get("/api/v1/support-plans/" + leader.id()).with(leader.signedIn())).andExpect(status().isOk());
		assertThat(data.count("initiatives_support_read", "plan_id = :id", plan)).isZero();

		mvc.perform(get("/initiatives/support/" + leader.id()).with(coach.signedIn())).andExpect(status().isOk());
		mvc.perform(get("/api/v1/support-plans/" + leader.id()).with(manager.signedIn())).andExpect(status().isOk());
		assertThat(data.count("initiatives_support_read", "plan_id = :id and reader_id = " + coach.id()
				+ " and channel = 'PAGE'", plan)).isOne();
		assertThat(data.count("initiatives_support_read", "plan_id = :id and reader_id = " + manager.id()
				+ " and channel = 'API'", plan)).isOne();
		// the managers' list is not a read of any plan
		mvc.perform(get("/initiatives/support").with(manager.signedIn())).andExpect(status().isOk());
		assertThat(data.count("initiatives_support_read", "plan_id = :id", plan)).isEqualTo(2);

		mvc.perform(get("/initiatives/support/" + leader.id()).with(leader.signedIn()))
			.andExpect(content().string(containsString("id=\"read-log\"")))
			.andExpect(content().string(containsString(manager.name())));
	}

	@Test
	void aLeaderWithoutACoachSeesWhoTheCommunityManagersAre() throws Exception {
		var alone = data.leader("Alone leader");
		mvc.perform(get("/initiatives/support").with(alone.signedIn()))
			.andExpect(redirectedUrl("/initiatives/support/" + alone.id()));
		mvc.perform(get("/initiatives/support/" + alone.id()).with(alone.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"no-coach\"")))
			.andExpect(content().string(containsString(coach.name())));
	}

	@Test
	void dueActionsAreRemindedOncePerDueDate() {
		long soon = data.action(leader, coach, "Due soon", LocalDate.now().plusDays(2));
		long later = data.action(leader, coach, "Due later", LocalDate.now().plusDays(30));
		jobs.remind(LocalDate.now());
		jobs.remind(LocalDate.now());
		assertThat(events.stream(SupportActionDue.class).filter(e -> e.actionId() == soon)).singleElement()
			.satisfies(e -> assertThat(e.ownerId()).isEqualTo(leader.id()));
		assertThat(events.stream(SupportActionDue.class).filter(e -> e.actionId() == later)).isEmpty();

		jdbc.sql("update initiatives_support_action set due_on = :due where id = :id")
			.param("due", java.sql.Date.valueOf(LocalDate.now().plusDays(1)))
			.param("id", soon)
			.update();
		jobs.remind(LocalDate.now());
		assertThat(events.stream(SupportActionDue.class).filter(e -> e.actionId() == soon)).hasSize(2);
	}
}
