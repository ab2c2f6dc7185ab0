package org.agora.initiatives;

import java.sql.Timestamp;
import java.time.Instant;

import org.agora.platform.OrganizationClock;
import org.agora.platform.search.SearchableChanged;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting a joint project, editing its charter (only on the version stored now), moving its status, and choosing
 * its members directly. Policy first, then the input, then the rows and the events, in one transaction.
 */
@Service
@Transactional
class ProjectEditor {

	static final String CHANGED_MEANWHILE = "projects.error.changedMeanwhile";

	private final Projects projects;

	private final ProjectPeople people;

	private final InitiativesPolicy policy;

	private final OrganizationClock clock;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	ProjectEditor(Projects projects, ProjectPeople people, InitiativesPolicy policy, OrganizationClock clock,
			ApplicationEventPublisher events, JdbcClient jdbc) {
		this.projects = projects;
		this.people = people;
		this.policy = policy;
		this.clock = clock;
		this.events = events;
		this.jdbc = jdbc;
	}

	/** Starts an active project led by the viewer, or by the person a manager names; returns its id. */
	long create(AgoraPrincipal viewer, ProjectForm form) {
		if (!policy.mayStartProject(viewer)) {
			throw new AccessDeniedException("Knowledge leaders and community managers start joint projects");
		}
		var charter = charter(form);
		long lead = lead(viewer, form.lead(), viewer.personId());
		Instant now = clock.now();
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into initiatives_project (title, goal, scope, lead_id, status, version, created_at, updated_at)
				values (:title, :goal, :scope, :lead, 'ACTIVE', 1, :now, :now)""")
			.param("title", charter.title())
			.param("goal", charter.goal())
			.param("scope", charter.scope())
			.param("lead", lead)
			.param("now", Timestamp.from(now))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		addMemberRow(id, lead, now);
		events.publishEvent(new ProjectCreated(id, lead, charter.title(), "/initiatives/projects/" + id, now));
		events.publishEvent(SearchableChanged.of(ProjectSearch.TYPE, id));
		return id;
	}

	/** The project, when the viewer may change its charter. */
	@Transactional(readOnly = true)
	Project editable(AgoraPrincipal viewer, long id) {
		var project = projects.visible(viewer, id);
		if (!policy.mayLeadProject(viewer, project.leadId())) {
			throw new AccessDeniedException("The lead and community managers edit the charter");
		}
		return project;
	}

	/** Saves the charter if the form was made on the version stored now; a new lead becomes a member. */
	void edit(AgoraPrincipal viewer, long id, ProjectForm form) {
		var project = editable(viewer, id);
		if (form.version() == null) {
			throw new InvalidInputException("version", "projects.error.versionRequired",
					"Send the version the change was made on.");
		}
		var charter = charter(form);
		long lead = lead(viewer, form.lead(), project.leadId());
		projects.lock(id);
		Instant now = clock.now();
		int changed = jdbc.sql("""
				update initiatives_project set title = :title, goal = :goal, scope = :scope, lead_id = :lead,
				  version = version + 1, updated_at = :now where id = :id and version = :version""")
			.param("title", charter.title())
			.param("goal", charter.goal())
			.param("scope", charter.scope())
			.param("lead", lead)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("version", form.version())
			.update();
		if (changed == 0) {
			throw new ProjectConflict("version", CHANGED_MEANWHILE,
					"Someone saved the charter while you were editing; nothing was saved.");
		}
		events.publishEvent(SearchableChanged.of(ProjectSearch.TYPE, id));
		if (!projects.isMember(id, lead)) {
			addMemberRow(id, lead, now);
			events.publishEvent(new ProjectMemberJoined(id, lead, viewer.personId(), charter.title()));
		}
	}

	/** Completes, archives or reopens the project. */
	void move(AgoraPrincipal viewer, long id, String typedStatus) {
		var project = editable(viewer, id);
		var target = ProjectStatus.parse(typedStatus);
		if (target == project.status()) {
			return; // a second click on the same button
		}
		if (!project.status().next().contains(target)) {
			throw new ProjectConflict("status", "projects.error.illegalMove",
					"A " + project.status() + " project cannot be moved to " + target + ".");
		}
		Instant now = clock.now();
		int changed = jdbc.sql("""
				update initiatives_project set status = :status, updated_at = :now, completed_at = :completed
				where id = :id and status = :from""")
			.param("status", target.name())
			.param("now", Timestamp.from(now))
			.param("completed", target == ProjectStatus.COMPLETED ? Timestamp.from(now) : null)
			.param("id", id)
			.param("from", project.status().name())
			.update();
		if (changed == 0) {
			throw new ProjectConflict("status", "projects.error.statusMovedMeanwhile",
					"Someone changed the project's status meanwhile; nothing was changed.");
		}
		events.publishEvent(SearchableChanged.of(ProjectSearch.TYPE, id));
	}

	/** Adds an active person of the organization as a member. */
	void addMember(AgoraPrincipal viewer, long id, String typed) {
		var project = editable(viewer, id);
		var person = people.resolve("member", typed);
		// a second click, or an accepted request at the same time, waits here and then finds the member
		projects.lock(id);
		if (projects.isMember(id, person.id())) {
			throw new InvalidInputException("member", "projects.error.alreadyMember",
					"They are a member already.");
		}
		Instant now = clock.now();
		addMemberRow(id, person.id(), now);
		// a pending request of theirs is answered by this
		jdbc.sql("""
				update initiatives_join_request set status = 'ACCEPTED', decided_by = :by, decided_at = :now
				where project_id = :id and person_id = :person and status = 'PENDING'""")
			.param("by", viewer.personId())
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("person", person.id())
			.update();
		touch(id, now);
		events.publishEvent(new ProjectMemberJoined(id, person.id(), viewer.personId(), project.title()));
	}

	/** Removes a member; the lead stays (a manager names another lead first). Their tasks become unassigned. */
	void removeMember(AgoraPrincipal viewer, long id, long personId) {
		var project = editable(viewer, id);
		projects.lock(id);
		if (personId == project.leadId()) {
			throw new ProjectConflict("member", "projects.error.leadStays", "The lead stays a member of the project.");
		}
		if (!projects.isMember(id, personId)) {
			throw new org.agora.platform.web.NotFoundException("Member");
		}
		jdbc.sql("delete from initiatives_project_member where project_id = :id and person_id = :person")
			.param("id", id)
			.param("person", personId)
			.update();
		jdbc.sql("""
				update initiatives_task set assignee_id = null, updated_at = :now
				where project_id = :id and assignee_id = :person and status <> 'DONE'""")
			.param("now", Timestamp.from(clock.now()))
			.param("id", id)
			.param("person", personId)
			.update();
		touch(id, clock.now());
	}

	void addMemberRow(long id, long personId, Instant now) {
		jdbc.sql("insert into initiatives_project_member (project_id, person_id, joined_at) values (:id, :p, :now)")
			.param("id", id)
			.param("p", personId)
			.param("now", Timestamp.from(now))
			.update();
	}

	void touch(long id, Instant now) {
		jdbc.sql("update initiatives_project set updated_at = :now where id = :id")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	private record Charter(String title, String goal, String scope) {
	}

	private static Charter charter(ProjectForm form) {
		return new Charter(ProjectRules.required("title", form.title(), ProjectRules.MAX_TITLE),
				ProjectRules.required("goal", form.goal(), ProjectRules.MAX_TEXT),
				ProjectRules.optional("scope", form.scope(), ProjectRules.MAX_TEXT));
	}

	/** The lead named in the form: only a manager names someone other than {@code unchanged}. */
	private long lead(AgoraPrincipal viewer, String typed, long unchanged) {
		if (typed == null || typed.isBlank()) {
			return unchanged;
		}
		var person = people.resolve("lead", typed);
		if (person.id() != unchanged && !policy.mayNameProjectLead(viewer)) {
			throw new InvalidInputException("lead", "projects.error.leadManagers",
					"Only a community manager names another lead.");
		}
		return person.id();
	}
}
