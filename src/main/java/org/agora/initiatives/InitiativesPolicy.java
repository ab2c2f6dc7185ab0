package org.agora.initiatives;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who may see and change initiatives, joint projects and support plans.
 *
 * <ul>
 * <li>Initiatives and joint projects are the organization's: everyone in it but a guest reads them, so that units
 * learn from each other; guests from partner communities see none of it.</li>
 * <li>Knowledge leaders and community managers register initiatives. An initiative is changed only by its leader and
 * by community managers (admins count as managers here, as everywhere outside support plans).</li>
 * <li>Knowledge leaders and managers start joint projects. The lead and managers edit the charter and decide who
 * joins; members (and managers) work the task board, post updates and share files; anyone in the organization may
 * ask to join.</li>
 * <li>A support plan is strictly private: only its leader, their coach and community managers see any of it. Admins
 * do not, unless the deployment says otherwise ({@code agora.support.admins-read-plans}), which an admin cannot
 * change from within Agora. Community managers assign coaches; the coach or a manager records meetings and answers
 * help requests; the leader asks for help; the leader, coach and managers agree actions.</li>
 * </ul>
 */
@Component
public class InitiativesPolicy {

	private final boolean adminsReadPlans;

	InitiativesPolicy(@Value("${agora.support.admins-read-plans:false}") boolean adminsReadPlans) {
		this.adminsReadPlans = adminsReadPlans;
	}

	/** Anyone in the organization: every role but a guest's alone. */
	static boolean inOrganization(AgoraPrincipal viewer) {
		return viewer != null && viewer.roles().stream().anyMatch(r -> r != Role.GUEST);
	}

	static boolean leaderOrManager(AgoraPrincipal viewer) {
		return viewer != null && (viewer.isManager() || viewer.has(Role.KNOWLEDGE_LEADER));
	}

	// initiatives

	boolean maySeeInitiatives(AgoraPrincipal viewer) {
		return inOrganization(viewer);
	}

	boolean mayRegisterInitiative(AgoraPrincipal viewer) {
		return leaderOrManager(viewer);
	}

	/** The initiative's leader and community managers change it, whatever its status. */
	boolean mayChangeInitiative(AgoraPrincipal viewer, long leaderId) {
		return viewer != null && (viewer.isManager() || viewer.personId() == leaderId);
	}

	/** Registering for someone else (naming another leader) is a manager's call. */
	boolean mayNameLeader(AgoraPrincipal viewer) {
		return viewer != null && viewer.isManager();
	}

	boolean maySeePortfolio(AgoraPrincipal viewer) {
		return viewer != null && viewer.isManager();
	}

	// joint projects

	boolean maySeeProjects(AgoraPrincipal viewer) {
		return inOrganization(viewer);
	}

	boolean mayStartProject(AgoraPrincipal viewer) {
		return leaderOrManager(viewer);
	}

	boolean mayLeadProject(AgoraPrincipal viewer, long leadId) {
		return viewer != null && (viewer.isManager() || viewer.personId() == leadId);
	}

	boolean mayWorkOnProject(AgoraPrincipal viewer, boolean member) {
		return viewer != null && (viewer.isManager() || member);
	}

	boolean mayAskToJoin(AgoraPrincipal viewer, boolean member) {
		return inOrganization(viewer) && !member;
	}

	/** Starting a project for someone else, or handing the lead on, is a manager's call. */
	boolean mayNameProjectLead(AgoraPrincipal viewer) {
		return viewer != null && viewer.isManager();
	}

	/** A shared file is taken down by whoever uploaded it, the lead, or a manager. */
	boolean mayRemoveProjectFile(AgoraPrincipal viewer, long uploadedBy, long leadId) {
		return viewer != null && (viewer.personId() == uploadedBy || mayLeadProject(viewer, leadId));
	}

	// support plans

	/** Community managers, and admins only where the deployment allows it. */
	boolean overseesSupport(AgoraPrincipal viewer) {
		return viewer != null
				&& (viewer.has(Role.COMMUNITY_MANAGER) || (adminsReadPlans && viewer.has(Role.ADMIN)));
	}

	/**
	 * The leader and those who oversee support; nobody else learns anything of the plan. The coach reads it as a
	 * community manager: a coach who is no longer one has lost the plan with the role.
	 */
	boolean maySeePlan(AgoraPrincipal viewer, long leaderId) {
		return viewer != null && (viewer.personId() == leaderId || overseesSupport(viewer));
	}

	boolean mayAssignCoach(AgoraPrincipal viewer) {
		return viewer != null && viewer.has(Role.COMMUNITY_MANAGER);
	}

	/** Coaches must be community managers. */
	static boolean mayCoach(java.util.Set<Role> roles) {
		return roles.contains(Role.COMMUNITY_MANAGER);
	}

	/** Meetings are the coach's record; a manager may keep it when the coach is away. */
	boolean mayRecordMeeting(AgoraPrincipal viewer, long leaderId, Long coachId) {
		return viewer != null && viewer.personId() != leaderId && coachId != null
				&& viewer.has(Role.COMMUNITY_MANAGER);
	}

	/** The leader, and the coach or a manager (community managers both); admins only ever read. */
	boolean mayAgreeAction(AgoraPrincipal viewer, long leaderId, Long coachId) {
		return viewer != null && coachId != null
				&& (viewer.personId() == leaderId || viewer.has(Role.COMMUNITY_MANAGER));
	}

	boolean mayAskForHelp(AgoraPrincipal viewer, long leaderId, Long coachId) {
		return viewer != null && coachId != null && viewer.personId() == leaderId;
	}

	boolean mayAnswerHelp(AgoraPrincipal viewer, long leaderId, Long coachId) {
		return mayRecordMeeting(viewer, leaderId, coachId);
	}

	/** Reads by anyone but the leader are written to the plan's read log. */
	static boolean audited(AgoraPrincipal viewer, long leaderId) {
		return viewer.personId() != leaderId;
	}

	/** Who read a plan is for the leader to know, and for those who oversee support. */
	boolean maySeeReadLog(AgoraPrincipal viewer, long leaderId) {
		return viewer != null && (viewer.personId() == leaderId || overseesSupport(viewer));
	}

	/** The managers' list of every leader's support, in counts: those who oversee support. */
	boolean mayListPlans(AgoraPrincipal viewer) {
		return overseesSupport(viewer);
	}
}
