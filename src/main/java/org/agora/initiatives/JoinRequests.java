package org.agora.initiatives;

import java.sql.Timestamp;
import java.time.Instant;

import org.agora.platform.OrganizationClock;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asking to join a joint project, and the lead's (or a manager's) answer. A person has at most one pending request
 * per project; an accepted request makes them a member.
 */
@Service
@Transactional
class JoinRequests {

	private final Projects projects;

	private final ProjectEditor editor;

	private final InitiativesPolicy policy;

	private final OrganizationClock clock;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	JoinRequests(Projects projects, ProjectEditor editor, InitiativesPolicy policy, OrganizationClock clock,
			ApplicationEventPublisher events, JdbcClient jdbc) {
		this.projects = projects;
		this.editor = editor;
		this.policy = policy;
		this.clock = clock;
		this.events = events;
		this.jdbc = jdbc;
	}

	/** Asks to join with an optional message; returns the request's id. */
	long ask(AgoraPrincipal viewer, long projectId, String typedMessage) {
		var project = projects.visible(viewer, projectId);
		// a second click while the first is saved waits here, then finds the first request
		projects.lock(projectId);
		boolean member = projects.isMember(projectId, viewer.personId());
		if (!policy.mayAskToJoin(viewer, member)) {
			throw new ProjectConflict("join", "projects.error.alreadyMember", "You are a member already.");
		}
		if (!project.active()) {
			throw notActive();
		}
		String message = ProjectRules.optional("message", typedMessage, ProjectRules.MAX_MESSAGE);
		if (projects.hasPendingRequest(projectId, viewer.personId())) {
			throw new ProjectConflict("join", "projects.error.alreadyAsked",
					"You asked to join already; the lead will answer.");
		}
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into initiatives_join_request (project_id, person_id, message, status, created_at)
				values (:project, :person, :message, 'PENDING', :now)""")
			.param("project", projectId)
			.param("person", viewer.personId())
			.param("message", message)
			.param("now", Timestamp.from(clock.now()))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		events.publishEvent(new ProjectJoinRequested(projectId, id, viewer.personId(), project.leadId(),
				project.title()));
		return id;
	}

	/**
	 * Accepts or declines a pending request. A request answered already (by a second click, or by someone else at the
	 * same time) is a conflict, and the first answer stands.
	 */
	void decide(AgoraPrincipal viewer, long projectId, long requestId, boolean accept) {
		var project = projects.visible(viewer, projectId);
		projects.lock(projectId);
		record Request(long person, String status) {
		}
		var request = jdbc.sql("""
				select person_id, status from initiatives_join_request where id = :id and project_id = :project""")
			.param("id", requestId)
			.param("project", projectId)
			.query((rs, n) -> new Request(rs.getLong(1), rs.getString(2)))
			.optional()
			.orElseThrow(() -> new NotFoundException("Join request"));
		if (!policy.mayLeadProject(viewer, project.leadId())) {
			throw new AccessDeniedException("The lead and community managers decide who joins");
		}
		Instant now = clock.now();
		int changed = !"PENDING".equals(request.status()) ? 0 : jdbc.sql("""
				update initiatives_join_request set status = :status, decided_by = :by, decided_at = :now
				where id = :id and status = 'PENDING'""")
			.param("status", accept ? "ACCEPTED" : "DECLINED")
			.param("by", viewer.personId())
			.param("now", Timestamp.from(now))
			.param("id", requestId)
			.update();
		if (changed == 0) {
			throw new ProjectConflict("request", "projects.error.alreadyDecided",
					"The request was answered already; that answer stands.");
		}
		long person = request.person();
		if (accept && !projects.isMember(projectId, person)) {
			editor.addMemberRow(projectId, person, now);
			editor.touch(projectId, now);
			events.publishEvent(new ProjectMemberJoined(projectId, person, viewer.personId(), project.title()));
		}
	}

	static ProjectConflict notActive() {
		return new ProjectConflict("status", "projects.error.notActive",
				"The project is completed or archived; it is reopened before anything changes on it.");
	}
}
