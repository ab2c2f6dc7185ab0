package org.agora.initiatives;

import java.time.Duration;
import java.util.List;

import org.agora.discussions.SpaceFixtures.TestPerson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the notifications module tells people about joint projects: the lead that someone asks to join, a new member
 * that they joined, and a member that a task was given to them, never when they took it themselves.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProjectNotificationsIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProjectEditor editor;

	@Autowired
	JoinRequests joins;

	@Autowired
	TaskBoard board;

	ProjectTestData data;

	String title;

	@BeforeEach
	void setUp() {
		data = new ProjectTestData(jdbc, editor);
		title = jdbc.sql("select title from initiatives_project where id = :id").param("id", data.projectId)
			.query(String.class).single();
	}

	@Test
	void aRequestToJoinReachesTheLeadOnly() {
		joins.ask(data.employee.principal(), data.projectId, "I fix the leaks");

		var told = awaitOne(data.lead, "projects.joinRequested");
		assertThat(told.args()).containsExactly(data.employee.name(), title);
		assertThat(told.link()).isEqualTo(data.path());
		awaitDelivered("ProjectJoinRequested", 1);
		for (var other : List.of(data.employee, data.member, data.manager)) {
			assertThat(about(other, "projects.joinRequested")).as(other.name()).isEmpty();
		}
	}

	@Test
	void theNewMemberIsToldTheyJoinedWhetherAddedOrAccepted() {
		// the test data's lead added the member
		assertThat(awaitOne(data.member, "projects.joined").args()).containsExactly(title);

		long request = joins.ask(data.outsider.principal(), data.projectId, "");
		joins.decide(data.manager.principal(), data.projectId, request, true);
		assertThat(awaitOne(data.outsider, "projects.joined").link()).isEqualTo(data.path());
		awaitDelivered("ProjectMemberJoined", 2);
		assertThat(about(data.lead, "projects.joined")).isEmpty();
		assertThat(about(data.manager, "projects.joined")).isEmpty();
	}

	@Test
	void aTaskGivenToSomeoneElseReachesThemButNotOneTakenByOneself() {
		long taken = board.add(data.member.principal(), data.projectId,
				new TaskForm("Taken by myself", "", String.valueOf(data.member.id()), ""));
		long given = board.add(data.member.principal(), data.projectId,
				new TaskForm("Given to the lead", "", String.valueOf(data.lead.id()), ""));

		var told = awaitOne(data.lead, "projects.taskAssigned");
		assertThat(told.args()).containsExactly(data.member.name(), "Given to the lead", title);
		assertThat(told.link()).isEqualTo(data.path() + "#task-" + given);
		awaitDelivered("ProjectTaskAssigned", 2);
		assertThat(about(data.member, "projects.taskAssigned")).isEmpty();

		// given later through a change, by someone else: told then
		board.assign(data.lead.principal(), data.projectId, taken, String.valueOf(data.member.id()));
		board.assign(data.lead.principal(), data.projectId, given, String.valueOf(data.member.id()));
		assertThat(awaitOne(data.member, "projects.taskAssigned").link()).isEqualTo(data.path() + "#task-" + given);
	}

	private record Told(List<String> args, String link) {
	}

	private Told awaitOne(TestPerson person, String kind) {
		await().atMost(Duration.ofSeconds(10)).until(() -> !about(person, kind).isEmpty());
		var told = about(person, kind);
		assertThat(told).as(person.name() + " told once").hasSize(1);
		return told.get(0);
	}

	/** The person's notifications of the kind about this test's project. */
	private List<Told> about(TestPerson person, String kind) {
		return jdbc.sql("""
				select args, link from notifications_notification
				where person_id = :person and kind = :kind and link like :project order by id""")
			.param("person", person.id())
			.param("kind", kind)
			.param("project", data.path() + "%")
			.query((rs, n) -> new Told(List.of(rs.getString(1).split("\u001f", -1)), rs.getString(2)))
			.list();
	}

	/** Waits until the notifications listener has finished with that many of the project's events of the type. */
	private void awaitDelivered(String eventType, int count) {
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
				select count(*) from event_publication where event_type like :type and listener_id like '%ProjectNotifications%'
				and serialized_event like :project and completion_date is not null""")
			.param("type", "%." + eventType)
			.param("project", "%\"projectId\":" + data.projectId + ",%")
			.query(Long.class)
			.single() >= count);
	}
}
