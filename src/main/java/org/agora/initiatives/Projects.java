package org.agora.initiatives;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joint projects and what hangs off them, as read: the charter, members, tasks, updates, files and join requests.
 * Names of people are read from the people tables, as they are shown beside what they did.
 */
@Component
@Transactional(readOnly = true)
class Projects {

	record Member(long personId, String name, Instant joinedAt) {
	}

	record Task(long id, long projectId, String title, String description, TaskStatus status, Long assigneeId,
			String assigneeName, LocalDate dueOn, Instant completedAt) {

		boolean overdue(LocalDate today) {
			return status != TaskStatus.DONE && dueOn != null && dueOn.isBefore(today);
		}
	}

	record Update(long id, long authorId, String authorName, String body, Instant createdAt) {
	}

	record StoredFile(long id, String name, String contentType, int sizeBytes, long uploadedBy, String uploaderName,
			Instant createdAt) {
	}

	record JoinRequest(long id, long personId, String name, String message, Instant createdAt) {
	}

	/** A project in a list: its charter, lead, and how much of the board is open. */
	record Listed(Project project, String leadName, int members, int openTasks) {
	}

	static final String COLUMNS = "p.id, p.title, p.goal, p.scope, p.lead_id, p.status, p.version, p.created_at, "
			+ "p.updated_at, p.completed_at";

	private final JdbcClient jdbc;

	private final InitiativesPolicy policy;

	Projects(JdbcClient jdbc, InitiativesPolicy policy) {
		this.jdbc = jdbc;
		this.policy = policy;
	}

	Optional<Project> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from initiatives_project p where p.id = :id")
			.param("id", id)
			.query((rs, n) -> project(rs))
			.optional();
	}

	/** The project, for someone in the organization: 404 when there is none, 403 for a guest. */
	Project visible(AgoraPrincipal viewer, long id) {
		var project = find(id).orElseThrow(() -> new NotFoundException("Project"));
		if (!policy.maySeeProjects(viewer)) {
			throw new AccessDeniedException("Joint projects are the organization's");
		}
		return project;
	}

	/** Projects newest change first; only the viewer's (as a member) when {@code mine}; of one status or all. */
	List<Listed> list(AgoraPrincipal viewer, boolean mine, ProjectStatus status) {
		if (!policy.maySeeProjects(viewer)) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + """
				, l.full_name,
				  (select count(*) from initiatives_project_member m where m.project_id = p.id),
				  (select count(*) from initiatives_task t where t.project_id = p.id and t.status <> 'DONE')
				from initiatives_project p join people_person l on l.id = p.lead_id
				where (cast(:status as varchar(12)) is null or p.status = :status)
				and (not :mine or exists (select 1 from initiatives_project_member m
				  where m.project_id = p.id and m.person_id = :me))
				order by p.updated_at desc, p.id desc limit 200""")
			.param("status", status == null ? null : status.name())
			.param("mine", mine)
			.param("me", viewer.personId())
			.query((rs, n) -> new Listed(project(rs), rs.getString(11), rs.getInt(12), rs.getInt(13)))
			.list();
	}

	/**
	 * Locks the project's row until the transaction ends, so that changes to who belongs to it (members, requests to
	 * join) happen one after the other and each sees what the one before saved. Must run in a read-write transaction.
	 */
	@Transactional
	void lock(long projectId) {
		jdbc.sql("select id from initiatives_project where id = :id for update")
			.param("id", projectId)
			.query(Long.class)
			.list();
	}

	boolean isMember(long projectId, long personId) {
		return jdbc.sql("select count(*) from initiatives_project_member where project_id = :p and person_id = :me")
			.param("p", projectId)
			.param("me", personId)
			.query(Integer.class)
			.single() > 0;
	}

	List<Member> members(long projectId) {
		return jdbc.sql("""
				select m.person_id, p.full_name, m.joined_at from initiatives_project_member m
				join people_person p on p.id = m.person_id where m.project_id = :id order by m.joined_at, p.full_name""")
			.param("id", projectId)
			.query((rs, n) -> new Member(rs.getLong(1), rs.getString(2), instant(rs, 3)))
			.list();
	}

	List<Task> tasks(long projectId) {
		return jdbc.sql("""
				select t.id, t.project_id, t.title, t.description, t.status, t.assignee_id, a.full_name, t.due_on,
				  t.completed_at
				from initiatives_task t left join people_person a on a.id = t.assignee_id
				where t.project_id = :id order by t.due_on nulls last, t.id""")
			.param("id", projectId)
			.query((rs, n) -> task(rs))
			.list();
	}

	Optional<Task> task(long projectId, long taskId) {
		return jdbc.sql("""
				select t.id, t.project_id, t.title, t.description, t.status, t.assignee_id, a.full_name, t.due_on,
				  t.completed_at
				from initiatives_task t left join people_person a on a.id = t.assignee_id
				where t.project_id = :project and t.id = :id""")
			.param("project", projectId)
			.param("id", taskId)
			.query((rs, n) -> task(rs))
			.optional();
	}

	List<Update> updates(long projectId) {
		return jdbc.sql("""
				select u.id, u.author_id, p.full_name, u.body, u.created_at from initiatives_project_update u
				join people_person p on p.id = u.author_id where u.project_id = :id
				order by u.created_at desc, u.id desc limit 100""")
			.param("id", projectId)
			.query((rs, n) -> new Update(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					instant(rs, 5)))
			.list();
	}

	List<StoredFile> files(long projectId) {
		return jdbc.sql("""
				select f.id, f.file_name, f.content_type, f.size_bytes, f.uploaded_by, p.full_name, f.created_at
				from initiatives_project_file f join people_person p on p.id = f.uploaded_by
				where f.project_id = :id and f.removed_at is null order by f.created_at desc, f.id desc""")
			.param("id", projectId)
			.query((rs, n) -> new StoredFile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getLong(5), rs.getString(6), instant(rs, 7)))
			.list();
	}

	List<JoinRequest> pendingRequests(long projectId) {
		return jdbc.sql("""
				select r.id, r.person_id, p.full_name, r.message, r.created_at from initiatives_join_request r
				join people_person p on p.id = r.person_id
				where r.project_id = :id and r.status = 'PENDING' order by r.created_at, r.id""")
			.param("id", projectId)
			.query((rs, n) -> new JoinRequest(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					instant(rs, 5)))
			.list();
	}

	boolean hasPendingRequest(long projectId, long personId) {
		return jdbc.sql("""
				select count(*) from initiatives_join_request
				where project_id = :p and person_id = :me and status = 'PENDING'""")
			.param("p", projectId)
			.param("me", personId)
			.query(Integer.class)
			.single() > 0;
	}

	static Project project(ResultSet rs) throws SQLException {
		return new Project(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
				ProjectStatus.valueOf(rs.getString(6)), rs.getInt(7), instant(rs, 8), instant(rs, 9), instant(rs, 10));
	}

	private static Task task(ResultSet rs) throws SQLException {
		var due = rs.getDate(8);
		return new Task(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
				TaskStatus.valueOf(rs.getString(5)), rs.getObject(6, Long.class), rs.getString(7),
				due == null ? null : due.toLocalDate(), instant(rs, 9));
	}

	static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}
}
