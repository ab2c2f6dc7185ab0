package org.agora.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.agora.platform.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the cohort pages show each viewer, checked against {@link LearningPolicy}. */
@Component
@Transactional(readOnly = true)
class CohortPages {

	/**
	 * A cohort's page. Managers get the lists to plan it with; a learner gets their own progress and exercises.
	 *
	 * @param manage the viewer plans cohorts (a community manager)
	 * @param facilitate the viewer sees the cohort's progress and reviews its exercises
	 * @param mayEnrol the viewer may enrol in it
	 * @param mine the viewer's own progress, when they are enrolled
	 * @param zone the organization's time zone, in which session times are shown and typed
	 */
	record CohortPage(Cohorts.Listed listed, boolean manage, boolean facilitate, boolean mayEnrol,
			List<Cohorts.Member> facilitators, List<CohortSessions.Session> sessions, List<Cohorts.Member> invited,
			List<Cohorts.Member> enrolled, Candidates candidates, CohortProgress.Row mine,
			List<Reviews.Outcome> myExercises, ZoneId zone) {

		Cohorts.Cohort cohort() {
			return listed.cohort();
		}
	}

	/** People a manager may add: as facilitators, as invitees, and as learners. */
	record Candidates(List<Cohorts.Member> facilitators, List<Cohorts.Member> invitees, List<Cohorts.Member> leaders) {

		static final Candidates NONE = new Candidates(List.of(), List.of(), List.of());
	}

	private final Cohorts cohorts;

	private final CohortSessions sessions;

	private final CohortEnrolments enrolments;

	private final CohortProgress progress;

	private final Reviews reviews;

	private final Catalog catalog;

	private final People people;

	private final LearningPolicy policy;

	private final Clock clock;

	private final ZoneId zone;

	CohortPages(Cohorts cohorts, CohortSessions sessions, CohortEnrolments enrolments, CohortProgress progress,
			Reviews reviews, Catalog catalog, People people, LearningPolicy policy, Clock clock,
			@Value("${agora.time-zone:UTC}") ZoneId zone) {
		this.cohorts = cohorts;
		this.sessions = sessions;
		this.enrolments = enrolments;
		this.progress = progress;
		this.reviews = reviews;
		this.catalog = catalog;
		this.people = people;
		this.policy = policy;
		this.clock = clock;
		this.zone = zone;
	}

	/** Today in the organization's time zone: the day schedules are measured on. */
	LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}

	/** The cohorts the viewer may see: all of them for a manager. */
	List<Cohorts.Listed> list(AgoraPrincipal viewer) {
		return policy.mayManageCohorts(viewer) ? cohorts.all()
				: cohorts.of(viewer.personId(), viewer.has(Role.KNOWLEDGE_LEADER));
	}

	List<Catalog.CourseSummary> courses() {
		return catalog.courses();
	}

	/** A cohort the viewer may facilitate; 404 when it does not exist, 403 when they may not. */
	Cohorts.Cohort facilitated(AgoraPrincipal viewer, long cohortId) {
		var cohort = cohorts.find(cohortId).orElseThrow(() -> new NotFoundException("Cohort"));
		if (!policy.mayFacilitate(viewer, cohortId)) {
			throw new AccessDeniedException("Only the cohort's facilitators and community managers");
		}
		return cohort;
	}

	CohortPage page(AgoraPrincipal viewer, long cohortId) {
		var cohort = cohorts.find(cohortId).orElseThrow(() -> new NotFoundException("Cohort"));
		boolean manage = policy.mayManageCohorts(viewer);
		boolean facilitate = policy.mayFacilitate(viewer, cohortId);
		boolean mayEnrol = policy.mayEnrol(viewer, cohortId);
		var mine = progress.of(cohort, viewer.personId(), today()).orElse(null);
		if (!facilitate && !mayEnrol && mine == null) {
			throw new AccessDeniedException("Not a facilitator, learner or invitee of this cohort");
		}
		boolean seesMembers = manage || facilitate;
		var facilitators = cohorts.facilitators(cohortId);
		var invited = seesMembers ? cohorts.invitedNotEnrolled(cohortId) : List.<Cohorts.Member>of();
		var enrolled = seesMembers ? cohorts.enrolled(cohortId) : List.<Cohorts.Member>of();
		var candidates = manage ? candidates(cohort, facilitators, invited, enrolled) : Candidates.NONE;
		return new CohortPage(cohorts.listed(cohortId), manage, facilitate, mayEnrol, facilitators,
				sessions.of(cohortId), invited, enrolled, candidates, mine,
				mine == null ? List.of() : reviews.of(mine.enrolmentId()), zone);
	}

	private Candidates candidates(Cohorts.Cohort cohort, List<Cohorts.Member> facilitators,
			List<Cohorts.Member> invited, List<Cohorts.Member> enrolled) {
		Set<Long> facilitating = ids(facilitators);
		var mayFacilitate = Stream.concat(people.withRole(Role.COMMUNITY_MANAGER).stream(),
				people.withRole(Role.KNOWLEDGE_LEADER).stream())
			.filter(p -> !facilitating.contains(p.id()));
		Set<Long> taken = Stream.concat(invited.stream(), enrolled.stream())
			.map(Cohorts.Member::personId)
			.collect(Collectors.toSet());
		var mayBeInvited = people.withRole(Role.EMPLOYEE)
			.stream()
			.filter(p -> !p.has(Role.KNOWLEDGE_LEADER) && !taken.contains(p.id()));
		return new Candidates(members(mayFacilitate), members(mayBeInvited),
				cohort.open() ? enrolments.leadersNotEnrolled(cohort).stream().filter(m -> !taken.contains(m.personId())).toList()
						: List.of());
	}

	/** Distinct people by name. */
	private static List<Cohorts.Member> members(Stream<PersonSummary> people) {
		var byId = new LinkedHashMap<Long, Cohorts.Member>();
		people.forEach(p -> byId.putIfAbsent(p.id(), new Cohorts.Member(p.id(), p.fullName())));
		return byId.values().stream().sorted(Comparator.comparing(Cohorts.Member::name)).toList();
	}

	private static Set<Long> ids(List<Cohorts.Member> members) {
		return members.stream().map(Cohorts.Member::personId).collect(Collectors.toSet());
	}
}
