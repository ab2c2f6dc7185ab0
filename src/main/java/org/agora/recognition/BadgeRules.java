package org.agora.recognition;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.TreeSet;

import org.agora.initiatives.ProjectCreated;
import org.agora.initiatives.ProjectMemberJoined;
import org.agora.people.People;
import org.agora.platform.OrganizationClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of the automatic badges, each evaluated when the event it counts arrives, once its points are in the
 * ledger. They count the ledger's {@link HeldAwards} (an award taken back counts no more), so they need no other
 * module's tables; the mentor badge counts the joint projects this module heard a person join.
 */
@Component
@Transactional
class BadgeRules {

	static final String FIRST_ANSWER = "first-answer";

	static final String TEN_ACCEPTED = "ten-accepted";

	static final String COURSE_GRADUATE = "course-graduate";

	static final String REGULAR = "regular";

	static final String INITIATIVE_LAUNCHER = "initiative-launcher";

	static final String KNOWLEDGE_KEEPER = "knowledge-keeper";

	static final String MENTOR = "mentor";

	static final int ACCEPTED_ANSWERS = 10;

	static final int QUARTERS_IN_A_ROW = 4;

	static final int JOINT_PROJECTS = 5;

	private final JdbcClient jdbc;

	private final HeldAwards held;

	private final Badges badges;

	private final People people;

	private final OrganizationClock clock;

	private final Ledger ledger;

	BadgeRules(JdbcClient jdbc, HeldAwards held, Badges badges, People people, OrganizationClock clock,
			Ledger ledger) {
		this.ledger = ledger;
		this.jdbc = jdbc;
		this.held = held;
		this.badges = badges;
		this.people = people;
		this.clock = clock;
	}

	void answerPosted(long personId, Instant at) {
		int answers = held.subjects(personId, PointRule.ANSWER_POSTED);
		if (answers >= 1) {
			badges.earn(FIRST_ANSWER, personId, answers, at);
		}
	}

	void answerAccepted(long personId, Instant at) {
		int accepted = held.subjects(personId, PointRule.ANSWER_ACCEPTED);
		if (accepted >= ACCEPTED_ANSWERS) {
			badges.earn(TEN_ACCEPTED, personId, accepted, at);
		}
	}

	void courseCompleted(long personId, Instant at) {
		int courses = held.subjects(personId, PointRule.COURSE_COMPLETED);
		if (courses >= 1) {
			badges.earn(COURSE_GRADUATE, personId, courses, at);
		}
	}

	void eventAttended(long personId, Instant at) {
		int run = longestRunOfQuarters(held.days(personId, PointRule.EVENT_ATTENDED));
		if (run >= QUARTERS_IN_A_ROW) {
			badges.earn(REGULAR, personId, run, at);
		}
	}

	void initiativeLaunched(long personId, Instant at) {
		int launched = held.subjects(personId, PointRule.INITIATIVE_LAUNCHED);
		if (launched >= 1) {
			badges.earn(INITIATIVE_LAUNCHER, personId, launched, at);
		}
	}

	void retentionActionCompleted(long personId, Instant at) {
		int actions = held.subjects(personId, PointRule.RETENTION_ACTION_COMPLETED);
		if (actions >= 1) {
			badges.earn(KNOWLEDGE_KEEPER, personId, actions, at);
		}
	}

	/** Its lead started the project: it is not one they helped in. */
	@ApplicationModuleListener
	void on(ProjectCreated event) {
		if (!member(event.projectId(), event.leadId(), event.createdAt())) {
			return;
		}
		jdbc.sql("update recognition_project_member set is_lead = true where project_id = :project and person_id = :p")
			.param("project", event.projectId()).param("p", event.leadId())
			.update();
	}

	@ApplicationModuleListener
	void on(ProjectMemberJoined event) {
		Instant now = clock.now();
		if (!member(event.projectId(), event.personId(), now)) {
			return;
		}
		int helped = jdbc.sql("select count(*) from recognition_project_member where person_id = :p and not is_lead")
			.param("p", event.personId()).query(Integer.class).single();
		if (helped >= JOINT_PROJECTS) {
			badges.earn(MENTOR, event.personId(), helped, now);
		}
	}

	/** Records the membership, once, of a person of the organization; false for a guest or an unknown person. */
	private boolean member(long projectId, long personId, Instant at) {
		if (people.find(personId).filter(Badges::member).isEmpty()) {
			return false;
		}
		// memberships of one person are counted one at a time, so that five joined at once still make five
		ledger.lockPerson(personId);
		jdbc.sql("""
				insert into recognition_project_member (project_id, person_id, is_lead, joined_at)
				values (:project, :p, false, :at) on conflict do nothing""")
			.param("project", projectId).param("p", personId).param("at", Timestamp.from(at))
			.update();
		return true;
	}

	/** The most calendar quarters in a row with at least one of the days in each. */
	static int longestRunOfQuarters(Collection<LocalDate> days) {
		var quarters = new TreeSet<Integer>();
		days.forEach(day -> quarters.add(day.getYear() * 4 + (day.getMonthValue() - 1) / 3));
		int longest = 0;
		int run = 0;
		Integer previous = null;
		for (int quarter : quarters) {
			run = previous != null && quarter == previous + 1 ? run + 1 : 1;
			longest = Math.max(longest, run);
			previous = quarter;
		}
		return longest;
	}
}
