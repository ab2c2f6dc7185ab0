package org.agora.knowledge;

import java.util.UUID;

import org.agora.discussions.SpaceFixtures;
import org.agora.discussions.SpaceFixtures.TestPerson;
import org.agora.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/** People and articles of the knowledge tests, with names no other test uses; articles go through the services. */
final class KnowledgeTestData {

	final SpaceFixtures fixtures;

	private final JdbcClient jdbc;

	private final ArticleEditor editor;

	private final ArticleWorkflow workflow;

	KnowledgeTestData(JdbcClient jdbc, ArticleEditor editor, ArticleWorkflow workflow) {
		this.jdbc = jdbc;
		this.fixtures = new SpaceFixtures(jdbc);
		this.editor = editor;
		this.workflow = workflow;
	}

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	TestPerson employee(String name) {
		return fixtures.employee(name + " " + unique());
	}

	TestPerson leader(String name) {
		return fixtures.leader(name + " " + unique());
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

	static ArticleForm form(String type, String title, String body) {
		return new ArticleForm(type, title, "Summary of " + title, body, "", "", "", "", "en", "", null);
	}

	/** A draft owned by the person, with contributors named by email. */
	long draft(TestPerson owner, String title, TestPerson... contributors) {
		var names = new StringBuilder();
		for (var c : contributors) {
			names.append(names.isEmpty() ? "" : ",").append(c.email());
		}
		var form = new ArticleForm("BEST_PRACTICE", title, "Summary of " + title, "The body of " + title, "",
				names.toString(), "", "", "en", "", null);
		return editor.create(owner.principal(), form, java.util.List.of(), null);
	}

	long published(TestPerson owner, String title, TestPerson... contributors) {
		long id = draft(owner, title, contributors);
		workflow.move(owner.principal(), id, Transition.PUBLISH, ArticleWorkflow.Move.none());
		return id;
	}

	long inReview(TestPerson owner, String title, TestPerson reviewer) {
		long id = draft(owner, title);
		workflow.move(owner.principal(), id, Transition.SUBMIT, new ArticleWorkflow.Move(reviewer.email(), null, null));
		return id;
	}

	String status(long id) {
		return jdbc.sql("select status from knowledge_article where id = :id").param("id", id).query(String.class).single();
	}

	int version(long id) {
		return jdbc.sql("select version from knowledge_article where id = :id").param("id", id).query(Integer.class).single();
	}

	void reviewBy(long id, java.time.LocalDate date) {
		jdbc.sql("update knowledge_article set review_by = :date where id = :id")
			.param("date", java.sql.Date.valueOf(date))
			.param("id", id)
			.update();
	}
}
