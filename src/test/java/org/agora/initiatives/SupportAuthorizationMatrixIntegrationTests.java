package org.agora.initiatives;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.agora.discussions.SpaceFixtures.TestPerson;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every support route, pages and API, GET and POST, for every role, on one leader's plan: who gets in is exactly the
 * table below, and nobody else. Allowed means the request reached the plan (a page, a redirect, JSON, or a field
 * error); denied means 403, which says nothing about whether a plan exists.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupportAuthorizationMatrixIntegrationTests {

	enum Who {
		GUEST, EMPLOYEE, LEADER, OTHER_LEADER, COACH, OTHER_MANAGER, ADMIN
	}

	/** A route, and who is let in: L is the leader's id, H a help request's, A an action's. */
	record Route(String method, String path, String body, Set<Who> allowed) {

		@Override
		public String toString() {
			return method + " " + path;
		}
	}

	private static final Set<Who> PLAN_READERS = Set.of(Who.LEADER, Who.COACH, Who.OTHER_MANAGER);

	private static final Set<Who> MANAGERS = Set.of(Who.COACH, Who.OTHER_MANAGER);

	static final List<Route> ROUTES = List.of(
			new Route("GET", "/initiatives/support", null,
					Set.of(Who.LEADER, Who.OTHER_LEADER, Who.COACH, Who.OTHER_MANAGER)),
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

	Map<Who, TestPerson> people;

	TestPerson leader;

	TestPerson coach;

	long help;

	long action;

	@BeforeAll
	void setUp() {
		var data = new SupportTestData(jdbc, editor);
		leader = data.leader("Matrix leader");
		coach = data.manager("Matrix coach");
		people = Map.of(Who.GUEST, data.guest("Matrix guest"), Who.EMPLOYEE, data.employee("Matrix employee"),
				Who.LEADER, leader, Who.OTHER_LEADER, data.leader("Matrix other leader"), Who.COACH, coach,
				Who.OTHER_MANAGER, data.manager("Matrix other manager"), Who.ADMIN, data.admin("Matrix admin"));
		data.plan(leader, coach);
		help = data.help(leader, "Matrix help");
		action = data.action(leader, coach, "Matrix action", LocalDate.now().plusDays(5));
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
		int status = perform(route, people.get(who));
		if (route.allowed().contains(who)) {
			assertThat(status).as("allowed: reaches the plan").isIn(200, 201, 302, 400);
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
		assertThat(allowed.maySeePlan(admin, 2L, 3L)).isTrue();
		assertThat(allowed.mayListPlans(admin)).isTrue();
		assertThat(allowed.maySeeReadLog(admin, 2L)).isTrue();
		// reading is all the property grants: admins never coach, assign, record, answer or ask
		assertThat(allowed.mayAssignCoach(admin)).isFalse();
		assertThat(allowed.mayRecordMeeting(admin, 2L, 3L)).isFalse();
		assertThat(allowed.mayAnswerHelp(admin, 2L, 3L)).isFalse();
		assertThat(allowed.mayAskForHelp(admin, 2L, 3L)).isFalse();
		assertThat(closed.maySeePlan(admin, 2L, 3L)).isFalse();
		assertThat(closed.mayListPlans(admin)).isFalse();
		assertThat(closed.maySeeReadLog(admin, 2L)).isFalse();
	}

	private int perform(Route route, TestPerson who) throws Exception {
		String path = route.path()
			.replace("/L", "/" + leader.id())
			.replace("/H/", "/" + help + "/")
			.replace("/A/", "/" + action + "/");
		MockHttpServletRequestBuilder request = "GET".equals(route.method()) ? get(path) : post(path).with(csrf());
		if (route.body() != null && !route.body().isEmpty()) {
			String body = route.body()
				.replace("YESTERDAY", LocalDate.now().minusDays(1).toString()).replace("TODAY", LocalDate.now().toString())
				.replace("owner=L", "owner=" + leader.id())
				.replace("coach=C", "coach=" + coach.id());
			request.contentType(body.startsWith("{") ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_FORM_URLENCODED)
				.content(body);
		}
		return mvc.perform(request.with(who.signedIn())).andReturn().getResponse().getStatus();
	}
}
