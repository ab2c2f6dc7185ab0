package org.agora.initiatives;

import java.util.List;

import org.agora.discussions.SpaceFixtures.TestPerson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The joint project pages: starting one, the charter, members and joining, the board, updates and files. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ProjectPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProjectEditor editor;

	@Autowired
	TaskBoard board;

	@Autowired
	ApplicationEvents published;

	ProjectTestData data;

	@BeforeEach
	void setUp() {
		data = new ProjectTestData(jdbc, editor);
	}

	@Test
	void aLeaderStartsAProjectAndIsItsLeadAndFirstMember() throws Exception {
		String title = "Interview series " + ProjectTestData.unique();
		String location = mvc.perform(post("/initiatives/projects").param("title", title).param("goal", "Keep what experts know")
			.with(data.outsider.signedIn()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/initiatives/projects/*"))
			.andReturn().getResponse().getRedirectedUrl();

		mvc.perform(get(location).with(data.outsider.signedIn())).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"project-title\" dir=\"auto\">" + title + "</h1>")))
			.andExpect(content().string(containsString("id=\"edit-charter\"")))
			.andExpect(content().string(containsString("id=\"tab-projects\" aria-current=\"page\"")));
		assertThat(published.stream(ProjectCreated.class).filter(e -> e.title().equals(title))
			.map(ProjectCreated::leadId)).containsExactly(data.outsider.id());
		mvc.perform(get("/initiatives/projects?show=mine").with(data.outsider.signedIn()))
			.andExpect(content().string(containsString(title)));
		mvc.perform(get("/initiatives/projects?show=mine").with(data.employee.signedIn()))
			.andExpect(content().string(not(containsString(title))));
	}

	@Test
	void aMissingTitleNamesTheFieldKeepsTheTypingAndSavesNothing() throws Exception {
		String goal = "Kept goal " + ProjectTestData.unique();
		mvc.perform(post("/initiatives/projects").param("title", " ").param("goal", goal)
			.with(data.outsider.signedIn()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"title-error\">Give it a title.")))
			.andExpect(content().string(containsString(">" + goal + "</textarea>")));
		assertThat(jdbc.sql("select count(*) from initiatives_project where goal = :g").param("g", goal)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void employeesAndGuestsStartNoProjectAndGuestsSeeNone() throws Exception {
		mvc.perform(get("/initiatives/projects/new").with(data.employee.signedIn())).andExpect(status().isForbidden());
		mvc.perform(post("/initiatives/projects").param("title", "T").param("goal", "G")
			.with(data.employee.signedIn()).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get(data.path()).with(data.guest.signedIn())).andExpect(status().isForbidden());
		mvc.perform(get(data.path()).with(data.employee.signedIn())).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"join-form\"")))
			.andExpect(content().string(not(containsString("id=\"task-form\""))));
		mvc.perform(get("/initiatives/projects/99999999").with(data.employee.signedIn())).andExpect(status().isNotFound());
	}

	@Test
	void theCharterIsChangedByTheLeadAndManagersOnlyAndOnTheStoredVersion() throws Exception {
		for (TestPerson denied : List.of(data.member, data.outsider, data.employee)) {
			mvc.perform(get(data.path() + "/edit").with(denied.signedIn())).andExpect(status().isForbidden());
			save(denied, "Taken over", 1).andExpect(status().isForbidden());
		}
		save(data.lead, "Renamed by the lead", 1).andExpect(status().is3xxRedirection());
		save(data.manager, "Saved on an old version", 1).andExpect(status().isConflict())
			.andExpect(content().string(containsString("value=\"Saved on an old version\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"2\"")));
		save(data.admin, "Renamed by an admin", 2).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select title from initiatives_project where id = :id").param("id", data.projectId)
			.query(String.class).single()).isEqualTo("Renamed by an admin");

		mvc.perform(post(data.path() + "/edit").param("title", "Lead handed on").param("goal", "G")
			.param("lead", data.outsider.email()).param("version", "3").with(data.lead.signedIn()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Only a community manager names another lead.")));
	}

	@Test
	void theStatusMovesAndAClosedProjectTakesNoWork() throws Exception {
		mvc.perform(post(data.path() + "/status").param("status", "COMPLETED").with(data.member.signedIn()).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post(data.path() + "/status").param("status", "COMPLETED").with(data.lead.signedIn()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(data.path() + "/tasks").param("title", "Too late").with(data.member.signedIn()).with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(post(data.path() + "/status").param("status", "ACTIVE").with(data.manager.signedIn()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(data.path() + "/tasks").param("title", "Reopened").with(data.member.signedIn()).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void theLeadAddsAndRemovesMembersButNotThemselves() throws Exception {
		mvc.perform(post(data.path() + "/members").param("member", data.employee.email()).with(data.member.signedIn())
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(data.path() + "/members").param("member", data.guest.email()).with(data.lead.signedIn())
			.with(csrf())).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"member-error\"")))
			.andExpect(content().string(containsString("value=\"" + data.guest.email() + "\"")));
		mvc.perform(post(data.path() + "/members").param("member", data.employee.email()).with(data.lead.signedIn())
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(published.stream(ProjectMemberJoined.class).filter(e -> e.projectId() == data.projectId)
			.map(ProjectMemberJoined::personId)).contains(data.employee.id());
		mvc.perform(post(data.path() + "/members/" + data.lead.id() + "/remove").with(data.manager.signedIn()).with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(post(data.path() + "/members/" + data.employee.id() + "/remove").with(data.lead.signedIn())
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(data.count("initiatives_project_member", "")).isEqualTo(2);
	}

	@Test
	void aNonMemberAsksToJoinOnceAndTheLeadAccepts() throws Exception {
		mvc.perform(post(data.path() + "/join").param("message", "I run the solar lessons").with(data.outsider.signedIn())
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post(data.path() + "/join").with(data.outsider.signedIn()).with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(post(data.path() + "/join").with(data.member.signedIn()).with(csrf())).andExpect(status().isConflict());
		assertThat(published.stream(ProjectJoinRequested.class).filter(e -> e.projectId() == data.projectId)
			.map(ProjectJoinRequested::leadId)).containsExactly(data.lead.id());
		long request = jdbc.sql("select id from initiatives_join_request where project_id = :p and status = 'PENDING'")
			.param("p", data.projectId).query(Long.class).single();

		mvc.perform(get(data.path()).with(data.lead.signedIn()))
			.andExpect(content().string(containsString("I run the solar lessons")));
		mvc.perform(get(data.path()).with(data.member.signedIn()))
			.andExpect(content().string(not(containsString("I run the solar lessons"))));
		mvc.perform(post(data.path() + "/requests/" + request + "/accept").with(data.member.signedIn()).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post(data.path() + "/requests/" + request + "/accept").with(data.lead.signedIn()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(data.count("initiatives_project_member", "person_id = " + data.outsider.id())).isEqualTo(1);
		mvc.perform(post(data.path() + "/requests/" + request + "/decline").with(data.lead.signedIn()).with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(post(data.path() + "/requests/99999999/decline").with(data.lead.signedIn()).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aTaskForSomeoneOutsideTheProjectIsAFieldErrorAndNothingIsSaved() throws Exception {
		mvc.perform(post(data.path() + "/tasks").param("title", "Kept task title").param("assigneeId",
				String.valueOf(data.outsider.id())).with(data.member.signedIn()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"assigneeId-error\">Assign the task to a member of the project.")))
			.andExpect(content().string(containsString("value=\"Kept task title\"")));
		mvc.perform(post(data.path() + "/tasks").param("title", "").with(data.member.signedIn()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"title-error\"")));
		assertThat(data.count("initiatives_task", "")).isZero();
	}

	@Test
	void membersAndManagersWorkTheBoardOthersDoNot() throws Exception {
		for (TestPerson denied : List.of(data.outsider, data.employee)) {
			mvc.perform(post(data.path() + "/tasks").param("title", "Not mine").with(denied.signedIn()).with(csrf()))
				.andExpect(status().isForbidden());
		}
		mvc.perform(post(data.path() + "/tasks").param("title", "Not a guest's").with(data.guest.signedIn()).with(csrf()))
			.andExpect(status().isForbidden());
		for (TestPerson allowed : List.of(data.lead, data.member, data.manager, data.admin)) {
			mvc.perform(post(data.path() + "/tasks").param("title", "Task by " + allowed.name())
				.with(allowed.signedIn()).with(csrf())).andExpect(status().is3xxRedirection());
		}
		assertThat(data.count("initiatives_task", "")).isEqualTo(4);
	}

	@Test
	void movingACardToDoneCompletesItEveryTimeAndHtmxGetsTheBoardOnly() throws Exception {
		long task = board.add(data.lead.principal(), data.projectId,
				new TaskForm("Tag the lessons", "", String.valueOf(data.member.id()), "2000-01-01"));
		assertThat(published.stream(ProjectTaskAssigned.class).filter(e -> e.taskId() == task)
			.map(ProjectTaskAssigned::assigneeId)).containsExactly(data.member.id());
		mvc.perform(get(data.path()).with(data.member.signedIn()))
			.andExpect(content().string(containsString("Overdue")))
			.andExpect(content().string(containsString("<section class=\"col-md-4\" aria-labelledby=\"column-TODO\"")));

		move(task, "DOING", false).andExpect(status().is3xxRedirection());
		move(task, "DONE", true).andExpect(status().isOk())
			.andExpect(content().string(containsString("<section id=\"board\"")))
			.andExpect(content().string(not(containsString("<html"))));
		move(task, "DOING", false);
		move(task, "DONE", false);
		assertThat(data.taskStatus(task)).isEqualTo("DONE");
		assertThat(published.stream(ProjectTaskCompleted.class).filter(e -> e.taskId() == task)).hasSize(2)
			.allSatisfy(e -> assertThat(e.assigneeId()).isEqualTo(data.member.id()));

		mvc.perform(post(data.path() + "/tasks/" + task + "/move").param("status", "TODO").with(data.employee.signedIn())
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(data.taskStatus(task)).isEqualTo("DONE");
	}

	@Test
	void filesAreSharedByMembersReadByTheOrganizationAndRemovedByUploaderLeadOrManager() throws Exception {
		upload(data.employee, "notes.txt", "Not a member".getBytes()).andExpect(status().isForbidden());
		upload(data.member, "big.txt", "a".repeat(5 * 1024 * 1024 + 1).getBytes()).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"files-error\">A file has at most 5 MB.")));
		assertThat(data.count("initiatives_project_file", "")).isZero();

		upload(data.member, "shift notes.txt", "Night shift notes".getBytes()).andExpect(status().is3xxRedirection());
		long file = jdbc.sql("select id from initiatives_project_file where project_id = :p").param("p", data.projectId)
			.query(Long.class).single();
		mvc.perform(get(data.path() + "/files/" + file).with(data.employee.signedIn())).andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().string("Night shift notes"));
		mvc.perform(get(data.path() + "/files/" + file).with(data.guest.signedIn())).andExpect(status().isForbidden());
		mvc.perform(post(data.path() + "/files/" + file + "/remove").with(data.outsider.signedIn()).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post(data.path() + "/files/" + file + "/remove").with(data.lead.signedIn()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(data.count("initiatives_project_file", "removed_at is not null")).isEqualTo(1);
		mvc.perform(get(data.path() + "/files/" + file).with(data.member.signedIn())).andExpect(status().isNotFound());
	}

	@Test
	void membersPostUpdatesAndAnEmptyOneIsAFieldError() throws Exception {
		mvc.perform(post(data.path() + "/updates").param("body", "Not a member").with(data.outsider.signedIn())
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(data.path() + "/updates").param("body", "  ").with(data.member.signedIn()).with(csrf()))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"body-error\"")));
		mvc.perform(post(data.path() + "/updates").param("body", "Reviews are in").with(data.member.signedIn())
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get(data.path()).with(data.employee.signedIn()))
			.andExpect(content().string(containsString("Reviews are in")));
		assertThat(data.count("initiatives_project_update", "")).isEqualTo(1);
	}

	@Test
	void theHomePageNamesDueTasksAndRequestsWaitingForTheLead() throws Exception {
		board.add(data.lead.principal(), data.projectId, new TaskForm("Due soon", "", String.valueOf(data.member.id()),
				java.time.LocalDate.now().plusDays(1).toString()));
		mvc.perform(post(data.path() + "/join").with(data.employee.signedIn()).with(csrf()));
		mvc.perform(get("/").with(data.member.signedIn()))
			.andExpect(content().string(containsString("One project task assigned to you is due or overdue.")));
		mvc.perform(get("/").with(data.lead.signedIn()))
			.andExpect(content().string(containsString("One person asks to join a project you lead.")));
	}

	private ResultActions save(TestPerson who, String title, int version) throws Exception {
		return mvc.perform(post(data.path() + "/edit").param("title", title).param("goal", "Goal")
			.param("version", String.valueOf(version)).with(who.signedIn()).with(csrf()));
	}

	private ResultActions move(long task, String to, boolean htmx) throws Exception {
		var request = post(data.path() + "/tasks/" + task + "/move").param("status", to).with(data.member.signedIn())
			.with(csrf());
		if (htmx) {
			request.header("HX-Request", "true");
		}
		return mvc.perform(request);
	}

	private ResultActions upload(TestPerson who, String name, byte[] data) throws Exception {
		return mvc.perform(multipart(this.data.path() + "/files")
			.file(new MockMultipartFile("files", name, "text/plain", data)).with(who.signedIn()).with(csrf()));
	}
}
