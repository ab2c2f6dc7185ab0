package org.agora.initiatives;

import java.util.Set;
import java.util.UUID;

import org.agora.discussions.SpaceFixtures;
import org.agora.discussions.SpaceFixtures.TestPerson;
import org.agora.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/** People and support plans of the support tests, each with a name no other test uses; plans go through the editor. */
final class SupportTestData {

	final SpaceFixtures fixtures;

	final JdbcClient jdbc;

	private final SupportEditor editor;

	SupportTestData(JdbcClient jdbc, SupportEditor editor) {
		this.jdbc = jdbc;
		this.fixtures = new SpaceFixtures(jdbc);
		this.editor = editor;
	}

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	TestPerson leader(String name) {
		return fixtures.leader(name + " " + unique());
	}

	TestPerson manager(String name) {
		return fixtures.manager(name + " " + unique());
	}

	TestPerson employee(String name) {
		return fixtures.employee(name + " " + unique());
	}

	TestPerson guest(String name) {
		return fixtures.guest(name + " " + unique());
	}

	TestPerson admin(String name) {
		return fixtures.person(name + " " + unique(), "en", Role.EMPLOYEE, Role.ADMIN);
	}

	/** The person after losing a role, as they sign in from then on. */
	TestPerson withoutRole(TestPerson person, Role role) {
		jdbc.sql("delete from people_person_role where person_id = :id and role = :role")
			.param("id", person.id())
			.param("role", role.name())
			.update();
		var roles = new java.util.HashSet<>(person.roles());
		roles.remove(role);
		return new TestPerson(person.id(), person.email(), person.name(), Set.copyOf(roles));
	}

	/** The leader's plan with the coach, assigned by the coach (a community manager). */
	long plan(TestPerson leader, TestPerson coach) {
		return editor.assignCoach(coach.principal(), leader.id(), new SupportForms.Coach(String.valueOf(coach.id()), "Focus"));
	}

	long meeting(TestPerson leader, TestPerson coach, String notes) {
		return editor.recordMeeting(coach.principal(), leader.id(),
				new SupportForms.Meeting(java.time.LocalDate.now().minusDays(1).toString(), notes));
	}

	long action(TestPerson leader, TestPerson by, String title, java.time.LocalDate due) {
		return editor.agreeAction(by.principal(), leader.id(),
				new SupportForms.Action(title, String.valueOf(leader.id()), due.toString()));
	}

	long help(TestPerson leader, String body) {
		return editor.askForHelp(leader.principal(), leader.id(), new SupportForms.Help("RESISTANCE", body));
	}

	void answer(TestPerson leader, TestPerson coach, long helpId, String answer) {
		editor.answerHelp(coach.principal(), leader.id(), helpId, new SupportForms.Answer(answer));
	}

	int count(String table, String where, Object id) {
		return jdbc.sql("select count(*) from " + table + " where " + where).param("id", id).query(Integer.class).single();
	}
}
