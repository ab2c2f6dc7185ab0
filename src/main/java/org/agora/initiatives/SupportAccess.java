package org.agora.initiatives;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.OrganizationClock;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.agora.platform.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a support plan for a reader: 404 for someone who is not a knowledge leader and has no plan, 403 for anyone
 * the policy keeps out, and every read by someone other than the leader written to the plan's read log in the same
 * (read-write) transaction. To a reader who is kept out, the answer depends only on whether the person is an active
 * knowledge leader, which the organization knows anyway, never on whether a plan exists.
 */
@Component
@Transactional
class SupportAccess {

	/** Reads shown on the plan; the log keeps them all. */
	static final int READS_SHOWN = 50;

	/** The leader and their plan, if any, once the reader is let in. */
	record Target(PersonSummary leader, Optional<SupportPlan> plan) {

		Long coachId() {
			return plan.map(SupportPlan::coachId).orElse(null);
		}
	}

	private final People people;

	private final SupportPlans plans;

	private final SupportReads reads;

	private final InitiativesPolicy policy;

	private final OrganizationClock clock;

	SupportAccess(People people, SupportPlans plans, SupportReads reads, InitiativesPolicy policy,
			OrganizationClock clock) {
		this.people = people;
		this.plans = plans;
		this.reads = reads;
		this.policy = policy;
		this.clock = clock;
	}

	/** The leader and plan, when the reader may see them; not a read of the plan's content. */
	Target check(AgoraPrincipal viewer, long leaderId) {
		var leader = people.find(leaderId).orElseThrow(() -> new NotFoundException("Support plan"));
		boolean isLeader = leader.active() && leader.has(Role.KNOWLEDGE_LEADER);
		var plan = plans.ofLeader(leaderId);
		if (!policy.maySeePlan(viewer, leaderId)) {
			if (!isLeader) {
				throw new NotFoundException("Support plan");
			}
			throw new AccessDeniedException("Only the leader, their coach and community managers see a support plan");
		}
		if (plan.isEmpty() && !isLeader) {
			throw new NotFoundException("Support plan");
		}
		return new Target(leader, plan);
	}

	/** The whole plan for the reader; the read is logged unless the reader is the leader. */
	SupportView open(AgoraPrincipal viewer, long leaderId, String channel) {
		var target = check(viewer, leaderId);
		var plan = target.plan().orElse(null);
		if (plan != null && InitiativesPolicy.audited(viewer, leaderId)) {
			reads.write(plan.id(), viewer.personId(), channel, clock.now());
		}
		return view(viewer, target);
	}

	/**
	 * One help request of the plan, as the API shows it after it was asked or answered; shown to anyone but the
	 * leader, it is plan content, so the read is logged as a read of the whole plan is.
	 */
	SupportPlan.HelpRequest openHelp(AgoraPrincipal viewer, long leaderId, long helpId, String channel) {
		var plan = check(viewer, leaderId).plan().orElseThrow(() -> new NotFoundException("Support plan"));
		var request = plans.helpRequest(plan.id(), helpId).orElseThrow(() -> new NotFoundException("Help request"));
		if (InitiativesPolicy.audited(viewer, leaderId)) {
			reads.write(plan.id(), viewer.personId(), channel, clock.now());
		}
		return request;
	}

	private SupportView view(AgoraPrincipal viewer, Target target) {
		var leader = target.leader();
		var plan = target.plan().orElse(null);
		Long coachId = target.coachId();
		long leaderId = leader.id();
		var may = new SupportView.May(policy.mayAssignCoach(viewer),
				plan != null && policy.mayRecordMeeting(viewer, leaderId, coachId),
				plan != null && policy.mayAgreeAction(viewer, leaderId, coachId),
				plan != null && policy.mayAskForHelp(viewer, leaderId, coachId),
				plan != null && policy.mayAnswerHelp(viewer, leaderId, coachId),
				policy.maySeeReadLog(viewer, leaderId));
		if (plan == null) {
			var managers = people.withRole(Role.COMMUNITY_MANAGER);
			return new SupportView(leader, null, null, List.of(), List.of(), List.of(), List.of(),
					Map.of(leaderId, leader.fullName()), managers, may, viewer.personId() == leaderId, clock.today());
		}
		var meetings = plans.meetings(plan.id());
		var actions = plans.actions(plan.id());
		var help = plans.helpRequests(plan.id());
		var log = may.seeReadLog() ? reads.of(plan.id(), READS_SHOWN) : List.<SupportPlan.Read>of();
		Set<Long> ids = new HashSet<>(Set.of(leaderId, plan.coachId()));
		meetings.forEach(m -> ids.add(m.writtenBy()));
		actions.forEach(a -> ids.add(a.ownerId()));
		help.forEach(h -> {
			if (h.answeredBy() != null) {
				ids.add(h.answeredBy());
			}
		});
		log.forEach(r -> ids.add(r.readerId()));
		var persons = people.findAll(ids);
		Map<Long, String> names = persons.values()
			.stream()
			.collect(Collectors.toMap(PersonSummary::id, PersonSummary::fullName));
		return new SupportView(leader, plan, persons.get(plan.coachId()), meetings, actions, help, log, names,
				List.of(), may, viewer.personId() == leaderId, clock.today());
	}
}
