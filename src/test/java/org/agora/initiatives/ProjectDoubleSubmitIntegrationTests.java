package org.agora.initiatives;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.agora.platform.web.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two clicks, or two people, doing the same thing at once: the first change stands, the second is refused with a
 * clear message (or finds it done), never a server error, a second event or a half-saved state.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ProjectDoubleSubmitIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProjectEditor editor;

	@Autowired
	TaskBoard board;

	@Autowired
	JoinRequests joins;

	@Autowired
	Projects projects;

	@Autowired
	ApplicationEvents published;

	ProjectTestData data;

	@BeforeEach
	void setUp() {
		data = new ProjectTestData(jdbc, editor);
	}

	@Test
	void ofTwoMovesToDoneMadeOnTheSameBoardOnlyTheFirstCompletesTheTask() {
		long task = board.add(data.lead.principal(), data.projectId,
				new TaskForm("Tag the lessons", "", String.valueOf(data.member.id()), ""));
		board.move(data.member.principal(), data.projectId, task, "DOING");
		var seenByBoth = projects.task(data.projectId, task).orElseThrow();

		board.change(data.member.principal(), seenByBoth, TaskBoard.TaskChange.moveTo("DONE"));
		assertThatThrownBy(() -> board.change(data.lead.principal(), seenByBoth, TaskBoard.TaskChange.moveTo("DONE")))
			.isInstanceOf(ProjectConflict.class)
			.extracting(e -> ((ProjectConflict) e).messageKey())
			.isEqualTo("projects.error.taskMovedMeanwhile");

		assertThat(data.taskStatus(task)).isEqualTo("DONE");
		assertThat(published.stream(ProjectTaskCompleted.class).filter(e -> e.taskId() == task)
			.map(ProjectTaskCompleted::completedBy)).containsExactly(data.member.id());
		// the same move sent again after the first is plainly done already: no second completion either
		board.move(data.lead.principal(), data.projectId, task, "DONE");
		assertThat(published.stream(ProjectTaskCompleted.class).filter(e -> e.taskId() == task)).hasSize(1);
	}

	@Test
	void ofTwoAssignmentsMadeOnTheSameBoardOnlyTheFirstIsSaved() {
		long task = board.add(data.lead.principal(), data.projectId, new TaskForm("Interview guide", "", "", ""));
		var seenByBoth = projects.task(data.projectId, task).orElseThrow();

		board.change(data.lead.principal(), seenByBoth, TaskBoard.TaskChange.assignTo(String.valueOf(data.member.id())));
		assertThatThrownBy(() -> board.change(data.member.principal(), seenByBoth,
				TaskBoard.TaskChange.assignTo(String.valueOf(data.lead.id()))))
			.isInstanceOf(ProjectConflict.class);

		assertThat(jdbc.sql("select assignee_id from initiatives_task where id = :id").param("id", task)
			.query(Long.class).single()).isEqualTo(data.member.id());
		assertThat(published.stream(ProjectTaskAssigned.class).filter(e -> e.taskId() == task)
			.map(ProjectTaskAssigned::assigneeId)).containsExactly(data.member.id());
	}

	@Test
	void aRequestAnsweredTwiceKeepsItsFirstAnswerAndSaysSo() throws Exception {
		long request = joins.ask(data.outsider.principal(), data.projectId, "");
		String accept = data.path() + "/requests/" + request + "/accept";
		String decline = data.path() + "/requests/" + request + "/decline";

		mvc.perform(post(accept).with(data.lead.signedIn()).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post(accept).with(data.lead.signedIn()).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("This request was answered already; that answer stands.")));
		mvc.perform(post(decline).with(data.manager.signedIn()).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("role=\"alert\">This request was answered already")));

		assertThat(requestStatus(request)).isEqualTo("ACCEPTED");
		assertThat(data.count("initiatives_project_member", "person_id = " + data.outsider.id())).isEqualTo(1);
		assertThat(published.stream(ProjectMemberJoined.class)
			.filter(e -> e.projectId() == data.projectId && e.personId() == data.outsider.id())).hasSize(1);
	}

	@Test
	void aDeclineAndAnAcceptAtOnceLeaveOneAnswerThatMatchesTheMembers() throws Exception {
		long request = joins.ask(data.outsider.principal(), data.projectId, "");

		var outcomes = atOnce(() -> {
			joins.decide(data.lead.principal(), data.projectId, request, true);
			return "accepted";
		}, () -> {
			joins.decide(data.manager.principal(), data.projectId, request, false);
			return "declined";
		});

		assertThat(outcomes).filteredOn(o -> o instanceof String).hasSize(1);
		assertThat(outcomes).filteredOn(o -> o instanceof ProjectConflict).hasSize(1);
		boolean member = data.count("initiatives_project_member", "person_id = " + data.outsider.id()) == 1;
		assertThat(requestStatus(request)).isEqualTo(member ? "ACCEPTED" : "DECLINED");
	}

	@Test
	void addingSomeoneWhoIsAMemberAlreadyIsAFieldErrorEvenWhenTwoAddThemAtOnce() throws Exception {
		mvc.perform(post(data.path() + "/members").param("member", data.member.email()).with(data.lead.signedIn())
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"member-error\"")));

		var outcomes = atOnce(() -> {
			editor.addMember(data.lead.principal(), data.projectId, data.employee.email());
			return "added";
		}, () -> {
			editor.addMember(data.manager.principal(), data.projectId, data.employee.email());
			return "added";
		});

		assertThat(outcomes).filteredOn(o -> o instanceof String).hasSize(1);
		assertThat(outcomes).filteredOn(o -> o instanceof Throwable)
			.singleElement()
			.satisfies(e -> assertThat((Throwable) e).isExactlyInstanceOf(InvalidInputException.class)
				.hasMessage("They are a member already."));
		assertThat(data.count("initiatives_project_member", "person_id = " + data.employee.id())).isEqualTo(1);
	}

	@Test
	void aRequestToJoinSentTwiceAtOnceIsSavedOnce() throws Exception {
		var outcomes = atOnce(() -> joins.ask(data.employee.principal(), data.projectId, "First click"),
				() -> joins.ask(data.employee.principal(), data.projectId, "Second click"));

		assertThat(outcomes).filteredOn(o -> o instanceof Long).hasSize(1);
		assertThat(outcomes).filteredOn(o -> o instanceof ProjectConflict).hasSize(1);
		assertThat(data.count("initiatives_join_request", "person_id = " + data.employee.id())).isEqualTo(1);
	}

	@Test
	void anIllegalStatusMoveOrAnUnknownColumnShowsTheProjectPageWithTheReason() throws Exception {
		mvc.perform(post(data.path() + "/status").param("status", "ARCHIVED").with(data.lead.signedIn()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(data.path() + "/status").param("status", "COMPLETED").with(data.lead.signedIn()).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"project-title\"")))
			.andExpect(content().string(
					containsString("role=\"alert\">The project cannot be moved to that status from where it is.")));
		mvc.perform(post(data.path() + "/status").param("status", "SOMEDAY").with(data.lead.signedIn()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("role=\"alert\">The status is ACTIVE, COMPLETED or ARCHIVED.")));
		// a second click on the same button finds it done
		mvc.perform(post(data.path() + "/status").param("status", "ARCHIVED").with(data.lead.signedIn()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(data.path() + "/status").param("status", "ACTIVE").with(data.lead.signedIn()).with(csrf()))
			.andExpect(status().is3xxRedirection());

		long task = board.add(data.lead.principal(), data.projectId, new TaskForm("Tag the lessons", "", "", ""));
		mvc.perform(post(data.path() + "/tasks/" + task + "/move").param("status", "SOMEDAY")
			.with(data.member.signedIn()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"project-title\"")))
			.andExpect(content().string(containsString("role=\"alert\">The column is TODO, DOING or DONE.")));
		mvc.perform(post(data.path() + "/tasks/" + task + "/move").param("status", "SOMEDAY")
			.header("HX-Request", "true").with(data.member.signedIn()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"board-failed\">The column is TODO, DOING or DONE.")))
			.andExpect(content().string(not(containsString("<html"))));
		assertThat(data.taskStatus(task)).isEqualTo("TODO");
	}

	@Test
	void aConflictOnTheProjectPageIsSaidAboveItNotLinkedToAMissingField() throws Exception {
		mvc.perform(post(data.path() + "/join").with(data.outsider.signedIn()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(data.path() + "/join").with(data.outsider.signedIn()).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("role=\"alert\">You asked to join already; the lead will answer.")))
			.andExpect(content().string(not(containsString("href=\"#join\""))));
		mvc.perform(multipart(data.path() + "/files").with(data.member.signedIn()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("href=\"#files-input\" class=\"alert-link\"")));
	}

	private String requestStatus(long request) {
		return jdbc.sql("select status from initiatives_join_request where id = :id").param("id", request)
			.query(String.class).single();
	}

	/** Runs both at the same moment on two threads; what each returned, or the exception it threw. */
	private static List<Object> atOnce(Callable<?> first, Callable<?> second) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			var ready = new CountDownLatch(2);
			var go = new CountDownLatch(1);
			List<Future<Object>> futures = new ArrayList<>();
			for (Callable<?> call : List.of(first, second)) {
				futures.add(threads.submit(() -> {
					ready.countDown();
					go.await();
					try {
						return (Object) call.call();
					}
					catch (Exception e) {
						return e;
					}
				}));
			}
			ready.await(10, TimeUnit.SECONDS);
			go.countDown();
			List<Object> outcomes = new ArrayList<>();
			for (var future : futures) {
				outcomes.add(future.get(30, TimeUnit.SECONDS));
			}
			return outcomes;
		}
		finally {
			threads.shutdownNow();
		}
	}
}
