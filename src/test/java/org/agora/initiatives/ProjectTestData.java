package org.agora.initiatives;

import java.util.UUID;

import org.agora.discussions.SpaceFixtures;
import org.agora.discussions.SpaceFixtures.TestPerson;
import org.agora.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The people of a project test, each with a name no other test uses, and a project led by one of them. */
final class ProjectTestData {

	final TestPerson lead;

	final TestPerson member;

	final TestPerson outsider;

	final TestPerson employee;

	final TestPerson guest;

	final TestPerson manager;

	final TestPerson admin;

	final long projectId;

	private final JdbcClient jdbc;

	ProjectTestData(JdbcClient jdbc, ProjectEditor editor) {
		this.jdbc = jdbc;
		var fixtures = new SpaceFixtures(jdbc);
		lead = fixtures.leader("Project lead " + unique());
		member = fixtures.leader("Project member " + unique());
		outsider = fixtures.leader("Other leader " + unique());
		employee = fixtures.employee("Project employee " + unique());
		guest = fixtures.guest("Project guest " + unique());
		manager = fixtures.manager("Project manager " + unique());
		admin = fixtures.person("Project admin " + unique(), "en", Role.ADMIN);
		projectId = editor.create(lead.principal(),
				new ProjectForm("Lessons library " + unique(), "One library of lessons", "Water and energy", "", null));
		editor.addMember(lead.principal(), projectId, member.email());
	}

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	String path() {
		return "/initiatives/projects/" + projectId;
	}

	int count(String table, String where) {
		return jdbc.sql("select count(*) from " + table + " where project_id = :p" + (where.isEmpty() ? "" : " and " + where))
			.param("p", projectId)
			.query(Integer.class)
			.single();
	}

	String taskStatus(long taskId) {
		return jdbc.sql("select status from initiatives_task where id = :id").param("id", taskId).query(String.class).single();
	}
}
