package org.agora.initiatives;

import java.util.List;

import org.agora.Personas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The projects API: the same rules as the pages, problem details naming the field, and the demo's two projects. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ProjectsApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProjectEditor editor;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationEvents published;

	ProjectTestData data;

	@BeforeEach
	void setUp() {
		data = new ProjectTestData(jdbc, editor);
	}

	@Test
	void aLeaderStartsAProjectAndAnEmployeeCannot() throws Exception {
		mvc.perform(json(post("/api/v1/projects"), "{\"title\":\"API project\",\"goal\":\"Shared lessons\"}")
			.with(data.outsider.signedIn()))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/projects/")))
			.andExpect(jsonPath("$.leadId").value(data.outsider.id()))
			.andExpect(jsonPath("$.members[0].personId").value(data.outsider.id()));
		mvc.perform(json(post("/api/v1/projects"), "{\"title\":\"\",\"goal\":\"No title\"}").with(data.outsider.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("title"));
		mvc.perform(json(post("/api/v1/projects"), "{\"title\":\"T\",\"goal\":\"G\"}").with(data.employee.signedIn()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theOrganizationReadsProjectsAndGuestsDoNot() throws Exception {
		mvc.perform(get("/api/v1/projects/" + data.projectId).with(data.employee.signedIn())).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.member").value(false));
		mvc.perform(get("/api/v1/projects?mine=true").with(data.member.signedIn())).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem((int) data.projectId)));
		mvc.perform(get("/api/v1/projects").with(data.guest.signedIn())).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/projects/99999999").with(data.employee.signedIn())).andExpect(status().isNotFound());
	}

	@Test
	void tasksAreAddedAssignedAndMovedByMembersWithTheEvents() throws Exception {
		mvc.perform(json(post("/api/v1/projects/" + data.projectId + "/tasks"),
				"{\"title\":\"Outside\",\"assigneeId\":" + data.outsider.id() + "}").with(data.member.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("assigneeId"));
		mvc.perform(json(post("/api/v1/projects/" + data.projectId + "/tasks"), "{\"title\":\"Not a member\"}")
			.with(data.outsider.signedIn())).andExpect(status().isForbidden());
		assertThat(data.count("initiatives_task", "")).isZero();

		String location = mvc.perform(json(post("/api/v1/projects/" + data.projectId + "/tasks"),
				"{\"title\":\"Interview guide\",\"dueOn\":\"2031-05-01\"}").with(data.member.signedIn()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("TODO"))
			.andReturn().getResponse().getHeader("Location");
		long task = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		String taskPath = "/api/v1/projects/" + data.projectId + "/tasks/" + task;

		mvc.perform(json(patch(taskPath), "{\"assigneeId\":" + data.lead.id() + ",\"status\":\"DONE\"}")
			.with(data.member.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.assigneeId").value(data.lead.id()));
		assertThat(published.stream(ProjectTaskAssigned.class).filter(e -> e.taskId() == task)).hasSize(1);
		assertThat(published.stream(ProjectTaskCompleted.class).filter(e -> e.taskId() == task)
			.map(ProjectTaskCompleted::completedBy)).containsExactly(data.member.id());
		mvc.perform(json(patch(taskPath), "{\"status\":\"DONE\"}").with(data.manager.signedIn()))
			.andExpect(status().isOk());
		assertThat(published.stream(ProjectTaskCompleted.class).filter(e -> e.taskId() == task)).hasSize(1);
		mvc.perform(json(patch(taskPath), "{\"status\":\"SOMEDAY\"}").with(data.member.signedIn()))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
		mvc.perform(json(patch(taskPath), "{\"status\":\"TODO\"}").with(data.employee.signedIn()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aChangeWithOneBadFieldSavesNeitherPart() throws Exception {
		long task = taskFor(null);
		String taskPath = "/api/v1/projects/" + data.projectId + "/tasks/" + task;

		mvc.perform(json(patch(taskPath), "{\"assigneeId\":" + data.lead.id() + ",\"status\":\"bogus\"}")
			.with(data.member.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		assertThat(assignee(task)).isNull();
		assertThat(published.stream(ProjectTaskAssigned.class).filter(e -> e.taskId() == task)).isEmpty();

		mvc.perform(json(patch(taskPath), "{\"assigneeId\":" + data.outsider.id() + ",\"status\":\"DONE\"}")
			.with(data.member.signedIn()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("assigneeId"));
		assertThat(data.taskStatus(task)).isEqualTo("TODO");
		assertThat(published.stream(ProjectTaskCompleted.class).filter(e -> e.taskId() == task)).isEmpty();

		mvc.perform(json(patch(taskPath), "{\"assigneeId\":" + data.lead.id() + ",\"status\":\"DONE\"}")
			.with(data.member.signedIn()))
			.andExpect(status().isOk());
		assertThat(published.stream(ProjectTaskCompleted.class).filter(e -> e.taskId() == task)
			.map(ProjectTaskCompleted::assigneeId)).containsExactly(data.lead.id());
	}

	@Test
	void nulCharactersInJsonAreDroppedAndFarOffDueDatesAreFieldErrors() throws Exception {
		String tasks = "/api/v1/projects/" + data.projectId + "/tasks";
		mvc.perform(json(post(tasks), "{\"title\":\"Inter\\u0000view guide\",\"description\":\"Two\\u0000 parts\"}")
			.with(data.member.signedIn()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.title").value("Interview guide"))
			.andExpect(jsonPath("$.description").value("Two parts"));
		for (String far : List.of("9999-12-31", "0001-01-01", "2200-01-01")) {
			mvc.perform(json(post(tasks), "{\"title\":\"Far off\",\"dueOn\":\"" + far + "\"}").with(data.member.signedIn()))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("dueOn"));
		}
		assertThat(data.count("initiatives_task", "title = 'Far off'")).isZero();

		mvc.perform(json(post("/api/v1/projects"), "{\"title\":\"Nul\\u0000 project\",\"goal\":\"G\\u0000oal\",\"lead\":\""
				+ data.outsider.email() + "\\u0000\"}").with(data.manager.signedIn()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.title").value("Nul project"))
			.andExpect(jsonPath("$.goal").value("Goal"))
			.andExpect(jsonPath("$.leadId").value(data.outsider.id()));
		mvc.perform(json(post("/api/v1/projects/" + data.projectId + "/join"), "{\"message\":\"Count\\u0000 me in\"}")
			.with(data.employee.signedIn())).andExpect(status().isCreated());
		assertThat(jdbc.sql("select message from initiatives_join_request where project_id = :p")
			.param("p", data.projectId).query(String.class).single()).isEqualTo("Count me in");
	}

	@Test
	void joiningAsksTheLeadOnce() throws Exception {
		String join = "/api/v1/projects/" + data.projectId + "/join";
		mvc.perform(json(post(join), "{\"message\":\"Count me in\"}").with(data.employee.signedIn()))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PENDING"));
		mvc.perform(json(post(join), "{}").with(data.employee.signedIn())).andExpect(status().isConflict());
		mvc.perform(json(post(join), "{}").with(data.lead.signedIn())).andExpect(status().isConflict());
		mvc.perform(json(post(join), "{\"message\":\"" + "x".repeat(1001) + "\"}").with(data.outsider.signedIn()))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("message"));
		assertThat(data.count("initiatives_join_request", "")).isEqualTo(1);
	}

	@Test
	void theDemoHasTwoProjectsWithAnOverdueTaskAPendingRequestAndAFile() throws Exception {
		var leader = Personas.user(users, Personas.LEADER);
		var library = jdbc.sql("select id from initiatives_project where title = 'Cross-unit lessons-learned library'")
			.query(Long.class).single();
		mvc.perform(get("/api/v1/projects/" + library).with(Personas.as(users, Personas.LEADER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.leadId").value(leader.personId()))
			.andExpect(jsonPath("$.members.length()").value(4))
			.andExpect(jsonPath("$.tasks[?(@.overdue == true)]").isNotEmpty());
		assertThat(jdbc.sql("select count(distinct status) from initiatives_task where project_id = :p").param("p", library)
			.query(Integer.class).single()).isEqualTo(3);
		assertThat(jdbc.sql("select count(*) from initiatives_join_request where project_id = :p and status = 'PENDING'")
			.param("p", library).query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from initiatives_project_file where project_id = :p").param("p", library)
			.query(Integer.class).single()).isEqualTo(1);
		var manager = Personas.user(users, Personas.MANAGER);
		assertThat(jdbc.sql("""
				select count(*) from initiatives_project p join initiatives_project_member m on m.project_id = p.id
				where p.title = 'Retiring-experts interview series' and m.person_id = :manager""")
			.param("manager", manager.personId()).query(Integer.class).single()).isEqualTo(1);
	}

	private long taskFor(Long assignee) throws Exception {
		String location = mvc.perform(json(post("/api/v1/projects/" + data.projectId + "/tasks"),
				"{\"title\":\"Task " + ProjectTestData.unique() + "\"" + (assignee == null ? "" : ",\"assigneeId\":" + assignee)
						+ "}").with(data.member.signedIn()))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getHeader("Location");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private Long assignee(long task) {
		return jdbc.sql("select assignee_id from initiatives_task where id = :id").param("id", task)
			.query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1, Long.class))).single().orElse(null);
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf());
	}
}
