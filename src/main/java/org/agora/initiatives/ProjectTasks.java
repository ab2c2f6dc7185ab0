package org.agora.initiatives;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What another module may read of a joint project's task: its title, which the whole organization may read. */
@Component
@Transactional(readOnly = true)
public class ProjectTasks {

	private final JdbcClient jdbc;

	ProjectTasks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The title of the project's task, if both exist. */
	public Optional<String> title(long projectId, long taskId) {
		return jdbc.sql("select title from initiatives_task where id = :id and project_id = :project")
			.param("id", taskId)
			.param("project", projectId)
			.query(String.class)
			.optional();
	}
}
