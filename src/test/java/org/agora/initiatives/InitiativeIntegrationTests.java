package org.agora.initiatives;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.agora.discussions.SpaceFixtures;
import org.agora.discussions.SpaceFixtures.TestPerson;
import org.agora.platform.OrganizationClock;
import org.agora.platform.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Initiatives through their pages: registering, who changes them, status moves, the journal's rules and events. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class InitiativeIntegrationTests {

	/** People, units and initiatives of the initiatives tests, with names no other test uses. */
	static final class Data {

		final SpaceFixtures fixtures;

		final JdbcClient jdbc;

		final InitiativeEditor editor;

		Data(JdbcClient jdbc, InitiativeEditor editor) {
			this.jdbc = jdbc;
			this.editor = editor;
			this.fixtures = new SpaceFixtures(jdbc);
		}

		static String unique() {
			return UUID.randomUUID().toString().substring(0, 8);
		}

		TestPerson leader(String name) {
			return fixtures.leader(name + " " + unique());
		}

		TestPerson employee(String name) {
			return fixtures.employee(name + " " + unique());
		}

		TestPerson manager(String name) {
			return fixtures.manager(name + " " + unique());
		}

		TestPerson admin(String name) {
			return fixtures.person(name + " " + unique(), "en", Role.ADMIN);
		}

		TestPerson guest(String name) {
			return fixtures.guest(name + " " + unique());
		}

		long unit(String name) {
			var key = new GeneratedKeyHolder();
			jdbc.sql("insert into people_unit (code, name, kind, created_at) values (:code, :name, 'TEAM', current_timestamp)")
				.param("code", "T-" + unique())
				.param("name", name + " " + unique())
				.update(key, "id");
			return key.getKeyAs(Number.class).longValue();
		}

		static InitiativeForm form(long unit, String title, String start, String end) {
			return new InitiativeForm(String.valueOf(unit), "", title, "The goal of " + title, "LESSONS_LEARNED",
					"Shift engineers", start, end, null);
		}

		long initiative(TestPerson leader, long unit, String title) {
			return editor.create(leader.principal(), form(unit, title, "2026-01-01", "2026-12-31"));
		}

		/** An initiative moved along the given statuses by its leader. */
		long initiative(TestPerson leader, long unit, String title, InitiativeStatus... path) {
			long id = initiative(leader, unit, title);
			for (var status : path) {
				editor.move(leader.principal(), id, status, status == InitiativeStatus.STOPPED ? "No budget" : null,
						null);
			}
			return id;
		}

		String status(long id) {
			return jdbc.sql("select status from initiatives_initiative where id = :id").param("id", id)
				.query(String.class).single();
		}

		int count(String table, long initiativeId) {
			return jdbc.sql("select count(*) from " + table + " where initiative_id = :id").param("id", initiativeId)
				.query(Integer.class).single();
		}
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InitiativeEditor editor;

	@Autowired
	ApplicationEvents events;

	Data data;

	TestPerson leader;

	long unit;

	@BeforeEach
	void setUp() {
		data = new Data(jdbc, editor);
		leader = data.leader("Initiative leader");
		unit = data.unit("Pumping Station");
	}

	@Test
	void aLeaderRegistersAnIdeaThroughTheForm() throws Exception {
		String title = "Lessons from the pump failure " + Data.unique();
		mvc.perform(post("/initiatives").with(leader.signedIn()).with(csrf())
			.param("unitId", String.valueOf(unit)).param("title", title).param("goal", "Learn from it")
			.param("kind", "LESSONS_LEARNED").param("plannedStart", "2026-01-01").param("plannedEnd", "2026-06-30"))
			.andExpect(status().is3xxRedirection());
		long id = jdbc.sql("select id from initiatives_initiative where title = :t").param("t", title)
			.query(Long.class).single();
		assertThat(data.status(id)).isEqualTo("IDEA");
		mvc.perform(get("/initiatives/" + id).with(data.employee("Reader").signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(not(containsString("id=\"move-form\""))));
		mvc.perform(get("/initiatives").param("unit", String.valueOf(unit)).with(leader.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)));
	}

	static Stream<Arguments> badInitiatives() {
		return Stream.of(Arguments.of("", "2026-01-01", "2026-06-30", "unitId"),
				Arguments.of("UNIT", "2026-06-30", "2026-01-01", "plannedEnd"),
				Arguments.of("UNIT", "2026-01-01", "not a date", "plannedEnd"));
	}

	@ParameterizedTest
	@MethodSource("badInitiatives")
	void badInputNamesTheFieldKeepsTheTypingAndSavesNothing(String unitId, String start, String end, String field)
			throws Exception {
		String title = "Never saved " + Data.unique();
		mvc.perform(post("/initiatives").with(leader.signedIn()).with(csrf())
			.param("unitId", unitId.equals("UNIT") ? String.valueOf(unit) : unitId).param("title", title)
			.param("goal", "A goal").param("kind", "OTHER").param("plannedStart", start).param("plannedEnd", end))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"" + field + "-error\"")))
			.andExpect(content().string(containsString("value=\"" + title + "\"")));
		assertThat(jdbc.sql("select count(*) from initiatives_initiative where title = :t").param("t", title)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void employeesAndGuestsRegisterNoInitiatives() throws Exception {
		for (var person : List.of(data.employee("Employee"), data.guest("Guest"))) {
			mvc.perform(post("/initiatives").with(person.signedIn()).with(csrf())
				.param("unitId", String.valueOf(unit)).param("title", "Mine").param("goal", "G").param("kind", "OTHER"))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void aManagerNamesAnotherLeaderButALeaderCannot() throws Exception {
		var other = data.leader("Named leader");
		var manager = data.manager("Manager");
		long byManager = editor.create(manager.principal(), new InitiativeForm(String.valueOf(unit),
				String.valueOf(other.id()), "Named " + Data.unique(), "Goal", "EXPERT_DIRECTORY", "", "", "", null));
		assertThat(jdbc.sql("select leader_id from initiatives_initiative where id = :id").param("id", byManager)
			.query(Long.class).single()).isEqualTo(other.id());
		String title = "Not for me to name " + Data.unique();
		mvc.perform(post("/initiatives").with(leader.signedIn()).with(csrf()).param("unitId", String.valueOf(unit))
			.param("leaderId", String.valueOf(other.id())).param("title", title).param("goal", "G").param("kind", "OTHER"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Only a community manager names another leader.")));
		var employee = data.employee("Not a leader");
		mvc.perform(post("/initiatives").with(manager.signedIn()).with(csrf()).param("unitId", String.valueOf(unit))
			.param("leaderId", String.valueOf(employee.id())).param("title", title).param("goal", "G")
			.param("kind", "OTHER"))
			.andExpect(status().isBadRequest());
	}

	/** Change routes with what they send; each is tried by every kind of person. */
	static List<String> changeRoutes() {
		return List.of("edit-form", "edit", "status", "milestones", "updates", "obstacles", "outcomes");
	}

	private MockHttpServletRequestBuilder change(String route, long id) {
		String base = "/initiatives/" + id;
		return switch (route) {
			case "edit-form" -> get(base + "/edit");
			case "edit" -> post(base + "/edit").param("unitId", String.valueOf(unit)).param("title", "Renamed")
				.param("goal", "G").param("kind", "OTHER").param("version", "1");
			case "status" -> post(base + "/status").param("status", "PLANNED");
			case "milestones" -> post(base + "/milestones").param("title", "M").param("dueOn", "2026-03-01");
			case "updates" -> post(base + "/updates").param("body", "Progress");
			case "obstacles" -> post(base + "/obstacles").param("category", "RESISTANCE").param("description", "D");
			case "outcomes" -> post(base + "/outcomes").param("description", "Better handovers");
			default -> throw new IllegalArgumentException(route);
		};
	}

	@ParameterizedTest
	@MethodSource("changeRoutes")
	void onlyItsLeaderAndManagersChangeAnInitiative(String route) throws Exception {
		record Case(TestPerson person, boolean allowed) {
		}
		var cases = List.of(new Case(leader, true), new Case(data.leader("Other leader"), false),
				new Case(data.employee("Employee"), false), new Case(data.guest("Guest"), false),
				new Case(data.manager("Manager"), true), new Case(data.admin("Admin"), true));
		for (var c : cases) {
			long id = data.initiative(leader, unit, "Guarded " + Data.unique());
			var result = mvc.perform(change(route, id).with(c.person().signedIn()).with(csrf())).andReturn();
			int code = result.getResponse().getStatus();
			if (c.allowed()) {
				assertThat(code).as(route + " by " + c.person().name()).isIn(200, 302);
			}
			else {
				assertThat(code).as(route + " by " + c.person().name()).isEqualTo(403);
				assertThat(data.status(id)).isEqualTo("IDEA");
				assertThat(data.count("initiatives_update", id) + data.count("initiatives_milestone", id)
						+ data.count("initiatives_obstacle", id) + data.count("initiatives_outcome", id)).isZero();
			}
		}
	}

	@Test
	void aMissingInitiativeIsNotFoundBeforeAnythingElse() throws Exception {
		mvc.perform(post("/initiatives/999999999/updates").with(data.employee("Nosy").signedIn()).with(csrf())
			.param("body", "x")).andExpect(status().isNotFound());
	}

	@Test
	void theLifecyclePublishesLaunchOnceAndCompletion() throws Exception {
		long id = data.initiative(leader, unit, "Lifecycle " + Data.unique());
		for (String s : List.of("PLANNED", "ACTIVE", "STOPPED")) {
			mvc.perform(post("/initiatives/" + id + "/status").with(leader.signedIn()).with(csrf()).param("status", s)
				.param("stopReason", "Paused for the summer peak")).andExpect(status().is3xxRedirection());
		}
		// a stopped initiative resumes as planned; launching it again is no second launch
		for (String s : List.of("PLANNED", "ACTIVE", "COMPLETED")) {
			mvc.perform(post("/initiatives/" + id + "/status").with(leader.signedIn()).with(csrf()).param("status", s))
				.andExpect(status().is3xxRedirection());
		}
		assertThat(data.status(id)).isEqualTo("COMPLETED");
		assertThat(events.stream(InitiativeLaunched.class).filter(e -> e.initiativeId() == id)).hasSize(1);
		assertThat(events.stream(InitiativeCompleted.class).filter(e -> e.initiativeId() == id))
			.singleElement()
			.satisfies(e -> assertThat(e.path()).isEqualTo("/initiatives/" + id));
	}

	@Test
	void anIllegalMoveIsRefusedNamingBothStatuses() throws Exception {
		long id = data.initiative(leader, unit, "Done " + Data.unique(), InitiativeStatus.PLANNED,
				InitiativeStatus.ACTIVE, InitiativeStatus.COMPLETED);
		mvc.perform(post("/initiatives/" + id + "/status").with(leader.signedIn()).with(csrf()).param("status", "IDEA"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("An initiative cannot move from Completed to Idea.")));
		assertThat(data.status(id)).isEqualTo("COMPLETED");
	}

	@Test
	void stoppingNeedsAReason() throws Exception {
		long id = data.initiative(leader, unit, "Stop me " + Data.unique());
		mvc.perform(post("/initiatives/" + id + "/status").with(leader.signedIn()).with(csrf())
			.param("status", "STOPPED").param("stopReason", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"stopReason-error\"")));
		assertThat(data.status(id)).isEqualTo("IDEA");
	}

	@Test
	void aStaleEditIsAConflictAndChangesNothing() throws Exception {
		String title = "Versioned " + Data.unique();
		long id = data.initiative(leader, unit, title, InitiativeStatus.PLANNED);
		mvc.perform(post("/initiatives/" + id + "/edit").with(leader.signedIn()).with(csrf())
			.param("unitId", String.valueOf(unit)).param("title", "Stale title").param("goal", "G")
			.param("kind", "OTHER").param("version", "1"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone changed this initiative meanwhile")))
			.andExpect(content().string(containsString("name=\"version\" value=\"2\"")));
		assertThat(jdbc.sql("select title from initiatives_initiative where id = :id").param("id", id)
			.query(String.class).single()).isEqualTo(title);
	}

	@Test
	void aMilestoneAfterTheEndIsAFieldErrorOnDueOn() throws Exception {
		long id = data.initiative(leader, unit, "Bounded " + Data.unique());
		mvc.perform(post("/initiatives/" + id + "/milestones").with(leader.signedIn()).with(csrf())
			.param("title", "Too late").param("dueOn", "2027-01-15"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"dueOn-error\"")))
			.andExpect(content().string(containsString("value=\"Too late\"")));
		assertThat(data.count("initiatives_milestone", id)).isZero();
	}

	@Test
	void theAddFormsStayClosedUntilOneFailsAndThenThatOneIsOpen() throws Exception {
		long id = data.initiative(leader, unit, "Disclosed " + Data.unique());
		var closed = List.of("<details id=\"milestone-add\">", "<details class=\"mt-3\" id=\"obstacle-add\">",
				"<details class=\"mt-3\" id=\"outcome-add\">");
		String page = mvc.perform(get("/initiatives/" + id).with(leader.signedIn())).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains(closed).contains("id=\"obstacle-form\"", "id=\"outcome-submit\"");
		String failed = mvc.perform(post("/initiatives/" + id + "/obstacles").with(leader.signedIn()).with(csrf())
			.param("category", "RESISTANCE").param("description", " "))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString();
		assertThat(failed).contains("<details class=\"mt-3\" id=\"obstacle-add\" open>", closed.get(0), closed.get(2));
	}

	@Test
	void eachStatusHasABadgeColourOfItsOwn() throws Exception {
		long idea = data.initiative(leader, unit, "Idea badge " + Data.unique());
		long active = data.initiative(leader, unit, "Active badge " + Data.unique(), InitiativeStatus.PLANNED,
				InitiativeStatus.ACTIVE);
		mvc.perform(get("/initiatives/" + idea).with(leader.signedIn()))
			.andExpect(content().string(containsString("class=\"badge text-bg-light border fs-6\" id=\"initiative-status\"")));
		mvc.perform(get("/initiatives/" + active).with(leader.signedIn()))
			.andExpect(content().string(containsString("class=\"badge text-bg-success fs-6\" id=\"initiative-status\"")));
		mvc.perform(get("/initiatives").param("unit", String.valueOf(unit)).with(leader.signedIn()))
			.andExpect(content().string(containsString("badge text-bg-success status-active")))
			.andExpect(content().string(containsString("badge text-bg-light border status-idea")));
		assertThat(java.util.Arrays.stream(InitiativeStatus.values()).map(InitiativeStatus::badge).distinct())
			.hasSize(InitiativeStatus.values().length);
	}

	@Test
	void reachingAMilestonePublishesItOnce() throws Exception {
		long id = data.initiative(leader, unit, "Milestones " + Data.unique(), InitiativeStatus.PLANNED,
				InitiativeStatus.ACTIVE);
		mvc.perform(post("/initiatives/" + id + "/milestones").with(leader.signedIn()).with(csrf())
			.param("title", "Interviews done").param("dueOn", "2026-05-01")).andExpect(status().is3xxRedirection());
		long milestone = jdbc.sql("select id from initiatives_milestone where initiative_id = :id").param("id", id)
			.query(Long.class).single();
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/initiatives/" + id + "/milestones/" + milestone + "/reached").with(leader.signedIn())
				.with(csrf())).andExpect(status().is3xxRedirection());
		}
		assertThat(events.stream(InitiativeMilestoneReached.class).filter(e -> e.milestoneId() == milestone))
			.singleElement()
			.satisfies(e -> assertThat(e.milestone()).isEqualTo("Interviews done"));
	}

	static Stream<Arguments> badOutcomes() {
		return Stream.of(Arguments.of("Leak repair hours", "-4", "10", "ARTICLE", "", "valueBefore"),
				Arguments.of("Leak repair hours", "4", "", "ARTICLE", "", "valueAfter"),
				Arguments.of("", "4", "2", "ARTICLE", "", "measure"),
				Arguments.of("", "", "", "ARTICLE", "https://evil.example/knowledge/a/1", "links"),
				Arguments.of("", "", "", "ARTICLE", "//evil.example/knowledge/a/1", "links"),
				Arguments.of("", "", "", "EVENT", "/knowledge/a/12-wrong-kind", "links"),
				Arguments.of("", "", "", "COURSE", "/learning/../admin/users", "links"));
	}

	@ParameterizedTest
	@MethodSource("badOutcomes")
	void aBadOutcomeNamesItsFieldAndSavesNothing(String measure, String before, String after, String linkKind,
			String linkPath, String field) throws Exception {
		long id = data.initiative(leader, unit, "Outcomes " + Data.unique());
		mvc.perform(post("/initiatives/" + id + "/outcomes").with(leader.signedIn()).with(csrf())
			.param("description", "Faster repairs").param("measure", measure).param("valueBefore", before)
			.param("valueAfter", after).param("linkKind", linkKind).param("linkPath", linkPath)
			.param("linkLabel", "A label"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"" + field + "-error\"")))
			.andExpect(content().string(containsString("Faster repairs")));
		assertThat(data.count("initiatives_outcome", id)).isZero();
	}

	@Test
	void anOutcomeKeepsItsMeasureValuesAndLinks() throws Exception {
		long id = data.initiative(leader, unit, "Outcome kept " + Data.unique());
		mvc.perform(post("/initiatives/" + id + "/outcomes").with(leader.signedIn()).with(csrf())
			.param("description", "Handover checklist in use").param("measure", "Repeat call-outs")
			.param("measureUnit", "per month").param("valueBefore", "12").param("valueAfter", "7.5")
			.param("values", "APPLIED", "REALISED").param("linkKind", "ARTICLE", "EVENT")
			.param("linkPath", "/knowledge/a/42-handover-checklist", "/calendar/events/7")
			.param("linkLabel", "Handover checklist", "Q3 sharing session"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/initiatives/" + id).with(data.employee("Reader").signedIn()))
			.andExpect(content().string(containsString("Before <bdi>12 per month</bdi> · After <bdi>7.5 per month</bdi>")))
			.andExpect(content().string(containsString("href=\"/knowledge/a/42-handover-checklist\"")))
			.andExpect(content().string(containsString("Realised value")));
	}

	@Test
	void measureValuesReadAsTheReaderWritesNumbers() throws Exception {
		long id = data.initiative(leader, unit, "Large measure " + Data.unique());
		mvc.perform(post("/initiatives/" + id + "/outcomes").with(leader.signedIn()).with(csrf())
			.param("description", "Less water lost").param("measure", "Water lost").param("measureUnit", "m³")
			.param("valueBefore", "1234567.5").param("valueAfter", "0.25"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/initiatives/" + id).with(leader.signedIn()))
			.andExpect(content().string(containsString("Before <bdi>1,234,567.5 m³</bdi> · After <bdi>0.25 m³</bdi>")));
	}

	@Test
	void theListFiltersAndPages() throws Exception {
		long otherUnit = data.unit("Filtered");
		data.initiative(leader, otherUnit, "Active one", InitiativeStatus.PLANNED, InitiativeStatus.ACTIVE);
		data.initiative(leader, otherUnit, "Idea one");
		mvc.perform(get("/initiatives").param("unit", String.valueOf(otherUnit)).param("status", "ACTIVE")
			.with(leader.signedIn()))
			.andExpect(content().string(containsString("Active one")))
			.andExpect(content().string(not(containsString("Idea one"))));
		for (int i = 0; i < InitiativeController.PAGE_SIZE; i++) {
			data.initiative(leader, otherUnit, "Paged " + i);
		}
		mvc.perform(get("/initiatives").param("unit", String.valueOf(otherUnit)).param("page", "1")
			.with(leader.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Page 2 of 2")));
	}

	@Test
	void guestsSeeNoInitiatives() throws Exception {
		long id = data.initiative(leader, unit, "Internal " + Data.unique());
		mvc.perform(get("/initiatives/" + id).with(data.guest("Partner").signedIn())).andExpect(status().isForbidden());
		mvc.perform(get("/initiatives").with(data.guest("Partner").signedIn())).andExpect(status().isForbidden());
	}

	@Test
	void theHomePageTellsALeaderOfTheirOverdueMilestones() throws Exception {
		long id = data.initiative(leader, unit, "Late " + Data.unique(), InitiativeStatus.PLANNED);
		jdbc.sql("""
				insert into initiatives_milestone (initiative_id, title, due_on, created_at)
				values (:id, 'Late one', :due, current_timestamp)""")
			.param("id", id)
			.param("due", java.sql.Date.valueOf(LocalDate.now().minusDays(20)))
			.update();
		mvc.perform(get("/").with(leader.signedIn()))
			.andExpect(content().string(containsString("One milestone of your initiatives is overdue.")));
		mvc.perform(get("/").with(data.manager("Manager").signedIn()))
			.andExpect(content().string(containsString("overdue across the initiatives")));
	}

	@Test
	void theDailyJobRemindsTheLeaderOncePerDueDate() {
		long id = data.initiative(leader, unit, "Reminded " + Data.unique(), InitiativeStatus.PLANNED);
		jdbc.sql("""
				insert into initiatives_milestone (initiative_id, title, due_on, created_at)
				values (:id, 'Soon', :due, current_timestamp)""")
			.param("id", id).param("due", java.sql.Date.valueOf(clock.today().plusDays(3))).update();
		assertThat(events.stream(MilestoneDue.class).filter(e -> e.initiativeId() == id)).isEmpty();
		// as the scheduler calls it: the entry point, under the lock, not the reminder method itself
		jobs.run();
		jobs.run();
		assertThat(events.stream(MilestoneDue.class).filter(e -> e.initiativeId() == id))
			.singleElement()
			.satisfies(e -> assertThat(e.leaderId()).isEqualTo(leader.id()));
		await().atMost(Duration.ofSeconds(10)).until(() -> reminders(id) == 1);
	}

	private int reminders(long initiativeId) {
		return jdbc.sql("""
				select count(*) from notifications_notification
				where person_id = :p and kind = 'initiatives.milestoneDue' and link = :link""")
			.param("p", leader.id())
			.param("link", Initiative.path(initiativeId))
			.query(Integer.class)
			.single();
	}

	@Autowired
	OrganizationClock clock;

	@Autowired
	MilestoneJobs jobs;

	@Test
	void redirectsGoToTheInitiative() throws Exception {
		long id = data.initiative(leader, unit, "Redirect " + Data.unique());
		mvc.perform(post("/initiatives/" + id + "/updates").with(leader.signedIn()).with(csrf()).param("body", "Met"))
			.andExpect(header().string("Location", "/initiatives/" + id));
	}
}
