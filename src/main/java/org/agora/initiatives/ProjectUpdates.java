package org.agora.initiatives;

import java.sql.Timestamp;
import java.time.Instant;

import org.agora.platform.OrganizationClock;
import org.agora.platform.security.AgoraPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Dated text posts on a project, by its members and managers. */
@Service
@Transactional
class ProjectUpdates {

	private final TaskBoard board;

	private final ProjectEditor editor;

	private final OrganizationClock clock;

	private final JdbcClient jdbc;

	ProjectUpdates(TaskBoard board, ProjectEditor editor, OrganizationClock clock, JdbcClient jdbc) {
		this.board = board;
		this.editor = editor;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	void post(AgoraPrincipal viewer, long projectId, String typed) {
		board.workable(viewer, projectId);
		String body = ProjectRules.required("body", typed, ProjectRules.MAX_TEXT);
		Instant now = clock.now();
		jdbc.sql("""
				insert into initiatives_project_update (project_id, author_id, body, created_at)
				values (:project, :author, :body, :now)""")
			.param("project", projectId)
			.param("author", viewer.personId())
			.param("body", body)
			.param("now", Timestamp.from(now))
			.update();
		editor.touch(projectId, now);
	}
}
