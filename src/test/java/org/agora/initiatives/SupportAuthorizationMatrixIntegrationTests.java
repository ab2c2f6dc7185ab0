package org.agora.initiatives;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.agora.discussions.SpaceFixtures.TestPerson;
import org.agora.people.People;
import org.agora.platform.security.AccountUser;
import org.agora.platform.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.ui.ExtendedModelMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every support route, pages and API, GET and POST, for every role, on one leader's plan: who gets in is exactly the
 * table below, and nobody else. Allowed means the request reached the plan (a page, a redirect, JSON, a field error,
 * or a conflict with what another allowed person did first); denied means 403, which says nothing about whether a
 * plan exists. The former coach is a knowledge leader who coached another leader and is no longer a community
 * manager: they pass the route rules, and the policy keeps them out of the plan they coached.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupportAuthorizationMatrixIntegrationTests {

	enum Who {
		GUEST, EMPLOYEE, LEADER, OTHER_LEADER, COACH, OTHER_MANAGER, ADMIN, FORMER_COACH
	}

	/** A leader's plan with its coach, a help request and an action, as the routes' L, H and A. */
	record Plan(TestPerson leader, TestPerson coach, long help, long action) {
	}

	/**
	 * A route, and who is let in: L is the leader's id, H a help request's, A an action's (of the plan the former
	 * coach coached, for them; of the one plan, for everyone else).
	 */
	record Route(String method, String path, String body, Set<Who> allowed) {

		@Override
		public String toString() {
			return method + " " + path;
		}
	}

	private static final Set<Who> PLAN_READERS = Set.of(Who.LEADER, Who.COACH, Who.OTHER_MANAGER);

	private static final Set<Who> MANAGERS = Set.of(Who.COACH, Who.OTHER_MANAGER);

	static final List<Route> ROUTES = List.of(
			// a leader is sent to their own plan; the former coach is a leader too
			new Route("GET", "/initiatives/support", null,
					Set.of(Who.LEADER, Who.OTHER_LEADER, Who.COACH, Who.OTHER_MANAGER, Who.FORMER_COACH)),
			new Route("GET", "/initiatives/support/L", null, PLAN_READERS),
			new Route("POST", "/initiatives/support/L/coach", "coach=C&focus=Focus", MANAGERS),
			new Route("POST", "/initiatives/support/L/meetings", "metOn=YESTERDAY&notes=Met", MANAGERS),
			new Route("POST", "/initiatives/support/L/actions", "title=Do&owner=L&dueOn=TODAY", PLAN_READERS),
			new Route("POST", "/initiatives/support/L/actions/A/done", "", PLAN_READERS),
			new Route("POST", "/initiatives/support/L/help-requests", "category=OTHER&body=Help", Set.of(Who.LEADER)),
			new Route("POST", "/initiatives/support/L/help-requests/H/answer", "answer=Yes", MANAGERS),
			new Route("GET", "/api/v1/support-plans", null, MANAGERS),
			new Route("GET", "/api/v1/support-plans/L", null, PLAN_READERS),
			new Route("POST", "/api/v1/support-plans/L/help-requests", "{\"category\":\"OTHER\",\"body\":\"Help\"}",
					Set.of(Who.LEADER)),
			new Route("POST", "/api/v1/support-plans/L/help-requests/H/answer", "{\"answer\":\"Yes\"}", MANAGERS));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SupportEditor editor;

	@Autowired
	SupportAccess access;

	@Autowired
	SupportRoster roster;

	@Autowired
	People peopleApi;

	Map<Who, TestPerson> people;

	TestPerson leader;

	TestPerson coach;

	Plan plan;

	/** The plan the former coach coached while a community manager. */
	Plan formerPlan;

	@BeforeAll
	void setUp() {
		var data = new SupportTestData(jdbc, editor);
		leader = data.leader("Matrix leader");
		coach = data.manager("Matrix coach");
		var formerLeader = data.leader("Matrix former coach's leader");
		var former = data.fixtures.person("Matrix former coach " + SupportTestData.unique(), "en", Role.EMPLOYEE,
				Role.KNOWLEDGE_LEADER, Role.COMMUNITY_MANAGER);
		data.plan(formerLeader, former);
		formerPlan = new Plan(formerLeader, former, data.help(formerLeader, "Former help"),
				data.action(formerLeader, former, "Former action", LocalDate.now().plusDays(5)));
		var formerCoach = data.withoutRole(former, Role.COMMUNITY_MANAGER);
		people = Map.of(Who.GUEST, data.guest("Matrix guest"), Who.EMPLOYEE, data.employee("Matrix employee"),
				Who.LEADER, leader, Who.OTHER_LEADER, data.leader("Matrix other leader"), Who.COACH, coach,
				Who.OTHER_MANAGER, data.manager("Matrix other manager"), Who.ADMIN, data.admin("Matrix admin"),
				Who.FORMER_COACH, formerCoach);
		data.plan(leader, coach);
		plan = new Plan(leader, coach, data.help(leader, "Matrix help"),
				data.action(leader, coach, "Matrix action", LocalDate.now().plusDays(5)));
	}

	Stream<Arguments> cases() {
		List<Arguments> cases = new ArrayList<>();
		for (Route route : ROUTES) {
			for (Who who : Who.values()) {
				cases.add(Arguments.of(route, who));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("cases")
	void everyRouteLetsInExactlyTheTable(Route route, Who who) throws Exception {
		int status = perform(route, who == Who.FORMER_COACH ? formerPlan : plan, people.get(who));
		if (route.allowed().contains(who)) {
			assertThat(status).as("allowed: reaches the plan").isIn(200, 201, 302, 400, 409);
		}
		else {
			assertThat(status).as("denied, without telling whether a plan exists").isEqualTo(403);
		}
	}

	@Test
	void anUnknownPersonIsNotFoundForThoseWhoPassTheRoutes() throws Exception {
		for (Who who : List.of(Who.LEADER, Who.COACH, Who.ADMIN)) {
			var person = people.get(who);
			assertThat(mvc.perform(get("/initiatives/support/987654321").with(person.signedIn())).andReturn()
				.getResponse().getStatus()).isEqualTo(404);
			assertThat(mvc.perform(get("/api/v1/support-plans/987654321").with(person.signedIn())).andReturn()
				.getResponse().getStatus()).isEqualTo(404);
		}
	}

	@Test
	void aPersonWhoIsNoLeaderAndHasNoPlanIsNotFoundEvenForManagers() throws Exception {
		long employee = people.get(Who.EMPLOYEE).id();
		assertThat(mvc.perform(get("/initiatives/support/" + employee).with(coach.signedIn())).andReturn()
			.getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void aLeaderWithoutAPlanIsForbiddenToOthersExactlyAsOneWithAPlan() throws Exception {
		var other = people.get(Who.OTHER_LEADER);
		int withPlan = mvc.perform(get("/initiatives/support/" + leader.id()).with(other.signedIn())).andReturn()
			.getResponse().getStatus();
		var planless = new SupportTestData(jdbc, editor).leader("Matrix planless");
		int withoutPlan = mvc.perform(get("/initiatives/support/" + planless.id()).with(other.signedIn())).andReturn()
			.getResponse().getStatus();
		assertThat(withPlan).isEqualTo(403).isEqualTo(withoutPlan);
	}

	@Test
	void adminsReadPlansOnlyWhereTheDeploymentSaysSo() {
		var admin = new AccountUser(1L, "a@agora.example", "Admin", Set.of(Role.ADMIN), "", true);
		var allowed = new InitiativesPolicy(true);
		var closed = new InitiativesPolicy(false);
		assertThat(allowed.maySeePlan(admin, 2L)).isTrue();
		assertThat(allowed.mayListPlans(admin)).isTrue();
		assertThat(allowed.maySeeReadLog(admin, 2L)).isTrue();
		// reading is all the property grants: admins never coach, assign, record, answer or ask
		assertThat(allowed.mayAssignCoach(admin)).isFalse();
		assertThat(allowed.mayRecordMeeting(admin, 2L, 3L)).isFalse();
		assertThat(allowed.mayAnswerHelp(admin, 2L, 3L)).isFalse();
		assertThat(allowed.mayAskForHelp(admin, 2L, 3L)).isFalse();
		assertThat(closed.maySeePlan(admin, 2L)).isFalse();
		assertThat(closed.mayListPlans(admin)).isFalse();
		assertThat(closed.maySeeReadLog(admin, 2L)).isFalse();
	}

	/**
	 * The list's routes let admins through and the policy answers: the list with the deployment property, 403
	 * without it (as the table above shows for this deployment).
	 */
	@Test
	void adminsGetTheListOnlyWhereTheDeploymentSaysSo() {
		var admin = people.get(Who.ADMIN).principal();
		var open = new InitiativesPolicy(true);
		var closed = new InitiativesPolicy(false);
		assertThat(new SupportController(access, editor, roster, open, peopleApi).home(admin, new ExtendedModelMap()))
			.isEqualTo("initiatives/supportList");
		assertThat(new SupportPlansApi(access, editor, roster, open).list(admin))
			.anySatisfy(line -> assertThat(line.leader().id()).isEqualTo(leader.id()));
		assertThatThrownBy(() -> new SupportController(access, editor, roster, closed, peopleApi).home(admin,
				new ExtendedModelMap())).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> new SupportPlansApi(access, editor, roster, closed).list(admin))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aCoachWhoIsNoLongerACommunityManagerNeitherReadsNorHearsOfThePlan() {
		var former = people.get(Who.FORMER_COACH).principal();
		var policy = new InitiativesPolicy(false);
		long leaderId = formerPlan.leader().id();
		long coachId = formerPlan.coach().id();
		assertThat(policy.maySeePlan(former, leaderId)).isFalse();
		assertThat(policy.mayRecordMeeting(former, leaderId, coachId)).isFalse();
		assertThat(policy.mayAgreeAction(former, leaderId, coachId)).isFalse();
		assertThat(policy.mayAnswerHelp(former, leaderId, coachId)).isFalse();
		assertThat(policy.maySeeReadLog(former, leaderId)).isFalse();
		// while a community manager, the coach could
		assertThat(policy.maySeePlan(formerPlan.coach().principal(), leaderId)).isTrue();
		assertThat(policy.mayAnswerHelp(formerPlan.coach().principal(), leaderId, coachId)).isTrue();
	}

	private int perform(Route route, Plan plan, TestPerson who) throws Exception {
		var leader = plan.leader();
		String path = route.path()
			.replace("/L", "/" + leader.id())
			.replace("/H/", "/" + plan.help() + "/")
			.replace("/A/", "/" + plan.action() + "/");
		MockHttpServletRequestBuilder request = "GET".equals(route.method()) ? get(path) : post(path).with(csrf());
		if (route.body() != null && !route.body().isEmpty()) {
			String body = route.body()
				.replace("YESTERDAY", LocalDate.now().minusDays(1).toString()).replace("TODAY", LocalDate.now().toString())
				.replace("owner=L", "owner=" + leader.id())
				.replace("coach=C", "coach=" + plan.coach().id());
			request.contentType(body.startsWith("{") ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_FORM_URLENCODED)
				.content(body);
		}
		return mvc.perform(request.with(who.signedIn())).andReturn().getResponse().getStatus();
	}
}
