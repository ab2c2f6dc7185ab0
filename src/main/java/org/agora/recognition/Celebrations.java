package org.agora.recognition;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.agora.discussions.AnswerAccepted;
import org.agora.discussions.PostHidden;
import org.agora.discussions.PostRestored;
import org.agora.initiatives.InitiativeCompleted;
import org.agora.learning.CourseCompleted;
import org.agora.people.LeaderAppointed;
import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.OrganizationClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts on the timeline what the other modules' events give the whole community to celebrate: graduations, initiatives
 * completed, and the community's milestones. Each item once by its key, however often its event arrives; nothing that
 * only some may see (an answer in a private space, a support plan, a departure date) is ever written.
 */
@Component
@Transactional
class Celebrations {

	/** The community's accepted answers worth celebrating; past the last one, every thousand more. */
	static final List<Integer> ACCEPTED_MILESTONES = List.of(100, 250, 500, 1000);

	private final JdbcClient jdbc;

	private final Achievements achievements;

	private final People people;

	private final OrganizationClock clock;

	Celebrations(JdbcClient jdbc, Achievements achievements, People people, OrganizationClock clock) {
		this.jdbc = jdbc;
		this.achievements = achievements;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * A leader graduated. The learning module does not give course titles to other modules, so the timeline tells it
	 * in general words and links to the course.
	 */
	void graduated(CourseCompleted event) {
		achievements.record(new Achievements.Item(AchievementKind.GRADUATION,
				"graduation-" + event.personId() + "-" + event.courseId(), event.personId(), null,
				unitOf(event.personId()), event.courseId(), null, "/learning/courses/" + event.courseId(),
				clock.now()));
	}

	void initiativeCompleted(InitiativeCompleted event) {
		achievements.record(new Achievements.Item(AchievementKind.INITIATIVE_COMPLETED,
				"initiative-completed-" + event.initiativeId(), event.leaderId(), null, event.unitId(),
				event.initiativeId(), event.title(), event.path(), event.completedAt()));
	}

	/**
	 * Counts the accepted answer of a question outside private spaces (a newer acceptance replaces the older, in
	 * whatever order they arrive) and celebrates the milestone the count has reached.
	 */
	void answerAccepted(AnswerAccepted event) {
		if (event.privateSpace()) {
			return;
		}
		var at = Timestamp.from(event.acceptedAt());
		int added = jdbc.sql("""
				insert into recognition_accepted_answer (thread_id, post_id, accepted_at) values (:thread, :post, :at)
				on conflict do nothing""")
			.param("thread", event.threadId())
			.param("post", event.postId())
			.param("at", at)
			.update();
		if (added == 0) {
			jdbc.sql("""
					update recognition_accepted_answer set post_id = :post, accepted_at = :at, answer_hidden = false
					where thread_id = :thread and post_id <> :post and accepted_at <= :at""")
				.param("thread", event.threadId())
				.param("post", event.postId())
				.param("at", at)
				.update();
		}
		celebrateAcceptedAnswers(event.acceptedAt());
	}

	/** A hidden answer, or a hidden question's, stops counting until it is restored. */
	void postHidden(PostHidden event) {
		hidden(event.postId(), event.threadId(), event.opening(), true);
	}

	void postRestored(PostRestored event) {
		hidden(event.postId(), event.threadId(), event.opening(), false);
		celebrateAcceptedAnswers(event.restoredAt());
	}

	/**
	 * A leader was appointed: when now every unit has an active knowledge leader, the community celebrates it, once a
	 * year.
	 */
	void leaderAppointed(LeaderAppointed event) {
		if (!everyUnitLed()) {
			return;
		}
		Instant now = clock.now();
		int year = clock.day(now).getYear();
		achievements.record(new Achievements.Item(AchievementKind.MILESTONE, "milestone-every-unit-" + year, null,
				null, null, (long) year, Timeline.EVERY_UNIT_LED, "/leaders", now));
	}

	/** The accepted answers that count now. */
	@Transactional(readOnly = true)
	int acceptedAnswers() {
		return jdbc.sql("""
				select count(*) from recognition_accepted_answer where not answer_hidden and not thread_hidden""")
			.query(Integer.class)
			.single();
	}

	/**
	 * Whether every unit has an active knowledge leader, as the people module's coverage counts it: an active person
	 * of the unit whose leader status is active.
	 */
	@Transactional(readOnly = true)
	boolean everyUnitLed() {
		return jdbc.sql("""
				select count(*) from people_unit u where not exists (select 1 from people_person p
				  where p.unit_id = u.id and p.active and p.leader_status = 'ACTIVE')""")
			.query(Integer.class)
			.single() == 0 && jdbc.sql("select count(*) from people_unit").query(Integer.class).single() > 0;
	}

	/** The highest milestone that the count has reached, or 0 for none. */
	static int milestone(int count) {
		int last = ACCEPTED_MILESTONES.get(ACCEPTED_MILESTONES.size() - 1);
		if (count >= last) {
			return count / 1000 * 1000;
		}
		int reached = 0;
		for (int threshold : ACCEPTED_MILESTONES) {
			if (count >= threshold) {
				reached = threshold;
			}
		}
		return reached;
	}

	/**
	 * Writes the highest milestone reached, unless written before: a count that passes it twice (after an answer was
	 * hidden) is celebrated once, and a count two acceptances at once both missed is caught by the next one.
	 */
	private void celebrateAcceptedAnswers(Instant at) {
		int reached = milestone(acceptedAnswers());
		if (reached > 0) {
			achievements.record(new Achievements.Item(AchievementKind.MILESTONE, "milestone-accepted-" + reached, null,
					null, null, (long) reached, Timeline.ACCEPTED_ANSWERS, null, at));
		}
	}

	private void hidden(long postId, long threadId, boolean opening, boolean hidden) {
		String sql = opening
				? "update recognition_accepted_answer set thread_hidden = :hidden where thread_id = :id"
				: "update recognition_accepted_answer set answer_hidden = :hidden where post_id = :id";
		jdbc.sql(sql).param("hidden", hidden).param("id", opening ? threadId : postId).update();
	}

	private Long unitOf(long personId) {
		return people.find(personId).map(PersonSummary::unitId).orElse(null);
	}
}
